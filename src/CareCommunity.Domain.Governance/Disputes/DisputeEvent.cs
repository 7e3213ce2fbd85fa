using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>The kinds of event in a dispute's history, one per <see cref="DisputeEvent"/> subtype.</summary>
public enum DisputeEventKind
{
    /// <summary><see cref="DisputeRaised"/>.</summary>
    DisputeRaised = 0,

    /// <summary><see cref="GoodFaithAttemptFailed"/>.</summary>
    GoodFaithAttemptFailed = 1,

    /// <summary><see cref="PlaceOrSectorArrangementUsed"/>.</summary>
    PlaceOrSectorArrangementUsed = 2,

    /// <summary><see cref="ReferredToPartnershipExecutive"/>.</summary>
    ReferredToPartnershipExecutive = 3,

    /// <summary><see cref="ReferredToChiefOfficer"/>.</summary>
    ReferredToChiefOfficer = 4,

    /// <summary><see cref="CoordinationGroupInvolved"/>.</summary>
    CoordinationGroupInvolved = 5,

    /// <summary><see cref="CoordinationGroupVoted"/>.</summary>
    CoordinationGroupVoted = 6,

    /// <summary><see cref="AffectedPartnersAdvisedInWriting"/>.</summary>
    AffectedPartnersAdvisedInWriting = 7,

    /// <summary><see cref="RecommendationAccepted"/>.</summary>
    RecommendationAccepted = 8,

    /// <summary><see cref="RecommendationRejected"/>.</summary>
    RecommendationRejected = 9,

    /// <summary><see cref="PartnershipBoardCouldNotDecide"/>.</summary>
    PartnershipBoardCouldNotDecide = 10,

    /// <summary><see cref="ReferredToIndependentFacilitator"/>.</summary>
    ReferredToIndependentFacilitator = 11,

    /// <summary><see cref="FacilitatorCouldNotResolve"/>.</summary>
    FacilitatorCouldNotResolve = 12,

    /// <summary><see cref="PartnershipBoardVoted"/>.</summary>
    PartnershipBoardVoted = 13,

    /// <summary><see cref="PartiesAdvisedOfBoardDecision"/>.</summary>
    PartiesAdvisedOfBoardDecision = 14,

    /// <summary><see cref="ResolvedByAgreement"/>.</summary>
    ResolvedByAgreement = 15,
}

/// <summary>
/// One dated event of a dispute's history (MOU-7). Events are immutable values; a <see cref="DisputeHistory"/> accepts
/// them in time order and in the sequence the process allows, and rejects any other with a reason.
/// </summary>
/// <remarks>Closed: the subtypes are the sixteen events of <see cref="DisputeEventKind"/>, all in this file.</remarks>
public abstract record DisputeEvent
{
    private protected DisputeEvent(Instant at) => At = at;

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>Which event it is.</summary>
    public abstract DisputeEventKind Kind { get; }

    /// <summary>A one-line description, e.g. for rejection messages.</summary>
    public virtual string Describe() => $"{ModelText.Of(Kind)} at {At}";

    /// <summary>Checks a set of partner ids: none may be the default id.</summary>
    private protected static ImmutableSortedSet<OrganisationId> Partners(IEnumerable<OrganisationId> ids, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(ids, parameterName);
        var set = ids.ToImmutableSortedSet();
        if (set.Any(i => i.IsDefault))
        {
            throw new ArgumentException("A partner id is the default value.", parameterName);
        }

        return set;
    }
}

/// <summary>
/// A dispute is raised: the matter, the affected partners, and the partner who refers it ("it may be referred to the
/// dispute resolution procedure ... by any of the affected Partners", 004 l.1292).
/// </summary>
public sealed record DisputeRaised : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the dispute was raised.</param>
    /// <param name="matter">The matter in dispute.</param>
    /// <param name="affectedPartners">The partners affected by the matter in dispute; at least one.</param>
    /// <param name="referredBy">The partner who raised it.</param>
    /// <exception cref="ArgumentException">No affected partner, or a default id.</exception>
    public DisputeRaised(Instant at, DisputeMatter matter, IEnumerable<OrganisationId> affectedPartners, OrganisationId referredBy)
        : base(at)
    {
        Matter = Guard.Against.Null(matter);
        AffectedPartners = Partners(affectedPartners, nameof(affectedPartners));
        if (AffectedPartners.IsEmpty)
        {
            throw new ArgumentException("A dispute affects at least one partner.", nameof(affectedPartners));
        }

        ReferredBy = referredBy.IsDefault ? throw new ArgumentException("The referring partner's id is the default value.", nameof(referredBy)) : referredBy;
    }

    /// <summary>The matter in dispute.</summary>
    public DisputeMatter Matter { get; }

    /// <summary>The partners affected by the matter in dispute, in id order.</summary>
    public ImmutableSortedSet<OrganisationId> AffectedPartners { get; }

    /// <summary>The partner who raised the dispute.</summary>
    public OrganisationId ReferredBy { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.DisputeRaised;
}

