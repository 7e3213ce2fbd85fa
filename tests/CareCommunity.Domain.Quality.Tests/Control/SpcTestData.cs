using CareCommunity.Domain.Quality.Control;
using NodaTime;

namespace CareCommunity.Domain.Quality.Tests.Control;

internal static class SpcTestData
{
    public static readonly LocalDate Start = new(2024, 1, 1);

    /// <summary>14 points alternating 10, 12: mean 11, every moving range 2.</summary>
    public static decimal[] Alternating14 => [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

    public static IEnumerable<MeasurePoint> Points(IEnumerable<decimal> values, params int[] ghosted) =>
        values.Select((v, i) => new MeasurePoint(Start.PlusMonths(i), v, ghosted.Contains(i)));

    public static MeasureSeries Series(IEnumerable<decimal> values, ImprovementDirection direction = ImprovementDirection.Neither,
        decimal? target = null, int? baseline = null, int[]? recalculateAt = null, int[]? ghosted = null) =>
        MeasureSeries.Create("Test measure", Points(values, ghosted ?? []), direction, target,
            (recalculateAt ?? []).Select(i => Start.PlusMonths(i)), baseline).Value;

    public static XmrChart Chart(IEnumerable<decimal> values, SpcOptions? options = null, ImprovementDirection direction = ImprovementDirection.Neither,
        decimal? target = null, int? baseline = null, int[]? recalculateAt = null, int[]? ghosted = null) =>
        XmrChart.Calculate(Series(values, direction, target, baseline, recalculateAt, ghosted), options);

    public static int[] Flagged(this XmrChart chart, SpecialCauseRule rule) =>
        [.. chart.Signals.Where(s => s.Rule == rule).SelectMany(s => s.Points).Distinct().Order()];
}
