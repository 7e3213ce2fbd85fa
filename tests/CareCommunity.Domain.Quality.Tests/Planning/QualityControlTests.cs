using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Quality.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;
using static CareCommunity.Domain.Quality.Tests.Planning.PlanSamples;

namespace CareCommunity.Domain.Quality.Tests.Planning;

/// <summary>
/// The control loop of QUA-1: 14 points alternating 10 and 12 have mean 11 and mean moving range 2, so process limits
/// 11 ± 2.66 × 2 = 5.68 .. 16.32. A sporadic signal calls for control action, chronic under-performance for improvement.
/// </summary>
public sealed class QualityControlTests
{
    private static QualityControlDecision Decide(decimal? target, ImprovementDirection direction, params decimal[] values) =>
        QualityControl.Decide(Goal("falls", target: target, direction: direction), Points(values)).Value.Value;

    [Fact]
    public void StableAndWhollyOnTheGoodSideOfTheTarget_IsOnTrack()
    {
        // Lower is better, target 20: the upper limit 16.32 is below it, so every point meets the target (pass).
        var decision = Decide(20m, ImprovementDirection.Down, Alternating14);
        Assert.True(decision.IsT0);
        Assert.False(decision.AsT0.Improving);
    }

    [Fact]
    public void StableButWhollyShortOfTheTarget_NeedsAnImprovementProject()
    {
        // Higher is better, target 20: the process (5.68 .. 16.32) consistently fails it — chronic, not sporadic.
        var decision = Decide(20m, ImprovementDirection.Up, Alternating14);
        Assert.Equal(AssuranceIcon.Fail, decision.AsT2.Assurance);
    }

    [Fact]
    public void StableWithTheTargetBetweenTheLimits_HitsAndMisses_AndNeedsImprovement()
    {
        var decision = Decide(11m, ImprovementDirection.Up, Alternating14);
        Assert.Equal(AssuranceIcon.HitAndMiss, decision.AsT2.Assurance);
    }

    [Fact]
    public void APointBeyondTheLimitOnTheBadSide_CallsForControlAction()
    {
        // Lower is better; 30 lies above the upper process limit: a special cause concern.
        var decision = Decide(20m, ImprovementDirection.Down, [.. Alternating14, 30m]);
        Assert.True(decision.IsT1);
        Assert.Contains(decision.AsT1.Signals, s => s.Rule == SpecialCauseRule.BeyondProcessLimit && s.Points.Contains(14));
    }

    [Fact]
    public void TwelvePointsOrFewer_OrNoTarget_AreNotAssured()
    {
        Assert.Contains("run chart", Decide(20m, ImprovementDirection.Down, [.. Alternating14.Take(12)]).AsT3.Reason, StringComparison.Ordinal);
        Assert.Contains("no target", Decide(null, ImprovementDirection.Down, Alternating14).AsT3.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AMeasureWithAGap_IsRefusedWithALocatedIssue()
    {
        var points = Points(Alternating14).Select((p, i) => i == 3 ? p with { Value = null } : p).ToArray();
        var result = QualityControl.Decide(Goal("falls"), points);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Issues, i => i.Location.ToString() == "$.points[3].value" || i.Location.ToString().StartsWith("$.points[3]", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDecision_ExplainsItselfWithQua1AndTheChartsRules()
    {
        var explained = QualityControl.Decide(Goal("falls", target: 20m, direction: ImprovementDirection.Up), Points(Alternating14)).Value;
        Assert.Equal("QUA-1", explained.Why.Rules[0].Rule.ToString());
        Assert.Equal("fail", explained.Why.Rules[0].Inputs["assurance"]);
        Assert.Contains("needs an improvement project", explained.Why.Conclusion, StringComparison.Ordinal);
        Assert.True(explained.Why.Rules.Length > 1);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property ControlAction_IsDecidedExactlyWhenTheLatestVariationIsAConcern() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 40)).Where(a => a.Length is >= 2 and <= 40)), Arb.From(Gen.Elements(ImprovementDirection.Up, ImprovementDirection.Down)), (values, direction) =>
        {
            var goal = Goal("falls", target: 20m, direction: direction);
            var points = Points(values.Select(v => (decimal)v)).ToArray();
            var chart = XmrChart.Calculate(MeasureSeries.Create("m", points, direction, 20m).Value);
            var decision = QualityControl.Decide(goal, chart).Value;
            Assert.Equal(chart.Variation.Value == VariationIcon.SpecialCauseConcern, decision.IsT1);
            Assert.False(decision.IsT2 && chart.IsRunChartOnly);
        });
}

public sealed class QualityReportTests
{
    [Fact]
    public void TheReport_ListsTheYearsGoals_WithTheirDecisionsAndWhatIsDue()
    {
        var asOf = new LocalDate(2024, 3, 15);
        var plan = Plan(Goal("falls", target: 20m, direction: ImprovementDirection.Down), Goal("ulcers"), Goal("next-year", 2024));
        var falls = Points(Alternating14).Select(p => p with { Date = new LocalDate(2022, 11, 1).PlusMonths(p.Date.Month - 1 + ((p.Date.Year - 2024) * 12)) }).ToArray();
        var measures = new Dictionary<QualityGoalId, IReadOnlyList<MeasurePoint>> { [QualityGoalId.Create("falls")] = falls };

        var report = QualityReport.Create(plan, measures, asOf);

        Assert.Equal("2023/24", report.Year.ToString());
        Assert.Equal(["falls", "ulcers"], report.Lines.Select(l => l.Goal.Id.Value));
        var line = report.Lines[0];
        Assert.True(line.Decision!.Value.IsT0);
        Assert.Equal(AssuranceIcon.Pass, line.Assurance);
        Assert.Equal(new LocalDate(2023, 12, 1), line.LatestPoint);
        Assert.Equal(new LocalDate(2024, 2, 1), line.NextDue);
        Assert.True(line.Overdue);
        Assert.Null(report.Lines[1].Decision);
        Assert.Equal(asOf, report.Lines[1].NextDue);
        Assert.Contains("next point overdue since 2024-02-01", report.ToString(), StringComparison.Ordinal);
    }
}
