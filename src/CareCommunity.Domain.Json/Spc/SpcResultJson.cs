using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Quality.Control;

namespace CareCommunity.Domain.Json.Spc;

/// <summary>Writes the result of reading and charting a measure series as JSON (<c>docs/schemas/spc-result.schema.json</c>).</summary>
public static class SpcResultJson
{
    /// <summary>The result as its contract.</summary>
    /// <param name="result">The result.</param>
    /// <param name="file">The input file as given, if any.</param>
    /// <param name="preset">The preset's name as the command line spells it (mdc-excel, mdc-sql, plot-the-dots), if one was named.</param>
    /// <returns>The contract.</returns>
    public static SpcResultContract ToContract(MeasureSeriesValidationResult result, string? file = null, string? preset = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SpcResultContract(CareCommunityDocumentContract.CurrentSchemaVersion, ValidationReportJson.ToContract(result.Report),
            result.Chart is { } chart ? ToContract(chart, preset) : null, file);
    }

    /// <summary>A chart as its contract.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="preset">The preset's name, if one was named.</param>
    /// <returns>The contract.</returns>
    public static SpcChartContract ToContract(XmrChart chart, string? preset = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var o = chart.Options;
        var points = chart.Points;
        return new SpcChartContract(
            chart.Series.Title,
            EnumText.Format(chart.Series.Direction),
            new SpcOptionsContract(o.ShiftLength, o.TrendLength, o.BeyondThreeSigmaCountsTowardTwoOfThree, o.ShiftCrossesRecalculation,
                o.TrendCrossesRecalculation, o.TwoOfThreeCrossesRecalculation, EnumText.Format(o.Conflict), o.ScreenMovingRangeOutliers,
                EnumText.Format(o.TargetOnLimit), preset),
            [.. chart.Partitions.Select(p => new SpcPartitionContract(p.Index, p.FirstPoint, points[p.FirstPoint].Date, points[p.FirstPoint + p.PointCount - 1].Date,
                p.PointCount, p.CalculationPointCount, p.IsRunChart, p.ExcludedMovingRanges, p.Mean, p.MeanMovingRange,
                p.Limits is { } l ? new SpcLimitsContract(l.Lower, l.Upper, l.LowerTwoSigma, l.UpperTwoSigma, l.LowerOneSigma, l.UpperOneSigma, l.Sigma) : null))],
            [.. points.Select(p => new SpcPointContract(p.Index, p.Date, p.Value, p.IsGhosted, p.Partition, [.. p.Rules.Select(r => (int)r)],
                EnumText.Format(p.Variation), p.MovingRange))],
            [.. chart.Signals.Select(s => new SpcSignalContract((int)s.Rule, EnumText.Format(s.Rule), EnumText.Format(s.Side), [.. s.Points],
                [.. s.Points.Select(i => points[i].Date)], EnumText.Format(s.Variation)))],
            new SpcVariationContract(EnumText.Format(chart.Variation.Value), Explain(chart.Variation.Why)),
            new SpcAssuranceContract(EnumText.Format(chart.Assurance.Value), Explain(chart.Assurance.Why)),
            Explain(chart.Why),
            chart.Series.Target);
    }

    /// <summary>The result as indented JSON.</summary>
    /// <param name="result">The result.</param>
    /// <param name="file">The input file as given, if any.</param>
    /// <param name="preset">The preset's name, if one was named.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(MeasureSeriesValidationResult result, string? file = null, string? preset = null) =>
        ReadableJson.Serialize(ToContract(result, file, preset), CareCommunityJsonContext.Default.SpcResultContract);

    private static SpcExplanationContract Explain(Explanation why) =>
        new(why.Conclusion, [.. why.Rules.Select(r => new RuleCheckContract(r.Rule.ToString(), r.Applied, r.Reason, r.Inputs))]);
}
