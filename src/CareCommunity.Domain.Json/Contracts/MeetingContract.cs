using System.Text.Json.Serialization;
using CareCommunity.Domain.Governance;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The meeting document (schema <c>docs/schemas/meeting.schema.json</c>): one matter put to a meeting of the Cheshire
/// &amp; Merseyside Health and Care Partnership Board, the Board members with their seats (Annex 6), whether each is
/// present and the position each takes, and the quorum the meeting is held to (MOU-2..MOU-6, docs/decisions/0060).
/// <c>carecommunity decide</c> reads it into a <see cref="BoardMeeting"/> and says whether the matter is carried, and why.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="HeldOn">The date of the meeting.</param>
/// <param name="Matter">The matter put to the Board.</param>
/// <param name="Members">The Board's members, present or not: every member counts in the 75% base when the base is all eligible members.</param>
/// <param name="Quorum">The quorum the meeting is held to; the library's default (more than half the members present) when absent: the memorandum leaves it to terms of reference "to be added".</param>
/// <param name="Recorded">The outcome the minutes record (carried or notCarried), if any.</param>
/// <param name="MemorandumVersion">The memorandum version the meeting is held under (e.g. <c>draft, November 2020</c>); the version in effect when absent.</param>
/// <param name="Options">Readings the memorandum leaves open: the 75% base, what consensus is, which Annex 1 column each seat counts under.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record MeetingDocumentContract(
    string SchemaVersion,
    LocalDate HeldOn,
    MeetingMatterContract Matter,
    IReadOnlyList<BoardMemberContract> Members,
    QuorumContract? Quorum = null,
    [property: EnumValues(typeof(RecordedOutcome))] string? Recorded = null,
    [property: NonBlank] string? MemorandumVersion = null,
    DecisionOptionsContract? Options = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>The matter put to the Board (<see cref="Domain.Governance.Decisions.Matter"/>).</summary>
/// <param name="Title">What is to be decided.</param>
/// <param name="Element">The memorandum element it falls under: a row of Annex 1.</param>
/// <param name="Level">The level of decision (MOU-2): an individual organisation's, one delegated to a collaborative forum, or a whole-partnership decision.</param>
/// <param name="Funding">For a matter the memorandum treats apart (MOU-5): capitalInvestmentPriorities or transformationFundingApportionment; absent (none) for an ordinary matter.</param>
/// <param name="Forum">For a decision delegated to a collaborative forum: which forum (e.g. a Joint Committee of CCGs).</param>
/// <param name="Organisation">For an individual organisation's decision: the organisation id.</param>
/// <param name="PowersDelegatedBy">The organisation ids of the partners who delegated formal powers to the Board on this matter (MOU-3).</param>
/// <param name="AffectedPartners">The organisation ids of the partners the matter affects: they may refer it to dispute resolution (MOU-5).</param>
public sealed record MeetingMatterContract(
    [property: NonBlank] string Title,
    [property: EnumValues(typeof(MemorandumElement))] string Element,
    [property: EnumValues(typeof(DecisionLevel))] string Level,
    [property: EnumValues(typeof(FundingMatter))] string? Funding = null,
    [property: NonBlank] string? Forum = null,
    [property: IdentifierValue] string? Organisation = null,
    [property: IdentifierValue] IReadOnlyList<string>? PowersDelegatedBy = null,
    [property: IdentifierValue] IReadOnlyList<string>? AffectedPartners = null);

/// <summary>A member of the Partnership Board at the meeting (<see cref="Domain.Governance.Board.BoardMember"/>).</summary>
/// <param name="Id">The member's person id, unique within the meeting.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Seat">The seat the member holds (Annex 6).</param>
/// <param name="Present">True when the member is present at the meeting.</param>
/// <param name="Position">A present member's position on the matter (support, object or abstain); absent when the member states none.</param>
/// <param name="Organisation">The organisation id of the partner the member comes from, if any.</param>
/// <param name="Column">The Annex 1 column the member counts under, overriding the seat's (see <see cref="DecisionOptionsContract.SeatColumns"/>).</param>
/// <param name="SubRegion">For a local-authority member: the sub-region covered (Merseyside or Cheshire).</param>
public sealed record BoardMemberContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    [property: EnumValues(typeof(BoardSeat))] string Seat,
    bool Present,
    [property: EnumValues(typeof(Position))] string? Position = null,
    [property: IdentifierValue] string? Organisation = null,
    [property: EnumValues(typeof(ApplicabilityColumn))] string? Column = null,
    [property: EnumValues(typeof(SubRegion))] string? SubRegion = null);

