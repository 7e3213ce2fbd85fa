using System.Collections.Immutable;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>How a member votes on a core-group decision.</summary>
public enum VoteChoice
{
    /// <summary>In favour.</summary>
    InFavour = 0,

    /// <summary>Against.</summary>
    Against = 1,

    /// <summary>Abstains.</summary>
    Abstain = 2,
}

/// <summary>How a core group reaches a decision. The seed leaves the group to determine its own working (001 l.99).</summary>
public enum CoreGroupDecisionRule
{
    /// <summary>More members in favour than against.</summary>
    SimpleMajority = 0,

    /// <summary>At least one member in favour and none against.</summary>
    Consensus = 1,
}

/// <summary>One member's vote.</summary>
/// <param name="Person">Who voted.</param>
/// <param name="Choice">How.</param>
public sealed record CoreGroupVote(PersonId Person, VoteChoice Choice);

/// <summary>The outcome of <see cref="CoreGroup.Tally"/>.</summary>
/// <param name="Agreed">True when the decision was agreed.</param>
/// <param name="InFavour">Members in favour.</param>
/// <param name="Against">Members against.</param>
/// <param name="Abstaining">Members abstaining.</param>
/// <param name="NotCounted">Votes not counted: from non-members, or a member's repeat votes.</param>
public sealed record CoreGroupDecision(bool Agreed, int InFavour, int Against, int Abstaining, ImmutableArray<CoreGroupVote> NotCounted);
