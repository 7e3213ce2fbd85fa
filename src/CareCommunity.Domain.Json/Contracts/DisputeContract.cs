using System.Text.Json.Serialization;
using CareCommunity.Domain.Governance.Disputes;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The dispute document (schema <c>docs/schemas/dispute.schema.json</c>): a dispute between partners of the Cheshire
/// &amp; Merseyside Health and Care Partnership, raised at an instant by a partner about a matter, and its append-only
/// history of dated events through the stages of the dispute resolution process (MOU-7, docs/decisions/0060).
/// <c>carecommunity dispute --at INSTANT</c> reads it and says the stage, what is due and what may happen next.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="Matter">What the dispute is about.</param>
/// <param name="AffectedPartners">The organisation ids of the partners the dispute affects (at least one).</param>
/// <param name="ReferredBy">The organisation id of the partner who referred the matter to dispute resolution.</param>
/// <param name="RaisedAt">When the dispute was raised (ISO-8601, UTC: <c>2021-03-01T09:00:00Z</c>).</param>
/// <param name="Events">What happened after it was raised, in the order it happened.</param>
/// <param name="Id">The dispute's id, if it has one.</param>
/// <param name="Options">Readings of the process the memorandum leaves open (the 30-day window, what triggers stage III).</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record DisputeDocumentContract(
    string SchemaVersion,
    DisputeMatterContract Matter,
    [property: IdentifierValue] IReadOnlyList<string> AffectedPartners,
    [property: IdentifierValue] string ReferredBy,
    Instant RaisedAt,
    IReadOnlyList<DisputeEventContract> Events,
    [property: IdentifierValue] string? Id = null,
    DisputeOptionsContract? Options = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>The readings of the dispute resolution process a dispute is followed under, where the seed is silent or loose; each absent member keeps the library's default.</summary>
/// <param name="TimeZone">The time zone days are counted in (an IANA id; <c>Europe/London</c> by default).</param>
/// <param name="WindowDays">The days stage I has before the dispute "should be referred" on (30).</param>
/// <param name="WindowReading">How the days are counted.</param>
/// <param name="WindowStart">What opens the window.</param>
/// <param name="EarlyReferral">Whether the dispute may be referred on before the window ends.</param>
/// <param name="StageThreeTrigger">Whose failure to resolve leads to the independent facilitator.</param>
public sealed record DisputeOptionsContract(
    [property: NonBlank] string? TimeZone = null,
    [property: ValueRange(1, 365)] int? WindowDays = null,
    [property: EnumValues(typeof(WindowReading))] string? WindowReading = null,
    [property: EnumValues(typeof(WindowStart))] string? WindowStart = null,
    [property: EnumValues(typeof(EarlyReferral))] string? EarlyReferral = null,
    [property: EnumValues(typeof(StageThreeTrigger))] string? StageThreeTrigger = null);

/// <summary>What a dispute is about.</summary>
/// <param name="Kind">The kind of decision in dispute: only Partnership decisions go through this memorandum's process.</param>
/// <param name="Description">The matter in words.</param>
public sealed record DisputeMatterContract([property: EnumValues(typeof(DisputeMatterKind))] string Kind, [property: NonBlank] string Description);

/// <summary>
/// One dated event of a dispute's history. <see cref="Kind"/> says which data members it carries: each kind has its own
/// (e.g. <c>coordinationGroupVoted</c>: <c>participants</c>, <c>inFavour</c>, <c>recommendation</c>); a member that
/// does not belong to the kind is an error.
/// </summary>
/// <param name="At">When it happened (ISO-8601, UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Arrangement">placeOrSectorArrangementUsed: the Place or sector arrangement used.</param>
/// <param name="Participants">coordinationGroupVoted: the organisation ids of the eligible partners participating who are not affected.</param>
/// <param name="InFavour">coordinationGroupVoted: the organisation ids of those voting for the recommendation.</param>
/// <param name="Recommendation">coordinationGroupVoted: the recommendation.</param>
/// <param name="RejectedBy">recommendationRejected: the organisation ids of the parties who do not accept it.</param>
/// <param name="Facilitator">referredToIndependentFacilitator: the facilitator the Chief Officer selected.</param>
/// <param name="MembersVoting">partnershipBoardVoted: how many Board members voted.</param>
/// <param name="MembersInFavour">partnershipBoardVoted: how many voted for the resolution.</param>
/// <param name="Resolution">partnershipBoardVoted: the resolution put to the vote.</param>
/// <param name="Note">resolvedByAgreement: how it was resolved.</param>
public sealed record DisputeEventContract(
    Instant At,
    [property: EnumValues(typeof(DisputeEventKind))] string Kind,
    [property: NonBlank] string? Arrangement = null,
    [property: IdentifierValue] IReadOnlyList<string>? Participants = null,
    [property: IdentifierValue] IReadOnlyList<string>? InFavour = null,
    [property: NonBlank] string? Recommendation = null,
    [property: IdentifierValue] IReadOnlyList<string>? RejectedBy = null,
    [property: NonBlank] string? Facilitator = null,
    [property: ValueRange(1)] int? MembersVoting = null,
    [property: ValueRange(0)] int? MembersInFavour = null,
    [property: NonBlank] string? Resolution = null,
    [property: NonBlank] string? Note = null);

