using System.Text.Json.Serialization;
using CareCommunity.Domain.Quality.Control;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The measure series document (schema <c>docs/schemas/measure-series.schema.json</c>): a measure's dated values for
/// an XmR chart, e.g. falls with harm per month.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Direction">Which way the measure improves: up, down or neither.</param>
/// <param name="Points">The dated values, in date order.</param>
/// <param name="Target">The target, if any, for the assurance icon.</param>
/// <param name="Recalculations">Dates of points that start a new partition (limits recalculated from there).</param>
/// <param name="Baseline">The number of first points that alone fix the first partition's limits.</param>
/// <param name="Note">A free-text note, e.g. on where the figures come from.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record MeasureSeriesDocumentContract(
    string SchemaVersion,
    [property: NonBlank] string Title,
    [property: EnumValues(typeof(ImprovementDirection))] string Direction,
    IReadOnlyList<MeasurePointContract?> Points,
    decimal? Target = null,
    IReadOnlyList<LocalDate>? Recalculations = null,
    [property: ValueRange(1)] int? Baseline = null,
    string? Note = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>One dated value of a measure.</summary>
/// <param name="Date">The date the value is for (yyyy-MM-dd).</param>
/// <param name="Value">The value; null for a gap, which is reported (a series with gaps cannot be charted).</param>
/// <param name="Ghosted">True to plot the point without using it in any calculation or rule.</param>
public sealed record MeasurePointContract(LocalDate Date, decimal? Value, bool? Ghosted = null);

/// <summary>
/// The result of <c>carecommunity spc --format json</c> (schema <c>docs/schemas/spc-result.schema.json</c>): the
/// series' validation report and, when the series could be charted, the XmR chart.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="Report">Every issue found reading and checking the series.</param>
/// <param name="Chart">The chart; absent when the series was refused.</param>
/// <param name="File">The input file as given, if any.</param>
public sealed record SpcResultContract(string SchemaVersion, ValidationReportContract Report, SpcChartContract? Chart = null, string? File = null);

/// <summary>An XmR chart as JSON.</summary>
/// <param name="Title">The measure's title.</param>
/// <param name="Direction">Which way the measure improves.</param>
/// <param name="Options">The options the chart was calculated with.</param>
/// <param name="Partitions">The partitions, with mean and limits.</param>
/// <param name="Points">Every plotted point with its flags.</param>
/// <param name="Signals">Every special cause found.</param>
/// <param name="Variation">The variation icon of the latest point, explained.</param>
/// <param name="Assurance">The assurance icon, explained.</param>
/// <param name="Why">The chart's conclusion and every rule that bore on it.</param>
/// <param name="Target">The target, if any.</param>
public sealed record SpcChartContract(
    string Title,
    [property: EnumValues(typeof(ImprovementDirection))] string Direction,
    SpcOptionsContract Options,
    IReadOnlyList<SpcPartitionContract> Partitions,
    IReadOnlyList<SpcPointContract> Points,
    IReadOnlyList<SpcSignalContract> Signals,
    SpcVariationContract Variation,
    SpcAssuranceContract Assurance,
    SpcExplanationContract Why,
    decimal? Target = null);

/// <summary>The SPC options a chart was calculated with (docs/decisions/0019).</summary>
/// <param name="ShiftLength">N for the shift rule.</param>
/// <param name="TrendLength">N for the trend rule.</param>
/// <param name="BeyondThreeSigmaCountsTowardTwoOfThree">Whether a point beyond a limit counts toward two-of-three.</param>
/// <param name="ShiftCrossesRecalculation">Whether a shift may run across a recalculation.</param>
/// <param name="TrendCrossesRecalculation">Whether a trend may run across a recalculation.</param>
/// <param name="TwoOfThreeCrossesRecalculation">Whether two-of-three may span a recalculation.</param>
/// <param name="Conflict">Which classification wins a conflict.</param>
/// <param name="ScreenMovingRangeOutliers">Whether moving-range outliers are screened.</param>
/// <param name="TargetOnLimit">How a target on a limit is read.</param>
/// <param name="Preset">The preset named on the command line, if any: mdc-excel, mdc-sql or plot-the-dots.</param>
public sealed record SpcOptionsContract(
    int ShiftLength,
    int TrendLength,
    bool BeyondThreeSigmaCountsTowardTwoOfThree,
    bool ShiftCrossesRecalculation,
    bool TrendCrossesRecalculation,
    bool TwoOfThreeCrossesRecalculation,
    [property: EnumValues(typeof(ConflictResolution))] string Conflict,
    bool ScreenMovingRangeOutliers,
    [property: EnumValues(typeof(TargetOnLimit))] string TargetOnLimit,
    string? Preset = null);

