using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>The kinds of event in a dispute's history, one per <see cref="DisputeEvent"/> subtype.</summary>
public enum DisputeEventKind
{
    /// <summary>See <see cref="DisputeEvent.DisputeRaised"/>.</summary>
    DisputeRaised = 0,

    /// <summary>See <see cref="DisputeEvent.GoodFaithAttemptFailed"/>.</summary>
    GoodFaithAttemptFailed = 1,

    /// <summary>See <see cref="DisputeEvent.PlaceOrSectorArrangementUsed"/>.</summary>
    PlaceOrSectorArrangementUsed = 2,

    /// <summary>See <see cref="DisputeEvent.ReferredToPartnershipExecutive"/>.</summary>
    ReferredToPartnershipExecutive = 3,

    /// <summary>See <see cref="DisputeEvent.ReferredToChiefOfficer"/>.</summary>
    ReferredToChiefOfficer = 4,

    /// <summary>See <see cref="DisputeEvent.CoordinationGroupInvolved"/>.</summary>
    CoordinationGroupInvolved = 5,

    /// <summary>See <see cref="DisputeEvent.CoordinationGroupVoted"/>.</summary>
    CoordinationGroupVoted = 6,

    /// <summary>See <see cref="DisputeEvent.AffectedPartnersAdvisedInWriting"/>.</summary>
    AffectedPartnersAdvisedInWriting = 7,

    /// <summary>See <see cref="DisputeEvent.RecommendationAccepted"/>.</summary>
    RecommendationAccepted = 8,

    /// <summary>See <see cref="DisputeEvent.RecommendationRejected"/>.</summary>
    RecommendationRejected = 9,

    /// <summary>See <see cref="DisputeEvent.PartnershipBoardCouldNotDecide"/>.</summary>
    PartnershipBoardCouldNotDecide = 10,

    /// <summary>See <see cref="DisputeEvent.ReferredToIndependentFacilitator"/>.</summary>
    ReferredToIndependentFacilitator = 11,

    /// <summary>See <see cref="DisputeEvent.FacilitatorCouldNotResolve"/>.</summary>
    FacilitatorCouldNotResolve = 12,

    /// <summary>See <see cref="DisputeEvent.PartnershipBoardVoted"/>.</summary>
    PartnershipBoardVoted = 13,

    /// <summary>See <see cref="DisputeEvent.PartiesAdvisedOfBoardDecision"/>.</summary>
    PartiesAdvisedOfBoardDecision = 14,

    /// <summary>See <see cref="DisputeEvent.ResolvedByAgreement"/>.</summary>
    ResolvedByAgreement = 15,
}

/// <summary>
/// One dated event of a dispute's history (MOU-7): which event (<see cref="Kind"/>), when, and what it carries. Made
/// only through the factory method of its kind, which checks what the kind needs; a <see cref="DisputeHistory"/>
/// accepts events in time order and in the sequence the process allows, and rejects any other with a reason.
/// </summary>
/// <remarks>Immutable. Properties a kind does not use are empty (sets), zero (counts), null or an empty text.</remarks>
public sealed record DisputeEvent
{
    private DisputeEvent(DisputeEventKind kind, Instant at)
    {
        Kind = kind;
        At = at;
    }