/// <summary>
/// The quorum a meeting is held to (MOU-4: "a quorate meeting"; the seed does not define it): a share of the Board's
/// members, a least number present, and seat groups that must each have a member present, all of which must hold.
/// </summary>
/// <param name="Numerator">The numerator of the share of the Board's members who must be present.</param>
/// <param name="Denominator">Its denominator.</param>
/// <param name="MoreThan">True for more than the share (e.g. more than half), false for at least the share.</param>
/// <param name="MinimumMembers">The least number of members present.</param>
/// <param name="RequiredSeats">Seat groups each of which must have a member present.</param>
public sealed record QuorumContract(
    [property: ValueRange(0)] int? Numerator = null,
    [property: ValueRange(1)] int? Denominator = null,
    bool? MoreThan = null,
    [property: ValueRange(0)] int? MinimumMembers = null,
    IReadOnlyList<SeatGroupContract>? RequiredSeats = null);

/// <summary>A group of seats of which at least one member must be present for the meeting to be quorate.</summary>
/// <param name="Name">The group's name, e.g. <c>local authority</c>.</param>
/// <param name="Seats">Its seats.</param>
public sealed record SeatGroupContract([property: NonBlank] string Name, [property: EnumValues(typeof(BoardSeat))] IReadOnlyList<string> Seats);

/// <summary>The readings of the memorandum a meeting is decided under, where the seed is silent (<see cref="GovernanceOptions"/>).</summary>
/// <param name="SeventyFivePercentBase">Whom the 75% of MOU-5 is counted among: allEligibleMembers (the default) or eligibleMembersPresent.</param>
/// <param name="Consensus">What consensus is: noObjection (the default) or unanimity.</param>
/// <param name="SeatColumns">Which Annex 1 column a seat counts under, overriding the library's default mapping.</param>
public sealed record DecisionOptionsContract(
    [property: EnumValues(typeof(SeventyFivePercentBase))] string? SeventyFivePercentBase = null,
    [property: EnumValues(typeof(ConsensusDefinition))] string? Consensus = null,
    IReadOnlyList<SeatColumnContract>? SeatColumns = null);

/// <summary>One seat's Annex 1 column.</summary>
/// <param name="Seat">The seat (Annex 6).</param>
/// <param name="Column">The Annex 1 column its holders count under; null when they count under none (never eligible).</param>
public sealed record SeatColumnContract(
    [property: EnumValues(typeof(BoardSeat))] string Seat,
    [property: EnumValues(typeof(ApplicabilityColumn))] string? Column);

