using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>How "monthly", "twice monthly" and "quarterly" are read (docs/decisions/0033).</summary>
public enum CadenceReading
{
    /// <summary>Each complete calendar month (or quarter, January-March and so on, which are also the NHS financial
    /// quarters) in the period holds the stated number of meetings. The default.</summary>
    CalendarPeriods = 0,

    /// <summary>No longer than an interval without a meeting: a month for monthly, 16 days for twice monthly (half of a
    /// 31-day month, rounded up), three months for quarterly.</summary>
    RollingInterval = 1,
}

/// <summary>The readings of MOU-11 (docs/decisions/0033).</summary>
public sealed record CadenceOptions
{
    /// <summary>The defaults: calendar periods, all five forums.</summary>
    public static CadenceOptions Default { get; } = new();

    /// <summary>How the cadence is read.</summary>
    public CadenceReading Reading { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined CadenceReading."); }

    /// <summary>The forums checked; default all five.</summary>
    public ImmutableArray<Forum> Forums { get; init; } = [.. Enum.GetValues<Forum>()];

    /// <summary>Severities chosen for particular issue codes.</summary>
    public ImmutableDictionary<IssueCode, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<IssueCode, Severity>.Empty;
}

/// <summary>One period a cadence is checked over: its first and last day, the meetings it needs and those held.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day, inclusive.</param>
/// <param name="Required">The meetings the cadence asks for.</param>
/// <param name="Held">The meetings held (distinct dates).</param>
public sealed record CadencePeriod(LocalDate Start, LocalDate End, int Required, int Held)
{
    /// <summary>True when enough meetings were held.</summary>
    public bool IsMet => Held >= Required;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ModelText.Date(Start)}..{ModelText.Date(End)}: {Held} of {Required}");
}

/// <summary>A forum's meetings checked against its cadence between two dates: every complete period, met or not.</summary>
/// <param name="Cadence">The cadence.</param>
/// <param name="From">The first day of the span checked.</param>
/// <param name="To">The last day of the span checked.</param>
/// <param name="Reading">The reading used.</param>
/// <param name="Periods">The complete periods, in date order.</param>
public sealed record CadenceAssessment(MeetingCadence Cadence, LocalDate From, LocalDate To, CadenceReading Reading, ImmutableArray<CadencePeriod> Periods)
{
    /// <summary>The periods without enough meetings.</summary>
    public IEnumerable<CadencePeriod> Missed => Periods.Where(p => !p.IsMet);

    /// <summary>True when every complete period held enough meetings (also when there was no complete period yet).</summary>
    public bool IsMet => Periods.All(p => p.IsMet);
}

/// <summary>Checks a list of meeting dates against a forum's cadence (MOU-11).</summary>
public static class CadenceCheck
{
    /// <summary>
    /// Checks meetings against a cadence over the complete periods between <paramref name="from"/> and
    /// <paramref name="to"/> (inclusive). Calendar reading: each complete calendar month or quarter; rolling reading:
    /// each interval from <paramref name="from"/> or a meeting that ends by <paramref name="to"/>. "On average N a year"
    /// is read over all complete years from <paramref name="from"/> together, in both readings. Meetings outside the span
    /// are not counted; two meetings on one day count once.
    /// </summary>
    /// <param name="cadence">The cadence.</param>
    /// <param name="meetings">The dates the forum met.</param>
    /// <param name="from">The first day checked.</param>
    /// <param name="to">The last day checked, not before <paramref name="from"/>.</param>
    /// <param name="reading">The reading.</param>
    /// <returns>The assessment, explained.</returns>
    public static Explained<CadenceAssessment> Check(MeetingCadence cadence, IEnumerable<LocalDate> meetings, LocalDate from, LocalDate to, CadenceReading reading = CadenceReading.CalendarPeriods)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        ArgumentNullException.ThrowIfNull(meetings);
        if (to < from)
        {
            throw new ArgumentException($"The span checked runs backwards: {ModelText.Date(from)} to {ModelText.Date(to)}.", nameof(to));
        }