/// <summary>The affected partners' attempt "to resolve in good faith" (004 l.1298) did not resolve the dispute.</summary>
/// <param name="At">When the attempt was recorded as failed.</param>
public sealed record GoodFaithAttemptFailed(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.GoodFaithAttemptFailed;
}

/// <summary>"Where necessary, Place or sector-based arrangements will be used" (004 l.1300): the arrangement used.</summary>
public sealed record PlaceOrSectorArrangementUsed : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the arrangement was engaged.</param>
    /// <param name="arrangement">Which Place or sector-based arrangement, not blank.</param>
    public PlaceOrSectorArrangementUsed(Instant at, string arrangement)
        : base(at) => Arrangement = Guard.Against.NullOrWhiteSpace(arrangement).Trim();

    /// <summary>The arrangement used.</summary>
    public string Arrangement { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.PlaceOrSectorArrangementUsed;
}

/// <summary>Stage I opens: "The Partnership, working through the Partnership Executive, will seek to resolve the
/// dispute" (004 l.1618).</summary>
/// <param name="At">When the Partnership Executive took the dispute.</param>
public sealed record ReferredToPartnershipExecutive(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.ReferredToPartnershipExecutive;
}

/// <summary>"the dispute should be referred to Partnership Chief Officer" (004 l.1618): stage II opens.</summary>
/// <param name="At">When the dispute was referred.</param>
public sealed record ReferredToChiefOfficer(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.ReferredToChiefOfficer;
}

/// <summary>The Chief Officer involves the Partnership Coordination Group ("who will, likely, involve", 004 l.1618).</summary>
/// <param name="At">When the Coordination Group took up the dispute.</param>
public sealed record CoordinationGroupInvolved(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.CoordinationGroupInvolved;
}

/// <summary>
/// The Co-ordination Group votes on a recommendation (004 l.1619): the eligible partners participating in the meeting
/// and those in favour. Only participants not affected by the matter in dispute count towards the majority.
/// </summary>
public sealed record CoordinationGroupVoted : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the meeting voted.</param>
    /// <param name="participants">The eligible partners participating in the meeting.</param>
    /// <param name="inFavour">Those in favour of the recommendation.</param>
    /// <param name="recommendation">The recommendation, not blank.</param>
    public CoordinationGroupVoted(Instant at, IEnumerable<OrganisationId> participants, IEnumerable<OrganisationId> inFavour, string recommendation)
        : base(at)
    {
        Participants = Partners(participants, nameof(participants));
        InFavour = Partners(inFavour, nameof(inFavour));
        Recommendation = Guard.Against.NullOrWhiteSpace(recommendation).Trim();
    }

    /// <summary>The eligible partners participating in the meeting, in id order.</summary>
    public ImmutableSortedSet<OrganisationId> Participants { get; }

    /// <summary>The partners in favour of the recommendation, in id order.</summary>
    public ImmutableSortedSet<OrganisationId> InFavour { get; }

    /// <summary>The recommendation on how best to resolve the dispute.</summary>
    public string Recommendation { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.CoordinationGroupVoted;
}

/// <summary>"The Partnership Executive will advise the affected Partners of its decision in writing" (004 l.1619).</summary>
/// <param name="At">When the written advice was sent.</param>
public sealed record AffectedPartnersAdvisedInWriting(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.AffectedPartnersAdvisedInWriting;
}

/// <summary>The affected parties accept the Co-ordination Group's decision: the dispute is resolved.</summary>
/// <param name="At">When the last affected party accepted.</param>
public sealed record RecommendationAccepted(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.RecommendationAccepted;
}

