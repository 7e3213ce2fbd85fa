using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>Where one obligation stands in one reporting period, and why.</summary>
/// <param name="Obligation">The obligation.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="DueDate">The last day of the period: the obligation is due by then.</param>
/// <param name="State">Met, due or overdue.</param>
/// <param name="MetOn">When it was met, if it was.</param>
/// <param name="Why">The explanation.</param>
public sealed record ReportingStatus(ReportingObligation Obligation, LocalDate PeriodStart, LocalDate DueDate, ReportingState State, LocalDate? MetOn, Explanation Why);

/// <summary>
/// The governance cadence (CC-6): from a start date, consecutive periods of <see cref="ReportingCadenceOptions.PeriodMonths"/>
/// months; each obligation is due once per period, by its last day. Given the dated submissions and a date, says what is
/// met, what is due and when, and what is overdue.
/// </summary>
/// <param name="Start">The first day of the first reporting period.</param>
/// <param name="Submissions">The dated submissions.</param>
public sealed record ReportingRecord(LocalDate Start, ImmutableArray<Submission> Submissions)
{
    /// <summary>The dated submissions; a default array reads as empty.</summary>
    public ImmutableArray<Submission> Submissions { get; init; } = Submissions.IsDefault ? [] : Submissions;

    /// <summary>Evaluates the schedule on a date.</summary>
    /// <param name="asOf">The date to evaluate on; periods starting after it are not listed.</param>
    /// <param name="options">The cadence.</param>
    /// <returns>One status per obligation per period that has started, in date then obligation order.</returns>
    public ImmutableArray<ReportingStatus> Evaluate(LocalDate asOf, ReportingCadenceOptions? options = null) =>
        [.. Evaluate(asOf, options ?? ReportingCadenceOptions.Default, includeMet: true)];

    /// <summary>
    /// The statuses in date then obligation order; with <paramref name="includeMet"/> false only those not met (what
    /// validation reports). Submissions are indexed once per call, sorted by date per obligation, and each period's
    /// first submission is found by binary search, so the cost grows as periods × log(submissions).
    /// </summary>
    internal IEnumerable<ReportingStatus> Evaluate(LocalDate asOf, ReportingCadenceOptions options, bool includeMet) =>
        options.Reading == CadenceReading.RollingInterval ? EvaluateRolling(asOf, options, includeMet) : EvaluateConsecutive(asOf, options, includeMet);

