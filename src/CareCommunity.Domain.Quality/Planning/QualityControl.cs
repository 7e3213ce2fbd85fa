using System.Collections.Immutable;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Validation;
using NodaTime;
using OneOf;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>The goal's measure is where it should be: common cause (or improving) and consistently meeting its target.</summary>
/// <param name="Improving">True when the latest points are a special cause improvement.</param>
public sealed record OnTrack(bool Improving);

/// <summary>
/// A sporadic problem (Juran's "sporadic spike"): a special cause concern, which calls for quality control action —
/// find the cause and act on it — rather than a new improvement project.
/// </summary>
/// <param name="Signals">The special-cause signals of concern behind the action.</param>
public sealed record ControlAction(ImmutableArray<SpecialCauseSignal> Signals);

/// <summary>
/// A chronic problem: the process is stable (common cause) but short of its target — it consistently fails it, or
/// hits and misses it at random — which control cannot fix: it calls for a quality improvement project.
/// </summary>
/// <param name="Assurance">Fail or hit-and-miss.</param>
public sealed record ImprovementNeeded(AssuranceIcon Assurance);

/// <summary>
/// Not yet decidable: too few points for process limits, no target or no direction, or a special cause whose direction
/// is neither; the reason says which.
/// </summary>
/// <param name="Reason">Why the loop cannot decide yet.</param>
public sealed record NotAssured(string Reason);

/// <summary>What the quality control loop concludes for a goal: one of four outcomes, handled with <c>Match</c>.</summary>
public sealed class QualityControlDecision : OneOfBase<OnTrack, ControlAction, ImprovementNeeded, NotAssured>
{
    private QualityControlDecision(OneOf<OnTrack, ControlAction, ImprovementNeeded, NotAssured> outcome)
        : base(outcome)
    {
    }

    /// <summary>On track.</summary>
    /// <param name="value">The outcome.</param>
    public static implicit operator QualityControlDecision(OnTrack value) => new(value);

    /// <summary>Control action.</summary>
    /// <param name="value">The outcome.</param>
    public static implicit operator QualityControlDecision(ControlAction value) => new(value);

    /// <summary>An improvement project is needed.</summary>
    /// <param name="value">The outcome.</param>
    public static implicit operator QualityControlDecision(ImprovementNeeded value) => new(value);

    /// <summary>Not assured yet.</summary>
    /// <param name="value">The outcome.</param>
    public static implicit operator QualityControlDecision(NotAssured value) => new(value);
}

/// <summary>
/// Quality control, the third of Juran's processes (QUA-1): measure, compare with the goal, act. The goal's measure is
/// charted with statistical process control (<see cref="XmrChart"/>); a sporadic signal (special cause concern) calls
/// for control action, chronic under-performance (common cause short of target) for an improvement project.
/// </summary>
public static class QualityControl
{
    /// <summary>Runs the control loop for a goal on its measured points.</summary>
    /// <param name="goal">The goal: its target and direction are the chart's.</param>
    /// <param name="points">The measure's points, in date order.</param>
    /// <param name="options">The SPC options; <see cref="SpcOptions.Default"/> when null.</param>
    /// <returns>The decision, explained with the chart's figures, or the issues that stopped the series being charted.</returns>
    public static Result<Explained<QualityControlDecision>> Decide(QualityGoal goal, IEnumerable<MeasurePoint?> points, SpcOptions? options = null)
    {
        Guard.Against.Null(goal);
        Guard.Against.Null(points);
        var series = MeasureSeries.Create(goal.Measure, points, goal.Direction, goal.Target);
        if (!series.TryGetValue(out var measured))
        {
            return Result<Explained<QualityControlDecision>>.Failure(series.Issues);
        }

        var chart = XmrChart.Calculate(measured, options);
        return Result<Explained<QualityControlDecision>>.Success(Decide(goal, chart));
    }

    /// <summary>Runs the control loop for a goal on a chart already calculated.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="chart">The chart of its measure.</param>
    /// <returns>The decision, explained.</returns>
    public static Explained<QualityControlDecision> Decide(QualityGoal goal, XmrChart chart)
    {
        Guard.Against.Null(goal);
        Guard.Against.Null(chart);
        var variation = chart.Variation.Value;
        var assurance = chart.Assurance.Value;
        var latest = chart.Points.LastOrDefault(p => !p.IsGhosted);
        QualityControlDecision decision = variation switch
        {
            VariationIcon.SpecialCauseConcern => new ControlAction([.. chart.Signals.Where(s => s.Variation == VariationIcon.SpecialCauseConcern)]),
            _ when chart.IsRunChartOnly => new NotAssured("there are too few points for process limits (12 or fewer): a run chart only"),
            _ when goal.Target is null => new NotAssured("the goal states no target"),
            VariationIcon.SpecialCauseNeither => new NotAssured("a special cause with no improvement direction: investigate it, it is neither good nor bad"),
            _ => assurance switch
            {
                AssuranceIcon.Pass => new OnTrack(variation == VariationIcon.SpecialCauseImprovement),
                AssuranceIcon.Fail or AssuranceIcon.HitAndMiss => new ImprovementNeeded(assurance),
                _ => new NotAssured("the chart gives no assurance against the target"),
            },
        };
        var conclusion = decision.Match(
            onTrack => $"Goal '{goal.Id}' is on track{(onTrack.Improving ? " and improving" : "")}: {variation.Describe()}, {assurance.Describe()}.",
            action => $"Goal '{goal.Id}' needs control action: {action.Signals.Length} special-cause signal(s) of concern in '{goal.Measure}'.",
            improvement => $"Goal '{goal.Id}' needs an improvement project: the process {(variation == VariationIcon.SpecialCauseImprovement ? "is improving but still" : "is stable but")} {assurance.Describe()} against its target.",
            notAssured => $"Goal '{goal.Id}' is not assured: {notAssured.Reason}.");
        var inputs = new Dictionary<string, string>
        {
            ["variation"] = ModelText.Of(variation),
            ["assurance"] = ModelText.Of(assurance),
            ["target"] = goal.Target?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["direction"] = ModelText.Of(goal.Direction),
            ["points"] = ModelText.Count(chart.Points.Length),
            ["latest"] = latest is null ? "" : ModelText.Date(latest.Date),
        };
        return new Explained<QualityControlDecision>(decision, new Explanation(conclusion,
        [
            RuleApplication.Of(QualityRules.Trilogy.Id, decision.IsT0, conclusion, inputs),
            .. chart.Why.Rules,
        ]));
    }
}

