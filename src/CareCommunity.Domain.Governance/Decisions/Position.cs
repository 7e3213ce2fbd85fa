using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// A Board member's position on a matter. An objection is what blocks consensus: the library has no separate
/// "block" (docs/decisions/0025); a member who disagrees but will not stand in the way abstains.
/// </summary>
public enum Position
{
    /// <summary>Supports the proposal.</summary>
    Support = 0,

    /// <summary>Objects: under the default definition of consensus, one eligible objection prevents it.</summary>
    Object = 1,

    /// <summary>Abstains (stands aside): neither supports nor prevents consensus under the default definition.</summary>
    Abstain = 2,
}

/// <summary>The position a Board member stated at a meeting.</summary>
/// <param name="Member">The member.</param>
/// <param name="Position">Their position.</param>
public sealed record MemberPosition(PersonId Member, Position Position);

/// <summary>What the minutes record the Board decided, to be checked against the rules.</summary>
public enum RecordedOutcome
{
    /// <summary>The minutes record the proposal as carried.</summary>
    Carried = 0,

    /// <summary>The minutes record the proposal as not carried.</summary>
    NotCarried = 1,
}
