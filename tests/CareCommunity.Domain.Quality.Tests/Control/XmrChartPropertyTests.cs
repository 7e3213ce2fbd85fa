using CareCommunity.Domain.Quality.Control;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class XmrChartPropertyTests
{
    private static readonly SpcOptions[] Presets =
    [
        SpcOptions.Default, SpcOptions.MdcSql, SpcOptions.PlotTheDots,
        SpcOptions.Default with { ShiftLength = 7, TrendLength = 7, Conflict = ConflictResolution.PreferConcern },
    ];

    // Values in tenths from the generated shorts; a recalculation half way when asked and long enough; a baseline when asked.
    private static XmrChart Build(short[] raw, byte shape, Func<decimal, decimal> transform, ImprovementDirection direction = ImprovementDirection.Up)
    {
        var values = raw.Select(r => transform(r / 10m)).ToArray();
        int[] recalc = (shape & 1) == 1 && values.Length >= 4 ? [values.Length / 2] : [];
        int? baseline = (shape & 2) == 2 ? Math.Max(1, (recalc.Length == 1 ? recalc[0] : values.Length) - 1) : null;
        int[] ghosted = (shape & 4) == 4 && values.Length > 2 ? [1] : [];
        return Chart(values, Presets[(shape >> 3) % Presets.Length], direction, baseline: baseline, recalculateAt: recalc, ghosted: ghosted);
    }

    private static bool Close(decimal? expected, decimal? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs(a - expected.Value) <= 1e-18m * Math.Max(1m, Math.Abs(expected.Value));

    private static string Flags(XmrChart chart) =>
        string.Join(";", chart.Signals.Select(s => $"{s.Rule}/{s.Side}/{string.Join(",", s.Points)}/{s.Variation}"))
        + "|" + string.Join(",", chart.Points.Select(p => p.Variation));

    private static bool FiguresMap(XmrChart before, XmrChart after, Func<decimal, decimal> level, Func<decimal, decimal> spread) =>
        before.Partitions.Zip(after.Partitions).All(x =>
            Close(x.First.Mean is { } m ? level(m) : null, x.Second.Mean)
            && Close(x.First.MeanMovingRange is { } r ? spread(r) : null, x.Second.MeanMovingRange)
            && (x.First.Limits is null) == (x.Second.Limits is null)
            && (x.First.Limits is not { } l || (Close(level(l.Lower), x.Second.Limits!.Lower) && Close(level(l.Upper), x.Second.Limits.Upper)
                && Close(level(l.UpperTwoSigma), x.Second.Limits.UpperTwoSigma) && Close(level(l.LowerOneSigma), x.Second.Limits.LowerOneSigma))));

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool AddingAConstant_ShiftsMeanAndLimits_FlagsUnchanged(short[] raw, short constant, byte shape)
    {
        if (raw.Length == 0)
        {
            return true;
        }

        var c = constant / 10m;
        var before = Build(raw, shape, v => v);
        var after = Build(raw, shape, v => v + c);
        return FiguresMap(before, after, v => v + c, r => r) && Flags(before) == Flags(after);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool ScalingByAPositiveFactor_ScalesMeanAndLimits_FlagsUnchanged(short[] raw, byte factor, byte shape)
    {
        if (raw.Length == 0)
        {
            return true;
        }

        var k = (factor + 1) / 8m;
        var before = Build(raw, shape, v => v);
        var after = Build(raw, shape, v => v * k);
        return FiguresMap(before, after, v => v * k, r => r * k) && Flags(before) == Flags(after);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool ReversingTheDirection_SwapsImprovementAndConcern(short[] raw, byte shape)
    {
        if (raw.Length == 0)
        {
            return true;
        }

        var up = Build(raw, shape, v => v, ImprovementDirection.Up);
        var down = Build(raw, shape, v => v, ImprovementDirection.Down);
        static VariationIcon Swap(VariationIcon v) => v switch
        {
            VariationIcon.SpecialCauseImprovement => VariationIcon.SpecialCauseConcern,
            VariationIcon.SpecialCauseConcern => VariationIcon.SpecialCauseImprovement,
            _ => v,
        };

        // A point flagged both ways is resolved by the option, not the direction, so compare only points flagged one way.
        bool OneWay(XmrChart chart, int i) => chart.Signals.Where(s => s.Points.Contains(i)).Select(s => s.Side).Distinct().Count() <= 1;
        return up.Signals.Zip(down.Signals).All(x => x.First.Rule == x.Second.Rule && Swap(x.First.Variation) == x.Second.Variation)
            && up.Signals.Length == down.Signals.Length
            && up.Points.Where(p => OneWay(up, p.Index)).All(p => Swap(p.Variation) == down.Points[p.Index].Variation);
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public bool AnySeries_AcceptedOrRefusedWithIssues_NeverThrows((decimal? Value, sbyte Day, bool Ghosted)[] raw, sbyte[] recalculations, int? baseline, decimal? target, byte shape)
    {
        raw ??= [];
        var points = raw.Select(r => new MeasurePoint(Start.PlusDays(r.Day), r.Value, r.Ghosted));
        var result = MeasureSeries.Create("Any", points, (ImprovementDirection)(shape % 3), target,
            (recalculations ?? []).Select(d => Start.PlusDays(d)), baseline);
        if (!result.TryGetValue(out var series))
        {
            return result.Issues.Length > 0 && result.Issues.All(i => i.Location.ToString().StartsWith('$'));
        }

        var chart = XmrChart.Calculate(series, Presets[shape % Presets.Length]);
        var svg = XmrChartSvg.Render(chart);
        return chart.Points.Length == series.Points.Length && svg.Length > 0 && chart.Why.Conclusion.Length > 0;
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public bool SortedDistinctDatesWithValues_AlwaysAccepted(decimal[] raw)
    {
        raw ??= [];
        var bounded = raw.Where(v => Math.Abs(v) <= MeasureSeries.MaxMagnitude).ToArray();
        var result = MeasureSeries.Create("Any", bounded.Select((v, i) => new MeasurePoint(new LocalDate(2020, 1, 1).PlusDays(i), v)));
        return bounded.Length == 0 ? !result.IsSuccess : result.IsSuccess;
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool WideDecimals_AcceptedOrRefused_NeverThrow((int Lo, int Mid, int Hi, bool Negative, byte Scale, bool Ghosted)[] raw, byte shape)
    {
        raw ??= [];
        // Mantissas up to 96 bits and scales 0–28: from 1e-28 to decimal.MaxValue; beyond ±1e20 they are refused.
        var points = raw.Select((r, i) => new MeasurePoint(Start.PlusDays(i),
            new decimal(r.Lo, r.Mid, (shape & 1) == 1 ? r.Hi : r.Hi & 0x3, r.Negative, (byte)(r.Scale % 29)), r.Ghosted));
        var result = MeasureSeries.Create("Wide", points, (ImprovementDirection)(shape % 3), target: 0m);
        if (!result.TryGetValue(out var series))
        {
            return result.Issues.Length > 0;
        }

        var chart = XmrChart.Calculate(series, Presets[shape % Presets.Length]);
        return XmrChartSvg.Render(chart).Length > 0 && chart.Partitions.Length == 1;
    }
}