/// <summary>One goal's line in a bi-monthly quality report.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Decision">The control loop's decision, or null when the goal's measure could not be charted.</param>
/// <param name="Variation">The chart's variation icon, when charted.</param>
/// <param name="Assurance">The chart's assurance icon, when charted.</param>
/// <param name="LatestPoint">The date of the latest point, if any.</param>
/// <param name="NextDue">When the next point is due: two months after the latest (CC-6's cadence), or now when none.</param>
/// <param name="Overdue">True when the next point was due before the report's date.</param>
/// <param name="Issues">Why the measure could not be charted, when it could not.</param>
public sealed record QualityReportLine(
    QualityGoal Goal, Explained<QualityControlDecision>? Decision, VariationIcon? Variation, AssuranceIcon? Assurance,
    LocalDate? LatestPoint, LocalDate NextDue, bool Overdue, ImmutableArray<ValidationIssue> Issues);

/// <summary>
/// The bi-monthly quality report of a care community (001 l.166: "The reporting of the achievement of these quality
/// goals will be through the routine Care Community reports"): for each goal of the financial year, its SPC status and
/// icons, the control loop's decision and what is due.
/// </summary>
/// <param name="AsOf">The report's date.</param>
/// <param name="Year">The financial year reported.</param>
/// <param name="Lines">One line per goal of the year, in the plan's order.</param>
public sealed record QualityReport(LocalDate AsOf, FinancialYear Year, ImmutableArray<QualityReportLine> Lines)
{
    /// <summary>The months between reports: "once every 2 months" (001 l.238).</summary>
    public const int ReportingMonths = 2;

    /// <summary>Builds the report for the financial year of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan; unreadable goals are skipped (the QUA rules report them).</param>
    /// <param name="measures">Each goal's measured points, by goal id; a goal with none is reported as due now.</param>
    /// <param name="asOf">The report's date; points after it are not used.</param>
    /// <param name="options">The SPC options.</param>
    /// <returns>The report.</returns>
    public static QualityReport Create(QualityPlan plan, IReadOnlyDictionary<QualityGoalId, IReadOnlyList<MeasurePoint>> measures, LocalDate asOf, SpcOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(measures);
        var year = FinancialYear.Of(asOf);
        var lines = new List<QualityReportLine>();
        foreach (var goal in plan.Goals)
        {
            if (goal is null || goal.Year != year)
            {
                continue;
            }

            var points = measures.GetValueOrDefault(goal.Id)?.Where(p => p.Date <= asOf).ToArray() ?? [];
            var latest = points.Length == 0 ? (LocalDate?)null : points.Max(p => p.Date);
            var nextDue = latest?.PlusMonths(ReportingMonths) ?? asOf;
            var overdue = latest is not null && nextDue < asOf;
            if (points.Length == 0)
            {
                lines.Add(new QualityReportLine(goal, null, null, null, null, nextDue, false, []));
                continue;
            }

            var result = QualityControl.Decide(goal, points, options);
            lines.Add(result.TryGetValue(out var decided)
                ? new QualityReportLine(goal, decided, SeriesChart(goal, points, options)?.Variation.Value, SeriesChart(goal, points, options)?.Assurance.Value, latest, nextDue, overdue, [])
                : new QualityReportLine(goal, null, null, null, latest, nextDue, overdue, result.Issues));
        }

        return new QualityReport(asOf, year, [.. lines]);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Quality report {Year} on {ModelText.Date(AsOf)}: " + string.Join("; ", Lines.Select(l =>
            $"{l.Goal.Id}: " + (l.Decision?.Why.Conclusion ?? (l.Issues.IsEmpty ? "no points yet, due now" : $"{l.Issues.Length} issue(s) in its measure"))
            + (l.Overdue ? $" (next point overdue since {ModelText.Date(l.NextDue)})" : "")));

    private static XmrChart? SeriesChart(QualityGoal goal, IReadOnlyList<MeasurePoint> points, SpcOptions? options) =>
        MeasureSeries.Create(goal.Measure, points, goal.Direction, goal.Target).TryGetValue(out var s) ? XmrChart.Calculate(s, options) : null;
}
