using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>The Partnership's forums whose meeting rhythm the Memorandum states (MOU-11).</summary>
public enum Forum
{
    /// <summary>The Partnership Assembly, "on average three times a year" (004 l.1119).</summary>
    PartnershipAssembly = 0,

    /// <summary>The Partnership Board, monthly (004 l.1134).</summary>
    PartnershipBoard = 1,

    /// <summary>The Partnership Co-ordination Group, twice monthly (004 l.1145).</summary>
    CoordinationGroup = 2,

    /// <summary>The Cheshire and Merseyside People Board, quarterly (004 l.1236).</summary>
    PeopleBoard = 3,

    /// <summary>The Communications and Engagement Strategic Advisory Group, monthly (004 l.1244).</summary>
    CommunicationsAndEngagementGroup = 4,
}

/// <summary>How a cadence is stated.</summary>
public enum CadenceKind
{
    /// <summary>A number of meetings a year on average.</summary>
    AverageTimesAYear = 0,

    /// <summary>A number of meetings a calendar month.</summary>
    Monthly = 1,

    /// <summary>A number of meetings a calendar quarter.</summary>
    Quarterly = 2,
}

/// <summary>
/// A forum's meeting rhythm as the Memorandum states it (MOU-11): the forum, how the rhythm is counted and how many
/// meetings, and the sentence. <see cref="Seed"/> holds the five the Memorandum gives; the PCN Forum and the Integrated
/// Care Partnership Network have none ("The scope and frequency of this groups work will be defined in due course",
/// 004 l.1215, l.1223).
/// </summary>
/// <param name="Forum">The forum.</param>
/// <param name="Kind">How the rhythm is counted.</param>
/// <param name="Times">How many meetings per year, month or quarter.</param>
/// <param name="Source">The sentence.</param>
public sealed record MeetingCadence(Forum Forum, CadenceKind Kind, int Times, SourceQuote Source)
{
    private static SeedDocument Memorandum => SeedDocument.HealthAndWellbeingBoard2021;

    /// <summary>The Assembly: "The Assembly will meet on average three times a year" (004 l.1119).</summary>
    public static MeetingCadence Assembly { get; } = new(Forum.PartnershipAssembly, CadenceKind.AverageTimesAYear, 3,
        Memorandum.Quote(1119, Modality.Must, "The Assembly will meet on average three times a year and is chaired by the Partnership Chair."));

    /// <summary>The Board: "The Partnership Board meets monthly." (004 l.1134).</summary>
    public static MeetingCadence Board { get; } = new(Forum.PartnershipBoard, CadenceKind.Monthly, 1,
        Memorandum.Quote(1134, Modality.Must, "The Partnership Board meets monthly."));

    /// <summary>The Co-ordination Group: "meets twice monthly" (004 l.1145).</summary>
    public static MeetingCadence CoordinationGroup { get; } = new(Forum.CoordinationGroup, CadenceKind.Monthly, 2,
        Memorandum.Quote(1145, Modality.Must, "The co-ordination group meets twice monthly and is chaired by the Partnership Chief Officer"));

    /// <summary>The People Board: "meets on a quarterly basis" (004 l.1236).</summary>
    public static MeetingCadence PeopleBoard { get; } = new(Forum.PeopleBoard, CadenceKind.Quarterly, 1,
        Memorandum.Quote(1236, Modality.Must, "The Board meets on a quarterly basis."));

    /// <summary>The Communications and Engagement Strategic Advisory Group: "The Group meets monthly." (004 l.1244).</summary>
    public static MeetingCadence CommunicationsAndEngagementGroup { get; } = new(Forum.CommunicationsAndEngagementGroup, CadenceKind.Monthly, 1,
        Memorandum.Quote(1244, Modality.Must, "The Group meets monthly."));

    /// <summary>The five cadences the Memorandum states, in <see cref="Forum"/> order.</summary>
    public static ImmutableArray<MeetingCadence> Seed { get; } = [Assembly, Board, CoordinationGroup, PeopleBoard, CommunicationsAndEngagementGroup];

    /// <summary>The Memorandum's cadence of a forum.</summary>
    /// <param name="forum">The forum.</param>
    /// <returns>Its cadence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The forum is undefined.</exception>
    public static MeetingCadence For(Forum forum) =>
        Seed.FirstOrDefault(c => c.Forum == forum) ?? throw new ArgumentOutOfRangeException(nameof(forum), forum, "Not a defined Forum.");

    /// <summary>The cadence in words, e.g. <c>2 a calendar month</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        CadenceKind.AverageTimesAYear => $"{ModelText.Of(Forum)}: on average {Times} a year",
        CadenceKind.Monthly => $"{ModelText.Of(Forum)}: {Times} a month",
        _ => $"{ModelText.Of(Forum)}: {Times} a quarter",
    };
}