/// <summary>"If the parties do not accept the decision" (004 l.1620): which affected parties did not accept.</summary>
public sealed record RecommendationRejected : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the decision was not accepted.</param>
    /// <param name="rejectedBy">The affected partners who do not accept it; at least one.</param>
    public RecommendationRejected(Instant at, IEnumerable<OrganisationId> rejectedBy)
        : base(at)
    {
        RejectedBy = Partners(rejectedBy, nameof(rejectedBy));
        if (RejectedBy.IsEmpty)
        {
            throw new ArgumentException("At least one party does not accept the decision.", nameof(rejectedBy));
        }
    }

    /// <summary>The affected partners who do not accept the decision.</summary>
    public ImmutableSortedSet<OrganisationId> RejectedBy { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.RecommendationRejected;
}

/// <summary>"or Board cannot come to a decision which resolves the dispute" (004 l.1620), read as the Partnership
/// Board (see <see cref="StageThreeTrigger"/>, docs/decisions/0031).</summary>
/// <param name="At">When the Board failed to decide.</param>
public sealed record PartnershipBoardCouldNotDecide(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.PartnershipBoardCouldNotDecide;
}

/// <summary>Stage III: "it will be referred to an independent facilitator selected by Partnership's Chief Officer"
/// (004 l.1620).</summary>
public sealed record ReferredToIndependentFacilitator : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the dispute was referred.</param>
    /// <param name="facilitator">The facilitator the Chief Officer selected, not blank.</param>
    public ReferredToIndependentFacilitator(Instant at, string facilitator)
        : base(at) => Facilitator = Guard.Against.NullOrWhiteSpace(facilitator).Trim();

    /// <summary>The independent facilitator selected by the Partnership's Chief Officer.</summary>
    public string Facilitator { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.ReferredToIndependentFacilitator;
}

/// <summary>Stage IV: "the independent facilitator cannot resolve the dispute, it will be referred back to the
/// Partnership Board for final resolution" (004 l.1624).</summary>
/// <param name="At">When the facilitator reported that the dispute cannot be resolved.</param>
public sealed record FacilitatorCouldNotResolve(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.FacilitatorCouldNotResolve;
}

/// <summary>The Partnership Board votes on the final resolution "based upon majority decision" (004 l.1624), in counts:
/// the Board members voting and those in favour (docs/decisions/0032).</summary>
public sealed record PartnershipBoardVoted : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the Board voted.</param>
    /// <param name="membersVoting">The eligible Board members participating, at least 1.</param>
    /// <param name="inFavour">Those in favour, 0 to <paramref name="membersVoting"/>.</param>
    /// <param name="resolution">The resolution voted on, not blank.</param>
    public PartnershipBoardVoted(Instant at, int membersVoting, int inFavour, string resolution)
        : base(at)
    {
        MembersVoting = Guard.Against.OutOfRange(membersVoting, nameof(membersVoting), 1, 10_000);
        InFavour = Guard.Against.OutOfRange(inFavour, nameof(inFavour), 0, membersVoting);
        Resolution = Guard.Against.NullOrWhiteSpace(resolution).Trim();
    }

    /// <summary>The eligible Board members participating in the vote.</summary>
    public int MembersVoting { get; }

    /// <summary>The members in favour.</summary>
    public int InFavour { get; }

    /// <summary>The resolution voted on.</summary>
    public string Resolution { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.PartnershipBoardVoted;
}

/// <summary>The Board "advise[s] the parties of its decision" (004 l.1624): the final resolution.</summary>
/// <param name="At">When the parties were advised.</param>
public sealed record PartiesAdvisedOfBoardDecision(Instant At) : DisputeEvent(At)
{
    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.PartiesAdvisedOfBoardDecision;
}

/// <summary>The dispute is resolved "to the mutual satisfaction of each of the affected parties" (004 l.1618) before the
/// process has run its course: by good faith, a Place or sector arrangement, the Executive, the Co-ordination Group
/// without a recommendation, or the facilitator.</summary>
public sealed record ResolvedByAgreement : DisputeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When the affected parties agreed.</param>
    /// <param name="note">How it was resolved, not blank.</param>
    public ResolvedByAgreement(Instant at, string note)
        : base(at) => Note = Guard.Against.NullOrWhiteSpace(note).Trim();

    /// <summary>How it was resolved.</summary>
    public string Note { get; }

    /// <inheritdoc />
    public override DisputeEventKind Kind => DisputeEventKind.ResolvedByAgreement;
}
