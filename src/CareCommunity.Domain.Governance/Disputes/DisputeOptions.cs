using System.Collections.Immutable;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>How "within 30 days" (004 l.1618) is counted (docs/decisions/0030).</summary>
public enum WindowReading
{
    /// <summary>Calendar days in the time zone: the window ends at the end of the 30th day after the day it opened
    /// (the day of opening is day 0), whatever the clock change in between. The default.</summary>
    EndOfLastCalendarDay = 0,

    /// <summary>Calendar days in the time zone, the day of opening counted as day 1: the window ends at the end of the
    /// 29th day after the day it opened.</summary>
    OpeningDayCountsAsDayOne = 1,

    /// <summary>Elapsed time: 30 × 24 hours from the instant the window opened, ignoring the calendar.</summary>
    ElapsedDuration = 2,
}

/// <summary>From which event the 30 days run (docs/decisions/0030).</summary>
public enum WindowStart
{
    /// <summary>From the referral to the Partnership Executive, when stage I opens: "If the Executive cannot resolve the
    /// dispute within 30 days". The default.</summary>
    ReferralToExecutive = 0,

    /// <summary>From the raising of the dispute.</summary>
    DisputeRaised = 1,
}

/// <summary>Whether the referral to the Chief Officer may come before the 30 days have run (docs/decisions/0030).</summary>
public enum EarlyReferral
{
    /// <summary>The 30 days are a maximum: the Executive may refer as soon as it cannot resolve the dispute. The default.</summary>
    Permitted = 0,

    /// <summary>The literal condition: only a dispute the Executive has not resolved within 30 days is referred; an
    /// earlier referral is rejected.</summary>
    NotBeforeWindowEnds = 1,
}

/// <summary>Which body's failure to decide opens stage III: "or Board cannot come to a decision which resolves the
/// dispute" (004 l.1620), where stage II is the Co-ordination Group's (docs/decisions/0031).</summary>
public enum StageThreeTrigger
{
    /// <summary>"Board" is the Co-ordination Group, the body deciding at stage II: a vote without a majority opens
    /// stage III. The default.</summary>
    CoordinationGroup = 0,

    /// <summary>"Board" is the Partnership Board, as written: only <see cref="DisputeEvent.PartnershipBoardCouldNotDecide"/> opens
    /// stage III; a Co-ordination Group vote without a majority can be repeated.</summary>
    PartnershipBoard = 1,

    /// <summary>Either body's failure to decide opens stage III.</summary>
    Either = 2,
}

/// <summary>The readings of MOU-7 the Memorandum leaves open (docs/decisions/0030-0032), with the time zone its
/// calendar days are counted in.</summary>
public sealed record DisputeOptions
{
    /// <summary>The defaults: Europe/London from the tzdb, 30 calendar days to the end of the last day, counted from the
    /// referral to the Executive, early referral permitted, stage III opened by the Co-ordination Group's failure.</summary>
    public static DisputeOptions Default { get; } = new();

    /// <summary>The time zone calendar days are counted in; default Europe/London from
    /// <see cref="DateTimeZoneProviders.Tzdb"/>.</summary>
    public DateTimeZone TimeZone { get; init => field = Guard.Against.Null(value); } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The length of stage I in days; the Memorandum says 30 (1 to 365).</summary>
    public int WindowDays { get; init => field = Guard.Against.OutOfRange(value, nameof(WindowDays), 1, 365); } = 30;

    /// <summary>How the days are counted.</summary>
    public WindowReading WindowReading { get; init => field = Defined(value); } = WindowReading.EndOfLastCalendarDay;

    /// <summary>From which event the days run.</summary>
    public WindowStart WindowStart { get; init => field = Defined(value); } = WindowStart.ReferralToExecutive;

    /// <summary>Whether a referral to the Chief Officer may come before the window ends.</summary>
    public EarlyReferral EarlyReferral { get; init => field = Defined(value); } = EarlyReferral.Permitted;

    /// <summary>Which body's failure to decide opens stage III.</summary>
    public StageThreeTrigger StageThreeTrigger { get; init => field = Defined(value); } = StageThreeTrigger.CoordinationGroup;

    /// <summary>Severities chosen for particular issue codes.</summary>
    public ImmutableDictionary<IssueCode, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<IssueCode, Severity>.Empty;

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");
}