        var dates = meetings.Where(d => d >= from && d <= to).Distinct().Order().ToImmutableArray();
        var periods = cadence.Kind switch
        {
            CadenceKind.AverageTimesAYear => AverageOverYears(cadence.Times, dates, from, to),
            _ when reading == CadenceReading.RollingInterval => Rolling(cadence, dates, from, to),
            CadenceKind.Monthly => Calendar(cadence.Times, 1, dates, from, to),
            _ => Calendar(cadence.Times, 3, dates, from, to),
        };
        var assessment = new CadenceAssessment(cadence, from, to, reading, periods);
        var missed = assessment.Missed.ToArray();
        var application = RuleApplication.Of(MeetingCadenceRule.RuleId, missed.Length > 0,
            $"{cadence} ({cadence.Source.Citation}), read as {ReadingText(cadence, reading)}: {periods.Length} complete period(s) from {ModelText.Date(from)} to {ModelText.Date(to)}, {missed.Length} without enough meetings",
            new KeyValuePair<string, string>("meetingsCounted", dates.Length.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("periods", periods.Length.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("periodsMissed", missed.Length.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("required", cadence.Times.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("from", ModelText.Date(from)),
            new KeyValuePair<string, string>("to", ModelText.Date(to)));
        var conclusion = periods.IsEmpty
            ? $"{ModelText.Of(cadence.Forum)}: no complete period between {ModelText.Date(from)} and {ModelText.Date(to)} yet."
            : missed.Length == 0
                ? $"{ModelText.Of(cadence.Forum)} met its cadence in all {periods.Length} complete period(s)."
                : $"{ModelText.Of(cadence.Forum)} did not meet its cadence in {missed.Length} of {periods.Length} period(s): {string.Join("; ", missed.Select(m => m.ToString()))}.";
        return new Explained<CadenceAssessment>(assessment, new Explanation(conclusion, [application]));
    }

    /// <summary>The reading in words, for explanations.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <param name="reading">The reading.</param>
    /// <returns>The text.</returns>
    public static string ReadingText(MeetingCadence cadence, CadenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return cadence.Kind switch
        {
            CadenceKind.AverageTimesAYear => $"at least {cadence.Times} × the number of complete years from the start, counted together",
            _ when reading == CadenceReading.RollingInterval => $"no more than {IntervalText(cadence)} without a meeting",
            CadenceKind.Monthly => $"at least {cadence.Times} meeting(s) in each complete calendar month",
            _ => $"at least {cadence.Times} meeting(s) in each complete calendar quarter",
        };
    }

    private static string IntervalText(MeetingCadence cadence) => cadence.Kind == CadenceKind.Quarterly
        ? "3 months"
        : cadence.Times == 1 ? "1 month" : string.Create(CultureInfo.InvariantCulture, $"{RollingDays(cadence.Times)} days");

    private static int RollingDays(int timesAMonth) => (31 + timesAMonth - 1) / timesAMonth;

    private static LocalDate AddInterval(MeetingCadence cadence, LocalDate date) => cadence.Kind == CadenceKind.Quarterly
        ? date.PlusMonths(3)
        : cadence.Times == 1 ? date.PlusMonths(1) : date.PlusDays(RollingDays(cadence.Times));

    private static int Count(ImmutableArray<LocalDate> dates, LocalDate start, LocalDate end) => dates.Count(d => d >= start && d <= end);

    private static ImmutableArray<CadencePeriod> Calendar(int times, int months, ImmutableArray<LocalDate> dates, LocalDate from, LocalDate to)
    {
        var start = new LocalDate(from.Year, from.Month, 1);
        while ((start.Month - 1) % months != 0)
        {
            start = start.PlusMonths(1);
        }

        if (start < from)
        {
            start = start.PlusMonths(months);
        }

        var list = ImmutableArray.CreateBuilder<CadencePeriod>();
        for (var end = start.PlusMonths(months).PlusDays(-1); end <= to; start = start.PlusMonths(months), end = start.PlusMonths(months).PlusDays(-1))
        {
            list.Add(new CadencePeriod(start, end, times, Count(dates, start, end)));
        }

        return list.ToImmutable();
    }

    private static ImmutableArray<CadencePeriod> Rolling(MeetingCadence cadence, ImmutableArray<LocalDate> dates, LocalDate from, LocalDate to)
    {
        var list = ImmutableArray.CreateBuilder<CadencePeriod>();
        var anchors = new[] { from.PlusDays(-1) }.Concat(dates);
        foreach (var anchor in anchors)
        {
            var start = anchor.PlusDays(1);
            var end = AddInterval(cadence, anchor);
            if (end > to)
            {
                continue;
            }

            list.Add(new CadencePeriod(start, end, 1, Count(dates, start, end)));
        }

        return list.ToImmutable();
    }

    private static ImmutableArray<CadencePeriod> AverageOverYears(int times, ImmutableArray<LocalDate> dates, LocalDate from, LocalDate to)
    {
        var years = 0;
        while (from.PlusYears(years + 1).PlusDays(-1) <= to)
        {
            years++;
        }

        if (years == 0)
        {
            return [];
        }

        var end = from.PlusYears(years).PlusDays(-1);
        return [new CadencePeriod(from, end, checked(times * years), Count(dates, from, end))];
    }
}