/// <summary>One partition of the chart.</summary>
/// <param name="Index">Its number, from 0.</param>
/// <param name="FirstPoint">The index of its first point.</param>
/// <param name="FirstDate">The date of its first point.</param>
/// <param name="LastDate">The date of its last point.</param>
/// <param name="PointCount">How many points it holds, ghosted ones included.</param>
/// <param name="CalculationPointCount">How many points define its figures.</param>
/// <param name="RunChart">True when it has no process limits (12 or fewer calculation points).</param>
/// <param name="ExcludedMovingRanges">How many moving ranges the outlier screening excluded.</param>
/// <param name="Mean">The mean, if any.</param>
/// <param name="MeanMovingRange">The mean moving range, if any.</param>
/// <param name="Limits">The process limits; absent for a run chart.</param>
public sealed record SpcPartitionContract(int Index, int FirstPoint, LocalDate FirstDate, LocalDate LastDate, int PointCount, int CalculationPointCount,
    bool RunChart, int ExcludedMovingRanges, decimal? Mean = null, decimal? MeanMovingRange = null, SpcLimitsContract? Limits = null);

/// <summary>A partition's process limits and sigma lines.</summary>
/// <param name="Lower">The lower process limit.</param>
/// <param name="Upper">The upper process limit.</param>
/// <param name="LowerTwoSigma">Mean − 2 sigma.</param>
/// <param name="UpperTwoSigma">Mean + 2 sigma.</param>
/// <param name="LowerOneSigma">Mean − 1 sigma.</param>
/// <param name="UpperOneSigma">Mean + 1 sigma.</param>
/// <param name="Sigma">The mean moving range / 1.128.</param>
public sealed record SpcLimitsContract(decimal Lower, decimal Upper, decimal LowerTwoSigma, decimal UpperTwoSigma, decimal LowerOneSigma, decimal UpperOneSigma, decimal Sigma);

/// <summary>One plotted point.</summary>
/// <param name="Index">Its index in the series.</param>
/// <param name="Date">Its date.</param>
/// <param name="Value">Its value.</param>
/// <param name="Ghosted">True when it is used in no calculation or rule.</param>
/// <param name="Partition">The partition it belongs to.</param>
/// <param name="Rules">The numbers (1-4) of the rules that flagged it.</param>
/// <param name="Variation">Its classification.</param>
/// <param name="MovingRange">Its moving range, if any.</param>
public sealed record SpcPointContract(int Index, LocalDate Date, decimal Value, bool Ghosted, int Partition, IReadOnlyList<int> Rules,
    [property: EnumValues(typeof(VariationIcon))] string Variation, decimal? MovingRange = null);

/// <summary>One special cause found.</summary>
/// <param name="Rule">The rule's number, 1 to 4.</param>
/// <param name="RuleName">The rule: beyondProcessLimit, shift, trend or twoOfThreeBeyondTwoSigma.</param>
/// <param name="Side">high or low.</param>
/// <param name="Points">The indexes of the points flagged.</param>
/// <param name="Dates">Their dates.</param>
/// <param name="Variation">Improvement, concern or neither.</param>
public sealed record SpcSignalContract(
    int Rule,
    [property: EnumValues(typeof(SpecialCauseRule))] string RuleName,
    [property: EnumValues(typeof(SignalSide))] string Side,
    IReadOnlyList<int> Points,
    IReadOnlyList<LocalDate> Dates,
    [property: EnumValues(typeof(VariationIcon))] string Variation);

/// <summary>The variation icon, explained.</summary>
/// <param name="Icon">The icon.</param>
/// <param name="Why">Why.</param>
public sealed record SpcVariationContract([property: EnumValues(typeof(VariationIcon))] string Icon, SpcExplanationContract Why);

/// <summary>The assurance icon, explained.</summary>
/// <param name="Icon">The icon.</param>
/// <param name="Why">Why.</param>
public sealed record SpcAssuranceContract([property: EnumValues(typeof(AssuranceIcon))] string Icon, SpcExplanationContract Why);

/// <summary>An explanation: the conclusion and every rule that bore on it.</summary>
/// <param name="Conclusion">The conclusion in words.</param>
/// <param name="Rules">The rules, in the order considered.</param>
public sealed record SpcExplanationContract(string Conclusion, IReadOnlyList<RuleCheckContract> Rules);
