using System.Text.Json.Serialization;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The meeting document (schema <c>docs/schemas/meeting.schema.json</c>): one matter put to a meeting of the Cheshire
/// &amp; Merseyside Health and Care Partnership Board, the Board members with their seats (Annex 6), whether each is
/// present and the position each takes, and the quorum the meeting is held to (MOU-2..MOU-6, docs/decisions/0060).
/// <c>carecommunity decide</c> reads it and says whether the matter is carried, and why.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="HeldOn">The date of the meeting; it selects the memorandum version in effect unless <paramref name="MemorandumVersion"/> names one.</param>
/// <param name="Matter">The matter put to the Board.</param>
/// <param name="Members">The Board's members, present or not: every member counts in the 75% base when the base is all eligible members.</param>
/// <param name="Quorum">The quorum the meeting is held to: the memorandum leaves it to terms of reference "to be added".</param>
/// <param name="MemorandumVersion">The memorandum version the meeting is held under, when given rather than found by date.</param>
/// <param name="Options">Readings the memorandum leaves open: the 75% base and which Annex 1 column each seat counts under.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record MeetingDocumentContract(
    string SchemaVersion,
    LocalDate HeldOn,
    MeetingMatterContract Matter,
    IReadOnlyList<BoardMemberContract> Members,
    QuorumContract Quorum,
    [property: NonBlank] string? MemorandumVersion = null,
    DecisionOptionsContract? Options = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>The matter put to the Board.</summary>
/// <param name="Title">What is to be decided.</param>
/// <param name="Element">The memorandum element it falls under: a row of Annex 1.</param>
/// <param name="Level">The level of decision (MOU-2): an individual organisation's, one delegated to a collaborative forum, or a whole-partnership decision.</param>
/// <param name="Kind">A kind the memorandum treats apart (MOU-5), e.g. capital-investment priorities; absent for an ordinary matter.</param>
/// <param name="DelegatedForum">For a decision delegated to a collaborative forum: which forum (e.g. a Joint Committee of CCGs).</param>
/// <param name="PowersDelegatedBy">The organisation ids of the partners who delegated formal powers to the Board on this matter (MOU-3); absent when the document does not say.</param>
/// <param name="AffectedPartners">The organisation ids of the partners the matter affects: they may refer it to dispute resolution (MOU-5).</param>
public sealed record MeetingMatterContract(
    [property: NonBlank] string Title,
    string Element,
    string Level,
    string? Kind = null,
    [property: NonBlank] string? DelegatedForum = null,
    [property: IdentifierValue] IReadOnlyList<string>? PowersDelegatedBy = null,
    [property: IdentifierValue] IReadOnlyList<string>? AffectedPartners = null);

/// <summary>A member of the Partnership Board at the meeting.</summary>
/// <param name="Id">The member's person id, unique within the meeting.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Seat">The seat the member holds (Annex 6).</param>
/// <param name="Present">True when the member is present at the meeting.</param>
/// <param name="Position">A present member's position on the matter; absent when the member takes none (or is absent).</param>
/// <param name="Organisation">The organisation id of the partner the member comes from, if any.</param>
/// <param name="Column">The Annex 1 column the member counts under, overriding the seat's (see <see cref="DecisionOptionsContract.SeatColumns"/>).</param>
public sealed record BoardMemberContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    string Seat,
    bool Present,
    string? Position = null,
    [property: IdentifierValue] string? Organisation = null,
    string? Column = null);

/// <summary>The quorum a meeting is held to (MOU-4: "a quorate meeting"; the seed does not define it).</summary>
/// <param name="Rule">How the quorum is counted.</param>
/// <param name="Minimum">The number of members, when the rule counts members.</param>
/// <param name="Numerator">The numerator of the share of members, when the rule is a share.</param>
/// <param name="Denominator">The denominator of the share of members, when the rule is a share.</param>
public sealed record QuorumContract(
    string Rule,
    [property: ValueRange(0)] int? Minimum = null,
    [property: ValueRange(0)] int? Numerator = null,
    [property: ValueRange(1)] int? Denominator = null);

/// <summary>The readings of the memorandum a meeting is decided under, where the seed is silent (docs/decisions/0060).</summary>
/// <param name="SeventyFivePercentBase">Whom the 75% of MOU-5 is counted among: all eligible Board members, or the eligible members present.</param>
/// <param name="SeatColumns">Which Annex 1 column a seat counts under, overriding the library's default mapping.</param>
public sealed record DecisionOptionsContract(
    string? SeventyFivePercentBase = null,
    IReadOnlyList<SeatColumnContract>? SeatColumns = null);

/// <summary>One seat's Annex 1 column.</summary>
/// <param name="Seat">The seat (Annex 6).</param>
/// <param name="Column">The Annex 1 column its holders count under; null when they count under none (never eligible).</param>
public sealed record SeatColumnContract(string Seat, string? Column);