/// <summary>
/// What <c>carecommunity decide --format json</c> writes (schema <c>docs/schemas/decision-result.schema.json</c>): the
/// decision level, the eligible and present members, the quorum, the positions, consensus, the 75% working, the outcome
/// with the clauses that say so, whether and by whom the matter may be referred to dispute resolution, every rule's
/// result and the report. Everything but <c>rules</c> and <c>report</c> is absent when the meeting could not be decided.
/// </summary>
/// <param name="Matter">The matter's title.</param>
/// <param name="HeldOn">The date of the meeting.</param>
/// <param name="MemorandumVersion">The memorandum version named or in force, if any.</param>
/// <param name="Level">The decision level (MOU-2).</param>
/// <param name="Element">The Annex 1 row.</param>
/// <param name="Funding">The funding kind, for a capital or transformation-funding matter.</param>
/// <param name="Eligible">The person ids of the Board members eligible on the matter (MOU-6), present or not.</param>
/// <param name="Present">The person ids of the members present.</param>
/// <param name="EligiblePresent">The person ids of the eligible members present.</param>
/// <param name="Quorum">The quorum check (MOU-4).</param>
/// <param name="Positions">The positions of the eligible members present.</param>
/// <param name="Consensus">True when the eligible members present reached consensus.</param>
/// <param name="ConsensusDefinition">What consensus was taken to mean (noObjection or unanimity).</param>
/// <param name="SeventyFivePercent">The 75% working (MOU-5), when the rule was applied.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Conclusion">The outcome in words.</param>
/// <param name="Rules">Every governance rule's result (MOU-1..MOU-6, MOU-10).</param>
/// <param name="Report">The validation report, with the explanation.</param>
public sealed record DecisionReportContract(
    IReadOnlyList<string> Eligible,
    IReadOnlyList<string> Present,
    IReadOnlyList<string> EligiblePresent,
    [property: JsonPropertyOrder(1)] IReadOnlyList<RuleResultContract> Rules,
    [property: JsonPropertyOrder(1)] ValidationReportContract Report,
    [property: JsonPropertyOrder(-1)] string? Matter = null,
    [property: JsonPropertyOrder(-1)] LocalDate? HeldOn = null,
    [property: JsonPropertyOrder(-1)] string? MemorandumVersion = null,
    [property: JsonPropertyOrder(-1)] string? Level = null,
    [property: JsonPropertyOrder(-1)] string? Element = null,
    [property: JsonPropertyOrder(-1)] string? Funding = null,
    QuorumCheckContract? Quorum = null,
    PositionTallyContract? Positions = null,
    bool? Consensus = null,
    string? ConsensusDefinition = null,
    SeventyFivePercentContract? SeventyFivePercent = null,
    OutcomeContract? Outcome = null,
    string? Conclusion = null);

/// <summary>A quorum check.</summary>
/// <param name="Quorate">True when the meeting was quorate.</param>
/// <param name="Present">The members present.</param>
/// <param name="BoardSize">The Board's members.</param>
/// <param name="Required">The members the rule requires present.</param>
/// <param name="MissingSeatGroups">The required seat groups with no member present.</param>
/// <param name="Rule">The rule, in words.</param>
public sealed record QuorumCheckContract(bool Quorate, int Present, int BoardSize, int Required, IReadOnlyList<string> MissingSeatGroups, string Rule);

/// <summary>The positions of the eligible members present.</summary>
/// <param name="Supporting">How many support.</param>
/// <param name="Objecting">How many object.</param>
/// <param name="Abstaining">How many abstain.</param>
/// <param name="NoPosition">How many stated no position.</param>
/// <param name="NotCounted">The person ids of members who stated a position but are not eligible.</param>
public sealed record PositionTallyContract(int Supporting, int Objecting, int Abstaining, int NoPosition, IReadOnlyList<string> NotCounted);

/// <summary>The 75% working (MOU-5), in whole numbers: carried when 4 × numerator ≥ 3 × denominator.</summary>
/// <param name="Base">Whom the 75% is counted among: allEligibleMembers or eligibleMembersPresent.</param>
/// <param name="Numerator">The eligible members supporting.</param>
/// <param name="Denominator">The base's size.</param>
/// <param name="VotesRequired">The least support that carries it.</param>
/// <param name="Margin">Support minus the votes required (negative when short).</param>
/// <param name="Carried">True when the support is not less than 75% of the base.</param>
public sealed record SeventyFivePercentContract(string Base, int Numerator, int Denominator, int VotesRequired, int Margin, bool Carried);

/// <summary>The outcome of a matter.</summary>
/// <param name="Name">carried-by-consensus, carried-under-75-percent-rule, not-carried-referable, not-carried, not-quorate, outside-board-powers or outside-memorandum.</param>
/// <param name="Carried">True when carried.</param>
/// <param name="ReferableToDisputeResolution">True when the matter may be referred to the dispute resolution procedure.</param>
/// <param name="MayBeReferredBy">The organisation ids of the affected partners who may refer it.</param>
/// <param name="Clauses">The clauses of the memorandum that say so.</param>
public sealed record OutcomeContract(string Name, bool Carried, bool ReferableToDisputeResolution, IReadOnlyList<string> MayBeReferredBy, IReadOnlyList<ClauseContract> Clauses);

/// <summary>A clause of the memorandum, quoted.</summary>
/// <param name="Citation">Where it is: the seed file and line(s).</param>
/// <param name="Modality">must, should, may, ...</param>
/// <param name="Text">The words of the seed.</param>
public sealed record ClauseContract(string Citation, string Modality, string Text);
