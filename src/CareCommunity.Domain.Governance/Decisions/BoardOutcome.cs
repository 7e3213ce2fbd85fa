using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using OneOf;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>Carried by consensus of the eligible members present at a quorate meeting (MOU-4, l.1292).</summary>
/// <param name="Supporting">Eligible members present who support.</param>
/// <param name="Abstaining">Eligible members present who abstain.</param>
/// <param name="NoPosition">Eligible members present who stated no position.</param>
/// <param name="EligiblePresent">Eligible members present.</param>
public sealed record CarriedByConsensus(int Supporting, int Abstaining, int NoPosition, int EligiblePresent);

/// <summary>A capital or transformation-funding matter carried without consensus by not less than 75% of the eligible
/// members (MOU-5, l.1294).</summary>
/// <param name="Test">The 75% test, with its figures.</param>
/// <param name="Objecting">Eligible members present who objected.</param>
public sealed record CarriedUnderSeventyFivePercentRule(SeventyFivePercentTest Test, int Objecting);

/// <summary>
/// Not carried: no consensus, and either the matter is not a funding matter (then any affected Partner may refer it to
/// dispute resolution, l.1292, l.1602) or it is one and the 75% test failed (then it is not referable: "save for
/// decisions on allocation of capital investment and transformation funding").
/// </summary>
/// <param name="ReferableToDisputeResolution">True when the matter may be referred to dispute resolution.</param>
/// <param name="MayBeReferredBy">Who may refer it: the affected Partners (members) the matter names; empty when not referable.</param>
/// <param name="Test">The failed 75% test, for a funding matter.</param>
/// <param name="Clauses">The clauses that say so.</param>
public sealed record NotCarried(bool ReferableToDisputeResolution, ImmutableArray<OrganisationId> MayBeReferredBy, SeventyFivePercentTest? Test,
    ImmutableArray<SourceQuote> Clauses);

/// <summary>The meeting was not quorate: the Board cannot decide (l.1292).</summary>
/// <param name="Quorum">The quorum check.</param>
public sealed record NotQuorate(QuorumCheck Quorum);

/// <summary>No Partner delegated formal powers on the matter: "The Partnership Board will not act" (MOU-3, l.1290).</summary>
/// <param name="NonMemberDelegations">Delegations named by organisations that are not Partners (members), which do not count.</param>
/// <param name="Clause">The clause.</param>
public sealed record OutsideBoardPowers(ImmutableArray<OrganisationId> NonMemberDelegations, SourceQuote Clause);

/// <summary>The matter is for an individual organisation or for a collaborative forum: not this Memorandum's (MOU-2,
/// l.1284-1285); a delegated matter's disputes follow the forum's own memorandum.</summary>
/// <param name="Level">The level.</param>
/// <param name="Forum">The forum, for a delegated matter.</param>
/// <param name="Organisation">The organisation, for an individual organisation's matter.</param>
/// <param name="Clause">The clause.</param>
public sealed record OutsideMemorandum(DecisionLevel Level, string? Forum, OrganisationId? Organisation, SourceQuote Clause);

/// <summary>
/// The outcome of a matter put to the Partnership Board: a closed choice of six cases, so that a caller handles every
/// one with <c>Match</c> or <c>Switch</c>: carried by consensus, carried under the 75% rule, not carried (referable to
/// dispute resolution or not), not quorate, outside the Board's powers, outside this Memorandum.
/// </summary>
public sealed class BoardOutcome : OneOfBase<CarriedByConsensus, CarriedUnderSeventyFivePercentRule, NotCarried, NotQuorate, OutsideBoardPowers, OutsideMemorandum>
{
    private BoardOutcome(OneOf<CarriedByConsensus, CarriedUnderSeventyFivePercentRule, NotCarried, NotQuorate, OutsideBoardPowers, OutsideMemorandum> outcome)
        : base(outcome)
    {
    }

    /// <summary>True when the matter was carried (by consensus or under the 75% rule).</summary>
    public bool IsCarried => IsT0 || IsT1;

    /// <summary>The outcome's name as documents spell it, e.g. <c>carried-by-consensus</c>.</summary>
    public string Name => Match(
        _ => "carried-by-consensus", _ => "carried-under-75-percent-rule", n => n.ReferableToDisputeResolution ? "not-carried-referable" : "not-carried",
        _ => "not-quorate", _ => "outside-board-powers", _ => "outside-memorandum");

    /// <summary>Carried by consensus.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(CarriedByConsensus value) => new(value);

    /// <summary>Carried under the 75% rule.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(CarriedUnderSeventyFivePercentRule value) => new(value);

    /// <summary>Not carried.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(NotCarried value) => new(value);

    /// <summary>Not quorate.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(NotQuorate value) => new(value);

    /// <summary>Outside the Board's powers.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(OutsideBoardPowers value) => new(value);

    /// <summary>Outside this Memorandum.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The outcome.</returns>
    public static BoardOutcome Of(OutsideMemorandum value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Name;
}
