using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// Stage I's window: "If the Executive cannot resolve the dispute within 30 days, the dispute should be referred to
/// Partnership Chief Officer" (004 l.1618). By default the days are calendar days in Europe/London and the window ends
/// at the start of the 31st day after the day it opened (the end of the 30th day), whatever the clock change between
/// (docs/decisions/0030).
/// </summary>
/// <param name="Opened">When the window opened.</param>
/// <param name="Ends">The first instant after the window: at or after it, a dispute still at stage I is overdue for
/// referral.</param>
/// <param name="Reading">How the days were counted.</param>
/// <param name="Days">How many days.</param>
/// <param name="TimeZone">The time zone the days are counted in.</param>
public sealed record StageOneWindow(Instant Opened, Instant Ends, WindowReading Reading, int Days, DateTimeZone TimeZone)
{
    private static readonly ZonedDateTimePattern Local = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss' 'z' ('o<g>')'", null);

    /// <summary>The window that opened at <paramref name="opened"/>.</summary>
    /// <param name="opened">When it opened.</param>
    /// <param name="options">The options: zone, days, reading.</param>
    /// <returns>The window.</returns>
    public static StageOneWindow Open(Instant opened, DisputeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var zone = options.TimeZone;
        var day = opened.InZone(zone).Date;
        var ends = options.WindowReading switch
        {
            WindowReading.EndOfLastCalendarDay => zone.AtStartOfDay(day.PlusDays(options.WindowDays + 1)).ToInstant(),
            WindowReading.OpeningDayCountsAsDayOne => zone.AtStartOfDay(day.PlusDays(options.WindowDays)).ToInstant(),
            _ => opened + Duration.FromDays(options.WindowDays),
        };
        return new StageOneWindow(opened, ends, options.WindowReading, options.WindowDays, zone);
    }

    /// <summary>True when the window has ended at <paramref name="t"/>.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>True at or after <see cref="Ends"/>.</returns>
    public bool HasEndedAt(Instant t) => t >= Ends;

    /// <summary>Calendar days from the day the window opened to the day of <paramref name="t"/>, in the time zone.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The days elapsed (negative before the window opened).</returns>
    public int DaysElapsedAt(Instant t) => Period.Between(Opened.InZone(TimeZone).Date, t.InZone(TimeZone).Date, PeriodUnits.Days).Days;

    /// <summary>An instant as written in explanations: local date and time, zone and offset.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>E.g. <c>2026-04-30T00:00:00 Europe/London (+01)</c>.</returns>
    public string Format(Instant t) => Local.Format(t.InZone(TimeZone));

    /// <summary>Explains the window at <paramref name="t"/>: days elapsed, the end, and whether it has ended.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>Whether the window has ended, explained.</returns>
    public Explained<bool> ExplainAt(Instant t)
    {
        var ended = HasEndedAt(t);
        var reading = Reading switch
        {
            WindowReading.EndOfLastCalendarDay => $"the end of the {Days}th calendar day after the day it opened, in {TimeZone.Id}",
            WindowReading.OpeningDayCountsAsDayOne => $"the end of the {Days}th calendar day counting the day it opened as day 1, in {TimeZone.Id}",
            _ => $"{Days} × 24 hours after it opened",
        };
        var application = RuleApplication.Of(DisputeResolutionRule.RuleId, ended,
            $"stage I's {Days} days run from {Format(Opened)} to {reading}: {Format(Ends)}",
            new KeyValuePair<string, string>("windowOpened", Format(Opened)),
            new KeyValuePair<string, string>("windowEnds", Format(Ends)),
            new KeyValuePair<string, string>("windowEndsUtc", InstantPattern.ExtendedIso.Format(Ends)),
            new KeyValuePair<string, string>("daysElapsed", DaysElapsedAt(t).ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("windowDays", Days.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("asOf", Format(t)));
        var conclusion = ended
            ? $"On {Format(t)} the {Days} days of stage I have run out (they ended {Format(Ends)})."
            : $"On {Format(t)} stage I's {Days} days run until {Format(Ends)}.";
        return new Explained<bool>(ended, new Explanation(conclusion, [application]));
    }
}
