using CareCommunity.Domain.Quality.Control;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class SpecialCauseRuleTests
{
    private static readonly SpcOptions Seven = SpcOptions.Default with { ShiftLength = 7, TrendLength = 7 };

    // k points at 1 then k at -1: mean exactly 0, no trend (equal values), one run of k on each side.
    private static decimal[] TwoRuns(int k) => [.. Enumerable.Repeat(1m, k), .. Enumerable.Repeat(-1m, k)];

    [Theory]
    [InlineData(5, 6, false)]
    [InlineData(6, 6, true)]
    [InlineData(7, 6, true)]
    [InlineData(5, 7, false)]
    [InlineData(6, 7, false)]
    [InlineData(7, 7, true)]
    public void Shift_RunOfKPoints_FlaggedFromN(int k, int n, bool flagged)
    {
        var chart = Chart(TwoRuns(k), n == 7 ? Seven : null);

        Assert.Equal(flagged ? Enumerable.Range(0, 2 * k) : [], chart.Flagged(SpecialCauseRule.Shift));
        Assert.Equal(flagged, chart.Why.Rules.Single(r => r.Rule == XmrChart.ShiftRule).Applied);
    }

    [Fact]
    public void Shift_PointExactlyOnTheMean_BreaksTheRun()
    {
        // Sum 3 + 0 + 3 − 6 = 0, so the mean is exactly 0 and point 3 is on it: the runs above are 3 and 3.
        var chart = Chart([1, 1, 1, 0, 1, 1, 1, -1, -1, -1, -1, -1, -1]);

        var signal = Assert.Single(chart.Signals, s => s.Rule == SpecialCauseRule.Shift);
        Assert.Equal(SignalSide.Low, signal.Side);
        Assert.Equal([7, 8, 9, 10, 11, 12], signal.Points.ToArray());
    }

    [Fact]
    public void Shift_SamePointJustAboveTheMean_ContinuesTheRun()
    {
        // 0.5 instead of 0: sum 0.5, mean 0.5 / 13 ≈ 0.038, so all seven first points are above it.
        var chart = Chart([1, 1, 1, 0.5m, 1, 1, 1, -1, -1, -1, -1, -1, -1]);

        Assert.Equal(Enumerable.Range(0, 13), chart.Flagged(SpecialCauseRule.Shift));
    }

    [Theory]
    [InlineData(5, 6, false)]
    [InlineData(6, 6, true)]
    [InlineData(7, 6, true)]
    [InlineData(5, 7, false)]
    [InlineData(6, 7, false)]
    [InlineData(7, 7, true)]
    public void Trend_KIncreasingPoints_FlaggedFromN(int k, int n, bool flagged)
    {
        // 9, 9, 9 then 1 … k: the drop 9 → 1 is a run of two; 1 … k a run of k increasing points.
        decimal[] values = [9, 9, 9, .. Enumerable.Range(1, k).Select(i => (decimal)i)];
        var chart = Chart(values, n == 7 ? Seven : null);

        Assert.Equal(flagged ? Enumerable.Range(3, k) : [], chart.Flagged(SpecialCauseRule.Trend));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void Trend_KDecreasingPoints_FlaggedLow(int k, bool flagged)
    {
        decimal[] values = [0, 0, .. Enumerable.Range(1, k).Select(i => (decimal)(10 - i))];
        var chart = Chart(values, direction: ImprovementDirection.Down);

        var signals = chart.Signals.Where(s => s.Rule == SpecialCauseRule.Trend).ToArray();
        Assert.Equal(flagged ? 1 : 0, signals.Length);
        if (flagged)
        {
            Assert.Equal(SignalSide.Low, signals[0].Side);
            Assert.Equal(VariationIcon.SpecialCauseImprovement, signals[0].Variation);
        }
    }

    [Fact]
    public void Trend_RepeatedValue_BreaksTheRun()
    {
        // 1 2 3 3 4 5 6: runs 1–3 (three points) and 3–6 (four points); neither reaches 6.
        Assert.Empty(Chart([1, 2, 3, 3, 4, 5, 6]).Flagged(SpecialCauseRule.Trend));
        Assert.Equal([0, 1, 2, 3, 4, 5], Chart([1, 2, 3, 4, 5, 6]).Flagged(SpecialCauseRule.Trend));
    }

    [Fact]
    public void BeyondLimit_PointsJustInsideAndOutside()
    {
        // Baseline 10, 12 ×7: limits 5.68 and 16.32 (see XmrChartTests). 16.32 is on the limit, not beyond.
        var chart = Chart([.. Alternating14, 16.32m, 11, 16.33m, 11, 5.67m], baseline: 14);

        Assert.Equal([16, 18], chart.Flagged(SpecialCauseRule.BeyondProcessLimit));
        Assert.Equal([SignalSide.High, SignalSide.Low],
            chart.Signals.Where(s => s.Rule == SpecialCauseRule.BeyondProcessLimit).Select(s => s.Side));
    }

    [Fact]
    public void TwoOfThree_ExactlyTwoOfThreeBeyondTwoSigma_Flagged()
    {
        // Baseline limits: upper two-sigma line 11 + 2 × 2 / 1.128 ≈ 14.546. 15, 11, 15: two of three beyond it.
        var chart = Chart([.. Alternating14, 11, 15, 11, 15, 11], direction: ImprovementDirection.Up, baseline: 14);

        Assert.Equal([15, 17], chart.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
        Assert.All(chart.Signals, s => Assert.Equal(VariationIcon.SpecialCauseImprovement, s.Variation));
    }

    [Fact]
    public void TwoOfThree_TwoBeyondButFourApart_NotFlagged()
    {
        // 15, 11, 11, 15: every window of three holds only one point beyond the two-sigma line.
        var chart = Chart([.. Alternating14, 15, 11, 11, 15, 11], baseline: 14);

        Assert.Empty(chart.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
    }

    [Fact]
    public void TwoOfThree_OnDifferentSides_NotFlagged()
    {
        // 15 above the upper two-sigma line, 7 below the lower (≈ 7.454): not the same side.
        var chart = Chart([.. Alternating14, 15, 7, 11], baseline: 14);

        Assert.Empty(chart.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
    }

    [Fact]
    public void TwoOfThree_BeyondThreeSigmaPoint_CountsOnlyWithTheSqlOption()
    {
        // 15 is beyond two sigma (≈ 14.546), 17 beyond the upper limit 16.32 (three sigma).
        decimal[] values = [.. Alternating14, 15, 11, 17, 11];
        var excel = Chart(values, SpcOptions.MdcExcelTool, baseline: 14);
        var sql = Chart(values, SpcOptions.MdcSql, baseline: 14);

        Assert.Empty(excel.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
        Assert.Equal([16], excel.Flagged(SpecialCauseRule.BeyondProcessLimit));
        Assert.Equal([14, 16], sql.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
    }

    [Fact]
    public void Shift_AcrossRecalculation_OnlyWhenTheOptionSaysSo()
    {
        // Partition 1: 10, 12 ×7 then four points at 13 (mean (154 + 52) / 18 ≈ 11.44): five above at its end (12, 13 ×4).
        // Partition 2 (recalculated at point 18): 30, 30, then 18, 26 ×6: mean 324 / 14 ≈ 23.14; its first two points above.
        // Across the recalculation that is a run of 7 (Excel); within each partition runs of 5 and 2 (SQL).
        decimal[] second = [30, 30, 18, 26, 18, 26, 18, 26, 18, 26, 18, 26, 18, 26];
        decimal[] values = [.. Alternating14, 13, 13, 13, 13, .. second];
        var excel = Chart(values, SpcOptions.MdcExcelTool, recalculateAt: [18]);
        var sql = Chart(values, SpcOptions.MdcSql, recalculateAt: [18]);

        Assert.Equal([13, 14, 15, 16, 17, 18, 19], excel.Flagged(SpecialCauseRule.Shift));
        Assert.Empty(sql.Flagged(SpecialCauseRule.Shift));
    }

    [Fact]
    public void Conflict_PointBothImprovementAndConcern_ResolvedByOption()
    {
        // Up is better. 6 decreasing points (trend low: concern) while the first of them is beyond the upper limit (improvement).
        decimal[] values = [.. Alternating14, 20, 19, 18, 17, 16, 15];
        var excel = Chart(values, direction: ImprovementDirection.Up, baseline: 14);
        var concern = Chart(values, SpcOptions.Default with { Conflict = ConflictResolution.PreferConcern }, ImprovementDirection.Up, baseline: 14);

        Assert.Equal(VariationIcon.SpecialCauseImprovement, excel.Points[14].Variation);
        Assert.Equal(VariationIcon.SpecialCauseConcern, concern.Points[14].Variation);
        Assert.Equal([SpecialCauseRule.BeyondProcessLimit, SpecialCauseRule.Shift, SpecialCauseRule.Trend], excel.Points[14].Rules.ToArray());
    }

    [Fact]
    public void NoDirection_SpecialCauseNeither()
    {
        var chart = Chart([.. Alternating14, 20], baseline: 14);

        Assert.Equal(VariationIcon.SpecialCauseNeither, chart.Variation.Value);
        Assert.Equal(AssuranceIcon.None, chart.Assurance.Value);
    }

    [Fact]
    public void Explanation_NamesRulePointsAndFigures()
    {
        var chart = Chart([.. Alternating14, 20], direction: ImprovementDirection.Down, baseline: 14);

        var rule1 = chart.Why.Rules.Single(r => r.Rule == XmrChart.BeyondLimitRule);
        Assert.True(rule1.Applied);
        Assert.Contains("14 (2025-03-01)", rule1.Reason, StringComparison.Ordinal);
        Assert.Contains("special cause concern", rule1.Reason, StringComparison.Ordinal);
        Assert.Equal("16.32", rule1.Inputs["partition1.upperLimit"]);
        Assert.Equal("6", chart.Why.Rules.Single(r => r.Rule == XmrChart.ShiftRule).Inputs["N"]);
    }
}

public class RecalculationCrossingTests
{
    [Fact]
    public void Trend_AcrossRecalculation_CrossesInBothMdcToolsUnlessTurnedOff()
    {
        // 1, 2, 3 end partition 1; 4, 5, 6 start partition 2: one trend of six across the recalculation at point 6.
        decimal[] values = [9, 9, 9, 1, 2, 3, 4, 5, 6, 0, 0, 0];
        var noCrossing = SpcOptions.Default with { TrendCrossesRecalculation = false };

        Assert.Equal([3, 4, 5, 6, 7, 8], Chart(values, SpcOptions.MdcExcelTool, recalculateAt: [6]).Flagged(SpecialCauseRule.Trend));
        Assert.Equal([3, 4, 5, 6, 7, 8], Chart(values, SpcOptions.MdcSql, recalculateAt: [6]).Flagged(SpecialCauseRule.Trend));
        Assert.Empty(Chart(values, noCrossing, recalculateAt: [6]).Flagged(SpecialCauseRule.Trend));
    }

    [Fact]
    public void TwoOfThree_AcrossRecalculation_OnlyWithExcelDefaults()
    {
        // Partition 1: 10, 12 ×7, 16 → mean 170 / 15 ≈ 11.33, moving ranges 13 × 2 + 4 = 30 over 14 ≈ 2.143,
        // two-sigma line 11.33 + 2 × 2.143 / 1.128 ≈ 15.13, upper limit 11.33 + 2.66 × 2.143 ≈ 17.03.
        // Partition 2 (from point 15): 16, 10, 12 ×7 → mean ≈ 11.33, moving ranges 6 + 13 × 2 = 32 over 14 ≈ 2.286,
        // two-sigma line ≈ 15.39, upper limit ≈ 17.41. So each 16 is beyond two sigma, within three, in its own partition:
        // two of three only when the window may span the recalculation.
        decimal[] values = [.. Alternating14, 16, 16, .. Alternating14];
        var excel = Chart(values, SpcOptions.MdcExcelTool, recalculateAt: [15]);
        var sql = Chart(values, SpcOptions.MdcSql, recalculateAt: [15]);
        var line1 = excel.Partitions[0].Limits!.UpperTwoSigma;
        var line2 = excel.Partitions[1].Limits!.UpperTwoSigma;
        Assert.True(16 > line1 && 16 > line2 && 16 <= excel.Partitions[0].Limits!.Upper && 16 <= excel.Partitions[1].Limits!.Upper);

        Assert.Equal([14, 15], excel.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
        Assert.Empty(sql.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
    }
}

public class TwoSigmaLineTests
{
    [Fact]
    public void TwoOfThree_PointsExactlyOnTheTwoSigmaLine_AreNotBeyondIt()
    {
        // Baseline 10, 11.128 ×7: mean 21.128 / 2 = 10.564, every moving range 1.128, so sigma = 1.128 / 1.128 = 1 exactly
        // and the upper two-sigma line is 12.564 (upper limit 10.564 + 2.66 × 1.128 = 13.56448).
        decimal[] baseline = [.. Enumerable.Range(0, 14).Select(i => i % 2 == 0 ? 10m : 11.128m)];
        var on = Chart([.. baseline, 12.564m, 12.564m, 10.564m], baseline: 14);
        var beyond = Chart([.. baseline, 12.565m, 12.565m, 10.564m], baseline: 14);

        Assert.Equal(1m, on.Partitions[0].Limits!.Sigma);
        Assert.Equal(12.564m, on.Partitions[0].Limits!.UpperTwoSigma);
        Assert.Empty(on.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
        Assert.Equal([14, 15], beyond.Flagged(SpecialCauseRule.TwoOfThreeBeyondTwoSigma));
    }
}