/// <summary>
/// What <c>carecommunity dispute --format json</c> writes (schema <c>docs/schemas/dispute-status.schema.json</c>): the
/// dispute's stage and state at an instant, what is due and by when, what is overdue, what may happen next, MOU-7's
/// result and the report. The status members are absent when the history could not be built.
/// </summary>
/// <param name="DisputeId">The dispute's id, if the document gives one.</param>
/// <param name="At">The instant of the status.</param>
/// <param name="Stage">The stage (beforeTheProcess, stageI..stageIV, closed).</param>
/// <param name="State">The state within the process.</param>
/// <param name="Description">The state in words.</param>
/// <param name="Closed">True when the dispute is resolved.</param>
/// <param name="EventsConsidered">The events (the raising included) dated at or before the instant.</param>
/// <param name="EventsLater">The events dated after it, not considered.</param>
/// <param name="Window">Stage I's window, once it has opened.</param>
/// <param name="LastVote">The last majority vote (of the Co-ordination Group or the Board), if any.</param>
/// <param name="Due">What is due, and by when where the memorandum says.</param>
/// <param name="Overdue">What is overdue.</param>
/// <param name="Next">The events the process allows next.</param>
/// <param name="Conclusion">The status in words.</param>
/// <param name="Rule">MOU-7's result at the instant.</param>
/// <param name="Report">The validation report.</param>
public sealed record DisputeStatusReportContract(
    IReadOnlyList<DisputeObligationContract> Due,
    IReadOnlyList<DisputeObligationContract> Overdue,
    IReadOnlyList<DisputeNextStepContract> Next,
    [property: JsonPropertyOrder(1)] RuleResultContract Rule,
    [property: JsonPropertyOrder(1)] ValidationReportContract Report,
    [property: JsonPropertyOrder(-1)] string? DisputeId = null,
    [property: JsonPropertyOrder(-1)] Instant? At = null,
    [property: JsonPropertyOrder(-1)] string? Stage = null,
    [property: JsonPropertyOrder(-1)] string? State = null,
    [property: JsonPropertyOrder(-1)] string? Description = null,
    [property: JsonPropertyOrder(-1)] bool? Closed = null,
    [property: JsonPropertyOrder(-1)] int? EventsConsidered = null,
    [property: JsonPropertyOrder(-1)] int? EventsLater = null,
    [property: JsonPropertyOrder(-1)] StageOneWindowContract? Window = null,
    [property: JsonPropertyOrder(-1)] MajorityVoteContract? LastVote = null,
    string? Conclusion = null);

/// <summary>Stage I's window: the days the Partnership Executive has before the dispute should be referred on.</summary>
/// <param name="Opened">When it opened.</param>
/// <param name="Ends">When it ends.</param>
/// <param name="Days">Its length in days.</param>
/// <param name="Reading">How the days are counted.</param>
/// <param name="DaysElapsed">Calendar days elapsed at the instant.</param>
/// <param name="Ended">True when it has ended at the instant.</param>
public sealed record StageOneWindowContract(Instant Opened, Instant Ends, int Days, string Reading, int DaysElapsed, bool Ended);

/// <summary>A majority vote: a majority is more than half the base.</summary>
/// <param name="InFavour">Votes in favour.</param>
/// <param name="Base">Those voting (for the Co-ordination Group: the eligible partners participating who are not affected).</param>
/// <param name="Needed">The votes a majority needs.</param>
/// <param name="Majority">True when a majority.</param>
public sealed record MajorityVoteContract(int InFavour, int Base, int Needed, bool Majority);

/// <summary>Something due in a dispute.</summary>
/// <param name="What">What, in the memorandum's words.</param>
/// <param name="By">By when, where the memorandum gives a time.</param>
/// <param name="Modality">must, should, may, ...</param>
/// <param name="Source">The clause that says so.</param>
public sealed record DisputeObligationContract([property: JsonPropertyOrder(-1)] string What, string Modality, ClauseContract Source, [property: JsonPropertyOrder(-1)] Instant? By = null);

/// <summary>An event the process allows next.</summary>
/// <param name="Event">The event's kind.</param>
/// <param name="To">The state it leads to.</param>
/// <param name="Condition">When it applies, if conditional.</param>
/// <param name="NotBefore">The earliest instant it may be dated.</param>
public sealed record DisputeNextStepContract(string Event, string To, string? Condition = null, Instant? NotBefore = null);
