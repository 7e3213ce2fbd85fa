using CareCommunity.Domain.Quality.Control;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class XmrChartTests
{
    [Fact]
    public void Calculate_AlternatingValues_HandComputedLimits()
    {
        // 10, 12 seven times: sum 154, mean 154 / 14 = 11; 13 moving ranges of 2, mean moving range 26 / 13 = 2.
        // Limits 11 ± 2.66 × 2 = 11 ± 5.32 → 5.68 and 16.32. Sigma 2 / 1.128 = 1.7730496453900709219858156028;
        // two sigma 3.5460992907801418439716312057 → lines 7.4539007092198581560283687943 and 14.546099290780141843971631206.
        var chart = Chart(Alternating14);

        var p = Assert.Single(chart.Partitions);
        Assert.Equal(11m, p.Mean);
        Assert.Equal(2m, p.MeanMovingRange);
        Assert.False(p.IsRunChart);
        Assert.Equal(5.68m, p.Limits!.Lower);
        Assert.Equal(16.32m, p.Limits.Upper);
        Assert.Equal(1.7730496453900709219858156028m, p.Limits.Sigma);
        Assert.Equal(14.546099290780141843971631206m, p.Limits.UpperTwoSigma);
        Assert.Equal(7.4539007092198581560283687943m, p.Limits.LowerTwoSigma);
        Assert.Equal(12.773049645390070921985815603m, p.Limits.UpperOneSigma);
        Assert.Empty(chart.Signals);
        Assert.Null(chart.Points[0].MovingRange);
        Assert.Equal(2m, chart.Points[1].MovingRange);
        Assert.Equal(VariationIcon.CommonCause, chart.Variation.Value);
        Assert.Contains("mean 11", chart.Why.Conclusion, StringComparison.Ordinal);
        Assert.Contains("process limits 5.68 to 16.32", chart.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TwelvePoints_RunChartWithoutLimits()
    {
        var chart = Chart(Alternating14.Take(12));

        Assert.True(chart.IsRunChartOnly);
        Assert.Null(chart.Partitions[0].Limits);
        Assert.Equal(11m, chart.Partitions[0].Mean);
        Assert.Contains("12 or fewer, so no process limits: a run chart", chart.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ThirteenPoints_HasLimits()
    {
        // 10, 12 … 10 (13 points): mean 142 / 13; 12 moving ranges of 2, mean moving range 2.
        var chart = Chart(Alternating14.Take(13));

        Assert.False(chart.IsRunChartOnly);
        Assert.Equal(2m, chart.Partitions[0].MeanMovingRange);
    }

    [Fact]
    public void Calculate_RunChart_NoBeyondLimitButShiftStillApplies()
    {
        // 12 points: 6 at 1 then 6 at -1; mean 0, no limits; both runs of 6 are shifts.
        var chart = Chart([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1]);

        Assert.True(chart.IsRunChartOnly);
        Assert.Empty(chart.Flagged(SpecialCauseRule.BeyondProcessLimit));
        Assert.Equal(Enumerable.Range(0, 12), chart.Flagged(SpecialCauseRule.Shift));
    }

    [Fact]
    public void Calculate_Recalculation_EachPartitionHasItsOwnFigures()
    {
        // Partition 1: 10, 12 ×7 → mean 11, limits 5.68–16.32. Partition 2: 20, 22 ×7 → mean 21, limits 15.68–26.32.
        // The jump 12 → 20 is not a moving range of either partition.
        var chart = Chart([.. Alternating14, .. Alternating14.Select(v => v + 10)], recalculateAt: [14]);

        Assert.Equal(2, chart.Partitions.Length);
        Assert.Equal(11m, chart.Partitions[0].Mean);
        Assert.Equal(21m, chart.Partitions[1].Mean);
        Assert.Equal(2m, chart.Partitions[1].MeanMovingRange);
        Assert.Equal(15.68m, chart.Partitions[1].Limits!.Lower);
        Assert.Equal(26.32m, chart.Partitions[1].Limits!.Upper);
        Assert.Null(chart.Points[14].MovingRange);
        Assert.Equal(1, chart.Points[14].Partition);
        Assert.Empty(chart.Signals);
    }

    [Fact]
    public void Calculate_GhostedPoint_ExcludedFromFiguresAndRules()
    {
        // 100 ghosted between the 7th and 8th points: the figures are those of the 14 others (mean 11, mean moving range 2).
        decimal[] values = [10, 12, 10, 12, 10, 12, 10, 100, 12, 10, 12, 10, 12, 10, 12];
        var chart = Chart(values, ghosted: [7]);

        Assert.Equal(11m, chart.Partitions[0].Mean);
        Assert.Equal(2m, chart.Partitions[0].MeanMovingRange);
        Assert.Equal(14, chart.Partitions[0].CalculationPointCount);
        Assert.Equal(15, chart.Partitions[0].PointCount);
        Assert.True(chart.Points[7].IsGhosted);
        Assert.Null(chart.Points[7].MovingRange);
        Assert.Equal(2m, chart.Points[8].MovingRange);
        Assert.Empty(chart.Signals);
        Assert.Equal(VariationIcon.CommonCause, chart.Points[7].Variation);
    }

    [Fact]
    public void Calculate_Baseline_FirstPointsFixTheLimits()
    {
        // Baseline: the 14 alternating points (mean 11, limits 5.68–16.32); then 20, beyond the upper limit.
        var chart = Chart([.. Alternating14, 20], direction: ImprovementDirection.Up, baseline: 14);

        Assert.Equal(11m, chart.Partitions[0].Mean);
        Assert.Equal([14], chart.Flagged(SpecialCauseRule.BeyondProcessLimit));
        Assert.Equal(VariationIcon.SpecialCauseImprovement, chart.Variation.Value);
        Assert.Contains("rule 1", chart.Variation.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MovingRangeScreening_ExcludesLargeRangesAndRecomputes()
    {
        // 10, 12 ×7 then 40, 12: ranges 13×2, 28, 28 → mean (26 + 56) / 15 = 82 / 15 ≈ 5.47; 3.267 × 82 / 15 ≈ 17.86,
        // so both 28s are excluded and the mean moving range is 26 / 13 = 2.
        decimal[] values = [.. Alternating14, 40, 12];
        var plain = Chart(values);
        var screened = Chart(values, SpcOptions.PlotTheDots);

        Assert.Equal(5.4666666666666666666666666667m, plain.Partitions[0].MeanMovingRange);
        Assert.Equal(2m, screened.Partitions[0].MeanMovingRange);
        Assert.Equal(2, screened.Partitions[0].ExcludedMovingRanges);
        Assert.Contains("excluded", screened.Why.Conclusion, StringComparison.Ordinal);
    }
}

public class XmrChartScaleTests
{
    [Fact]
    public void Calculate_FiveThousandPoints_Charts()
    {
        // A deterministic wobble with a step half way: long series chart (and render) without trouble.
        var values = Enumerable.Range(0, 5000).Select(i => (decimal)((i * 37 % 101) + (i >= 2500 ? 30 : 0)) / 7m).ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var chart = Chart(values, recalculateAt: [2500]);
        var svg = XmrChartSvg.Render(chart);

        Assert.Equal(5000, chart.Points.Length);
        Assert.True(svg.Length > 0);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), started.Elapsed.ToString());
    }
}