    /// <summary>Which event it is.</summary>
    public DisputeEventKind Kind { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary><see cref="DisputeEventKind.DisputeRaised"/>: the matter in dispute.</summary>
    public DisputeMatter? Matter { get; private init; }

    /// <summary><see cref="DisputeEventKind.DisputeRaised"/>: the partners affected by the matter in dispute, in id order.</summary>
    public ImmutableSortedSet<OrganisationId> AffectedPartners { get; private init; } = [];

    /// <summary><see cref="DisputeEventKind.DisputeRaised"/>: the partner who raised it.</summary>
    public OrganisationId? ReferredBy { get; private init; }

    /// <summary><see cref="DisputeEventKind.CoordinationGroupVoted"/>: the eligible partners participating in the meeting.</summary>
    public ImmutableSortedSet<OrganisationId> Participants { get; private init; } = [];

    /// <summary><see cref="DisputeEventKind.CoordinationGroupVoted"/>: the partners in favour of the recommendation.</summary>
    public ImmutableSortedSet<OrganisationId> InFavour { get; private init; } = [];

    /// <summary><see cref="DisputeEventKind.RecommendationRejected"/>: the affected partners who do not accept the decision.</summary>
    public ImmutableSortedSet<OrganisationId> RejectedBy { get; private init; } = [];

    /// <summary><see cref="DisputeEventKind.PartnershipBoardVoted"/>: the eligible Board members participating.</summary>
    public int MembersVoting { get; private init; }

    /// <summary><see cref="DisputeEventKind.PartnershipBoardVoted"/>: the members in favour.</summary>
    public int MembersInFavour { get; private init; }

    /// <summary>The text the kind carries: the arrangement used, the recommendation, the facilitator, the Board's
    /// resolution or how the dispute was resolved; empty for the other kinds.</summary>
    public string Text { get; private init; } = "";

    /// <summary>A dispute is raised: the matter, the affected partners, and the partner who refers it ("it may be
    /// referred to the dispute resolution procedure ... by any of the affected Partners", 004 l.1292).</summary>
    /// <param name="at">When the dispute was raised.</param>
    /// <param name="matter">The matter in dispute.</param>
    /// <param name="affectedPartners">The partners affected by the matter in dispute; at least one.</param>
    /// <param name="referredBy">The partner who raised it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">No affected partner, or a default id.</exception>
    public static DisputeEvent DisputeRaised(Instant at, DisputeMatter matter, IEnumerable<OrganisationId> affectedPartners, OrganisationId referredBy)
    {
        ArgumentNullException.ThrowIfNull(matter);
        var affected = Partners(affectedPartners, nameof(affectedPartners));
        if (affected.IsEmpty)
        {
            throw new ArgumentException("A dispute affects at least one partner.", nameof(affectedPartners));
        }

        if (referredBy.IsDefault)
        {
            throw new ArgumentException("The referring partner's id is the default value.", nameof(referredBy));
        }

        return new(DisputeEventKind.DisputeRaised, at) { Matter = matter, AffectedPartners = affected, ReferredBy = referredBy };
    }

    /// <summary>The affected partners' attempt "to resolve in good faith" (004 l.1298) did not resolve the dispute.</summary>
    /// <param name="at">When the attempt was recorded as failed.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent GoodFaithAttemptFailed(Instant at) => new(DisputeEventKind.GoodFaithAttemptFailed, at);

    /// <summary>"Where necessary, Place or sector-based arrangements will be used" (004 l.1300): the arrangement used.</summary>
    /// <param name="at">When the arrangement was engaged.</param>
    /// <param name="arrangement">Which Place or sector-based arrangement, not blank.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent PlaceOrSectorArrangementUsed(Instant at, string arrangement) =>
        new(DisputeEventKind.PlaceOrSectorArrangementUsed, at) { Text = Guard.Against.NullOrWhiteSpace(arrangement).Trim() };

    /// <summary>Stage I opens: "The Partnership, working through the Partnership Executive, will seek to resolve the
    /// dispute" (004 l.1618).</summary>
    /// <param name="at">When the Partnership Executive took the dispute.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent ReferredToPartnershipExecutive(Instant at) => new(DisputeEventKind.ReferredToPartnershipExecutive, at);

    /// <summary>"the dispute should be referred to Partnership Chief Officer" (004 l.1618): stage II opens.</summary>
    /// <param name="at">When the dispute was referred.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent ReferredToChiefOfficer(Instant at) => new(DisputeEventKind.ReferredToChiefOfficer, at);

    /// <summary>The Chief Officer involves the Partnership Coordination Group ("who will, likely, involve", 004 l.1618).</summary>
    /// <param name="at">When the Co-ordination Group took up the dispute.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent CoordinationGroupInvolved(Instant at) => new(DisputeEventKind.CoordinationGroupInvolved, at);

    /// <summary>The Co-ordination Group votes on a recommendation (004 l.1619): the eligible partners participating in
    /// the meeting and those in favour. Only participants not affected by the matter in dispute count towards the
    /// majority (docs/decisions/0032).</summary>
    /// <param name="at">When the meeting voted.</param>
    /// <param name="participants">The eligible partners participating in the meeting.</param>
    /// <param name="inFavour">Those in favour of the recommendation.</param>
    /// <param name="recommendation">The recommendation, not blank.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent CoordinationGroupVoted(Instant at, IEnumerable<OrganisationId> participants, IEnumerable<OrganisationId> inFavour, string recommendation) =>
        new(DisputeEventKind.CoordinationGroupVoted, at)
        {
            Participants = Partners(participants, nameof(participants)),
            InFavour = Partners(inFavour, nameof(inFavour)),
            Text = Guard.Against.NullOrWhiteSpace(recommendation).Trim(),
        };

    /// <summary>"The Partnership Executive will advise the affected Partners of its decision in writing" (004 l.1619).</summary>
    /// <param name="at">When the written advice was sent.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent AffectedPartnersAdvisedInWriting(Instant at) => new(DisputeEventKind.AffectedPartnersAdvisedInWriting, at);

    /// <summary>The affected parties accept the Co-ordination Group's decision: the dispute is resolved.</summary>
    /// <param name="at">When the last affected party accepted.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent RecommendationAccepted(Instant at) => new(DisputeEventKind.RecommendationAccepted, at);

    /// <summary>"If the parties do not accept the decision" (004 l.1620): which affected parties did not accept.</summary>
    /// <param name="at">When the decision was not accepted.</param>
    /// <param name="rejectedBy">The affected partners who do not accept it; at least one.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent RecommendationRejected(Instant at, IEnumerable<OrganisationId> rejectedBy)
    {
        var set = Partners(rejectedBy, nameof(rejectedBy));
        return set.IsEmpty
            ? throw new ArgumentException("At least one party does not accept the decision.", nameof(rejectedBy))
            : new(DisputeEventKind.RecommendationRejected, at) { RejectedBy = set };
    }

    /// <summary>"or Board cannot come to a decision which resolves the dispute" (004 l.1620), read as the Partnership
    /// Board (see <see cref="StageThreeTrigger"/>, docs/decisions/0031).</summary>
    /// <param name="at">When the Board failed to decide.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent PartnershipBoardCouldNotDecide(Instant at) => new(DisputeEventKind.PartnershipBoardCouldNotDecide, at);

    /// <summary>Stage III: "it will be referred to an independent facilitator selected by Partnership's Chief Officer"
    /// (004 l.1620).</summary>
    /// <param name="at">When the dispute was referred.</param>
    /// <param name="facilitator">The facilitator the Chief Officer selected, not blank.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent ReferredToIndependentFacilitator(Instant at, string facilitator) =>
        new(DisputeEventKind.ReferredToIndependentFacilitator, at) { Text = Guard.Against.NullOrWhiteSpace(facilitator).Trim() };

    /// <summary>Stage IV: "the independent facilitator cannot resolve the dispute, it will be referred back to the
    /// Partnership Board for final resolution" (004 l.1624).</summary>
    /// <param name="at">When the facilitator reported that the dispute cannot be resolved.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent FacilitatorCouldNotResolve(Instant at) => new(DisputeEventKind.FacilitatorCouldNotResolve, at);

    /// <summary>The Partnership Board votes on the final resolution "based upon majority decision" (004 l.1624), in
    /// counts: the Board members voting and those in favour (docs/decisions/0032).</summary>
    /// <param name="at">When the Board voted.</param>
    /// <param name="membersVoting">The eligible Board members participating, 1 to 10,000.</param>
    /// <param name="inFavour">Those in favour, 0 to <paramref name="membersVoting"/>.</param>
    /// <param name="resolution">The resolution voted on, not blank.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent PartnershipBoardVoted(Instant at, int membersVoting, int inFavour, string resolution) =>
        new(DisputeEventKind.PartnershipBoardVoted, at)
        {
            MembersVoting = Guard.Against.OutOfRange(membersVoting, nameof(membersVoting), 1, 10_000),
            MembersInFavour = Guard.Against.OutOfRange(inFavour, nameof(inFavour), 0, membersVoting),
            Text = Guard.Against.NullOrWhiteSpace(resolution).Trim(),
        };

    /// <summary>The Board "advise[s] the parties of its decision" (004 l.1624): the final resolution.</summary>
    /// <param name="at">When the parties were advised.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent PartiesAdvisedOfBoardDecision(Instant at) => new(DisputeEventKind.PartiesAdvisedOfBoardDecision, at);

    /// <summary>The dispute is resolved "to the mutual satisfaction of each of the affected parties" (004 l.1618) before
    /// the process has run its course: by good faith, a Place or sector arrangement, the Executive, the Co-ordination
    /// Group without a recommendation, or the facilitator.</summary>
    /// <param name="at">When the affected parties agreed.</param>
    /// <param name="note">How it was resolved, not blank.</param>
    /// <returns>The event.</returns>
    public static DisputeEvent ResolvedByAgreement(Instant at, string note) =>
        new(DisputeEventKind.ResolvedByAgreement, at) { Text = Guard.Against.NullOrWhiteSpace(note).Trim() };

    /// <summary>A one-line description, e.g. for rejection messages.</summary>
    /// <returns>The kind and the instant.</returns>
    public string Describe() => $"{ModelText.Of(Kind)} at {At}";

    private static ImmutableSortedSet<OrganisationId> Partners(IEnumerable<OrganisationId> ids, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(ids, parameterName);
        var set = ids.ToImmutableSortedSet();
        return set.Any(i => i.IsDefault) ? throw new ArgumentException("A partner id is the default value.", parameterName) : set;
    }
}