    // The rolling reading: no more than PeriodMonths between the start (or a report) and the next report.
    private IEnumerable<ReportingStatus> EvaluateRolling(LocalDate asOf, ReportingCadenceOptions options, bool includeMet)
    {
        var byObligation = Submissions
            .Where(s => s.Date <= asOf && s.Date >= Start)
            .GroupBy(s => s.Obligation)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Date).Distinct().Order().ToArray());
        var statuses = new List<ReportingStatus>();
        foreach (var obligation in options.Obligations)
        {
            var anchor = Start;
            foreach (var date in byObligation.GetValueOrDefault(obligation) ?? [])
            {
                var due = anchor.PlusMonths(options.PeriodMonths);
                if (date > due.PlusDays(options.GraceDays))
                {
                    statuses.Add(Status(obligation, anchor, due, ReportingState.Overdue, null, asOf, options,
                        $"Overdue: the next report after {Iso(anchor)} was due by {Iso(due)}, and none came until {Iso(date)}."));
                }
                else if (includeMet)
                {
                    statuses.Add(Status(obligation, anchor, due, ReportingState.Met, date, asOf, options,
                        $"Met on {Iso(date)}, within {options.PeriodMonths} months of {Iso(anchor)}."));
                }

                anchor = date;
            }

            var next = anchor.PlusMonths(options.PeriodMonths);
            statuses.Add(asOf > next.PlusDays(options.GraceDays)
                ? Status(obligation, anchor, next, ReportingState.Overdue, null, asOf, options,
                    $"Overdue: the last report or start was on {Iso(anchor)}, so the next was due by {Iso(next)}"
                    + (options.GraceDays > 0 ? $" (plus {options.GraceDays} days' grace)" : "") + $"; none is recorded by {Iso(asOf)}.")
                : Status(obligation, anchor, next, ReportingState.Due, null, asOf, options,
                    $"Due by {Iso(next)}, {options.PeriodMonths} months after {Iso(anchor)}."));
        }

        return statuses.OrderBy(s => s.PeriodStart).ThenBy(s => s.Obligation);
    }

    private static ReportingStatus Status(
        ReportingObligation obligation, LocalDate from, LocalDate due, ReportingState state, LocalDate? metOn, LocalDate asOf, ReportingCadenceOptions options, string reason)
    {
        var inputs = new Dictionary<string, string>
        {
            ["obligation"] = ModelText.Of(obligation),
            ["periodStart"] = Iso(from),
            ["dueDate"] = Iso(due),
            ["asOf"] = Iso(asOf),
            ["periodMonths"] = options.PeriodMonths.ToString(CultureInfo.InvariantCulture),
            ["graceDays"] = options.GraceDays.ToString(CultureInfo.InvariantCulture),
            ["reading"] = "rolling",
        };
        if (metOn is { } on)
        {
            inputs["metOn"] = Iso(on);
        }

        var why = new Explanation(reason, [RuleApplication.Of(OperatingModelRules.GovernanceCadence.Id, state != ReportingState.Overdue, reason, inputs)]);
        return new ReportingStatus(obligation, from, due, state, metOn, why);
    }

    private IEnumerable<ReportingStatus> EvaluateConsecutive(LocalDate asOf, ReportingCadenceOptions options, bool includeMet)
    {
        var byObligation = Submissions
            .Where(s => s.Date <= asOf)
            .GroupBy(s => s.Obligation)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Date).Order().ToArray());
        var periodMonths = options.PeriodMonths.ToString(CultureInfo.InvariantCulture);
        var graceDays = options.GraceDays.ToString(CultureInfo.InvariantCulture);
        var asOfText = Iso(asOf);
        for (var k = 0; ; k++)
        {
            var periodStart = Start.PlusMonths(k * options.PeriodMonths);
            if (periodStart > asOf || !TryEndOfPeriod(k, options.PeriodMonths, out var due))
            {
                yield break;
            }

            var startText = Iso(periodStart);
            var dueText = Iso(due);
            foreach (var obligation in options.Obligations)
            {
                var met = FirstWithin(byObligation.GetValueOrDefault(obligation), periodStart, due);
                var state = met is not null ? ReportingState.Met
                    : asOf > due.PlusDays(options.GraceDays) ? ReportingState.Overdue
                    : ReportingState.Due;
                if (state == ReportingState.Met && !includeMet)
                {
                    continue;
                }

                var inputs = new Dictionary<string, string>
                {
                    ["obligation"] = ModelText.Of(obligation),
                    ["periodStart"] = startText,
                    ["dueDate"] = dueText,
                    ["asOf"] = asOfText,
                    ["periodMonths"] = periodMonths,
                    ["graceDays"] = graceDays,
                };
                if (met is { } on)
                {
                    inputs["metOn"] = Iso(on);
                }

                var reason = state switch
                {
                    ReportingState.Met => $"Met on {inputs["metOn"]}, within the period {startText} to {dueText}.",
                    ReportingState.Due => $"Due by {dueText}; no submission yet in the period starting {startText}.",
                    _ => $"Overdue: the period {startText} to {dueText} ended"
                        + (options.GraceDays > 0 ? $" (plus {options.GraceDays} days' grace)" : "") + " with no submission.",
                };
                var why = new Explanation(reason, [RuleApplication.Of(OperatingModelRules.GovernanceCadence.Id, state != ReportingState.Overdue, reason, inputs)]);
                yield return new ReportingStatus(obligation, periodStart, due, state, met, why);
            }
        }
    }

    // The earliest date in [from, to] of a sorted array, by binary search.
    private static LocalDate? FirstWithin(LocalDate[]? sorted, LocalDate from, LocalDate to)
    {
        if (sorted is null)
        {
            return null;
        }

        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid] < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sorted.Length && sorted[lo] <= to ? sorted[lo] : null;
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    // Near the end of the calendar (year 9999) a period's end cannot be represented: the schedule stops there.
    private bool TryEndOfPeriod(int k, int months, out LocalDate due)
    {
        try
        {
            due = Start.PlusMonths((k + 1) * months).PlusDays(-1);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            due = default;
            return false;
        }
        catch (OverflowException)
        {
            due = default;
            return false;
        }
    }

    /// <summary>Evaluates the schedule on today's date in the given time zone, as told by a clock.</summary>
    /// <param name="clock">The clock; never the system clock inside the library.</param>
    /// <param name="zone">The time zone whose date counts; defaults to Europe/London.</param>
    /// <param name="options">The cadence.</param>
    /// <returns>The statuses, as <see cref="Evaluate(LocalDate, ReportingCadenceOptions?)"/>.</returns>
    public ImmutableArray<ReportingStatus> Evaluate(IClock clock, DateTimeZone? zone = null, ReportingCadenceOptions? options = null)
    {
        Guard.Against.Null(clock);
        return Evaluate(clock.GetCurrentInstant().InZone(zone ?? OperatingModelOptions.London).Date, options);
    }
}

/// <summary>The reporting cadence (CC-6). The defaults follow the seed: every 2 months, for all three obligations.</summary>
public sealed record ReportingCadenceOptions
{
    /// <summary>The seed's cadence: bi-monthly (every two months, see docs/decisions/0006), no grace.</summary>
    public static ReportingCadenceOptions Default { get; } = new();

    /// <summary>The length of a reporting period in months; "bi-monthly" and "once every 2 months" read as 2.</summary>
    public int PeriodMonths
    {
        get;
        init
        {
            Guard.Against.OutOfRange(value, nameof(value), 1, 12);
            field = value;
        }
    } = 2;

    /// <summary>
    /// How "once every 2 months" is read: consecutive two-month periods from the start, each needing a report (the
    /// default), or a rolling interval of no more than two months between consecutive reports (docs/decisions/0006).
    /// </summary>
    public CadenceReading Reading
    {
        get;
        init
        {
            field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a cadence reading.");
        }
    }

    /// <summary>Days after a period ends before an unmet obligation counts as overdue rather than due.</summary>
    public int GraceDays
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    }

    /// <summary>The obligations tracked; all three by default.</summary>
    public IReadOnlyList<ReportingObligation> Obligations
    {
        get;
        init
        {
            Guard.Against.Null(value);
            foreach (var obligation in value)
            {
                Guard.Against.UndefinedEnum(obligation, nameof(value));
            }

            field = value.Distinct().Order().ToArray();
        }
    } = Enum.GetValues<ReportingObligation>();
}

/// <summary>How "bi-monthly" and "once every 2 months" are read (CC-6, docs/decisions/0006).</summary>
public enum CadenceReading
{
    /// <summary>Consecutive periods of two months from the reporting start, each of which needs its own report.</summary>
    ConsecutivePeriods = 0,

    /// <summary>
    /// A rolling interval: no more than two months between the start and the first report, or between consecutive
    /// reports. A report last made on 1 August is due by 1 October and overdue on 2 October.
    /// </summary>
    RollingInterval = 1,
}
