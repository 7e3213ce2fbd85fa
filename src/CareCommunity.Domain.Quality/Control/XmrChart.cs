using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;
using NodaTime.Text;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// An XmR (individuals and moving range) chart of a <see cref="MeasureSeries"/> as NHS "Making Data Count" draws
/// it: per partition the mean, moving ranges, mean moving range and process limits; the four special-cause rules;
/// each point classified; the variation and assurance icons, each explained. Made by <see cref="Calculate"/>.
/// </summary>
/// <remarks>
/// <para>All arithmetic is exact (fractions of big integers); reported figures are rounded once, to 28 significant
/// digits. Comparisons with the mean and lines use the exact figures, so a point "exactly on the mean" is exactly on it.</para>
/// <para>Ghosted points are plotted only: they are in no mean, moving range or rule, and neither start nor break a run.
/// A partition with 12 or fewer calculation points has no limits (a run chart): rules 1 and 4 do not apply to its
/// points; shift and trend do. A trend is broken by an equal value (docs/decisions/0019). Immutable and thread-safe.</para>
/// </remarks>
public sealed class XmrChart
{
    /// <summary>The rule id of rule 1 in explanations.</summary>
    public static RuleId BeyondLimitRule { get; } = RuleId.Parse("SPC-1");

    /// <summary>The rule id of rule 2 (shift) in explanations.</summary>
    public static RuleId ShiftRule { get; } = RuleId.Parse("SPC-2");

    /// <summary>The rule id of rule 3 (trend) in explanations.</summary>
    public static RuleId TrendRule { get; } = RuleId.Parse("SPC-3");

    /// <summary>The rule id of rule 4 (two of three beyond two sigma) in explanations.</summary>
    public static RuleId TwoOfThreeRule { get; } = RuleId.Parse("SPC-4");

    /// <summary>The rule id of the variation icon in explanations.</summary>
    public static RuleId VariationRule { get; } = RuleId.Parse("SPC-5");

    /// <summary>The rule id of the assurance icon in explanations.</summary>
    public static RuleId AssuranceRule { get; } = RuleId.Parse("SPC-6");

    private static readonly Rational LimitFactor = Rational.Of(266, 100);
    private static readonly Rational SigmaDivisor = Rational.Of(1128, 1000);
    private static readonly Rational ScreeningFactor = Rational.Of(3267, 1000);

    private XmrChart(MeasureSeries series, SpcOptions options, ImmutableArray<XmrPartition> partitions, ImmutableArray<XmrPoint> points,
        ImmutableArray<SpecialCauseSignal> signals, Explained<VariationIcon> variation, Explained<AssuranceIcon> assurance, Explanation why)
    {
        Series = series;
        Options = options;
        Partitions = partitions;
        Points = points;
        Signals = signals;
        Variation = variation;
        Assurance = assurance;
        Why = why;
    }

    /// <summary>The series charted.</summary>
    public MeasureSeries Series { get; }

    /// <summary>The options used.</summary>
    public SpcOptions Options { get; }

    /// <summary>The partitions, in order.</summary>
    public ImmutableArray<XmrPartition> Partitions { get; }

    /// <summary>The points, in series order.</summary>
    public ImmutableArray<XmrPoint> Points { get; }

    /// <summary>Every special cause found, by rule then position.</summary>
    public ImmutableArray<SpecialCauseSignal> Signals { get; }

    /// <summary>True when no partition has process limits: the chart is a run chart only.</summary>
    public bool IsRunChartOnly => Partitions.All(p => p.IsRunChart);

    /// <summary>The variation icon, from the latest non-ghosted point, and why.</summary>
    public Explained<VariationIcon> Variation { get; }

    /// <summary>The assurance icon, from the last partition's limits and the target, and why.</summary>
    public Explained<AssuranceIcon> Assurance { get; }

    /// <summary>The whole chart explained: each partition's figures, and which rule flagged which points with N.</summary>
    public Explanation Why { get; }

    /// <summary>Calculates the chart. Never reads the clock; the same series and options always give the same chart.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The options; <see cref="SpcOptions.Default"/> when null.</param>
    /// <returns>The chart.</returns>
    public static XmrChart Calculate(MeasureSeries series, SpcOptions? options = null)
    {
        Guard.Against.Null(series);
        options ??= SpcOptions.Default;
        var points = series.Points;
        var values = points.Select(p => Rational.FromDecimal(p.Value!.Value)).ToArray();
        var starts = series.PartitionStarts;
        var partitionOf = new int[points.Length];
        var figures = new PartitionFigures[starts.Length];
        var movingRanges = new Rational?[points.Length];
        for (var p = 0; p < starts.Length; p++)
        {
            var start = starts[p];
            var end = p + 1 < starts.Length ? starts[p + 1] : points.Length;
            int? previous = null;
            for (var i = start; i < end; i++)
            {
                partitionOf[i] = p;
                if (!points[i].IsGhosted)
                {
                    if (previous is { } prev)
                    {
                        movingRanges[i] = Rational.Abs(values[i] - values[prev]);
                    }

                    previous = i;
                }
            }

            var calcEnd = p == 0 && series.Baseline is { } baseline ? baseline : end;
            var used = Enumerable.Range(start, calcEnd - start).Where(i => !points[i].IsGhosted).ToArray();
            figures[p] = Figures(used, values, options);
        }

        var shift = Find(points, partitionOf, options.ShiftCrossesRecalculation, seq => Shift(seq, values, partitionOf, figures, options.ShiftLength));
        var trend = Find(points, partitionOf, options.TrendCrossesRecalculation, seq => Trend(seq, values, options.TrendLength));
        var twoOfThree = Find(points, partitionOf, options.TwoOfThreeCrossesRecalculation, seq => TwoOfThree(seq, values, partitionOf, figures, options));
        var beyond = Enumerable.Range(0, points.Length)
            .Where(i => !points[i].IsGhosted && figures[partitionOf[i]].Limits is not null)
            .Select(i => (Point: i, Limits: figures[partitionOf[i]].Limits!.Value))
            .Where(x => values[x.Point] > x.Limits.Upper || values[x.Point] < x.Limits.Lower)
            .Select(x => (SpecialCauseRule.BeyondProcessLimit, values[x.Point] > x.Limits.Upper ? SignalSide.High : SignalSide.Low, ImmutableArray.Create(x.Point)));
        var signals = beyond.Concat(shift.Select(s => (SpecialCauseRule.Shift, s.Side, s.Points)))
            .Concat(trend.Select(s => (SpecialCauseRule.Trend, s.Side, s.Points)))
            .Concat(twoOfThree.Select(s => (SpecialCauseRule.TwoOfThreeBeyondTwoSigma, s.Side, s.Points)))
            .Select(s => new SpecialCauseSignal(s.Item1, s.Item2, s.Item3, Classify(s.Item2, series.Direction)))
            .ToImmutableArray();

        var signalsByPoint = signals.SelectMany(s => s.Points.Select(i => (Point: i, Signal: s))).ToLookup(x => x.Point, x => x.Signal);
        var xmrPoints = points.Select((p, i) =>
        {
            var hits = signalsByPoint[i].ToArray();
            return new XmrPoint(i, p.Date, p.Value!.Value, p.IsGhosted, partitionOf[i], movingRanges[i]?.ToDecimal(),
                [.. hits.Select(h => h.Rule).Distinct().Order()], Resolve(hits.Select(h => h.Variation), options.Conflict));
        }).ToImmutableArray();

        var partitions = figures.Select((f, p) => new XmrPartition(p, starts[p], (p + 1 < starts.Length ? starts[p + 1] : points.Length) - starts[p],
            f.Count, f.Mean?.ToDecimal(), f.MeanMovingRange?.ToDecimal(), f.Limits?.ToDecimal(), f.Excluded)).ToImmutableArray();

        var variation = ExplainVariation(series, xmrPoints, signals);
        var assurance = ExplainAssurance(series, figures[^1], partitions[^1], options);
        var why = Explain(series, options, partitions, signals, variation, assurance);
        return new XmrChart(series, options, partitions, xmrPoints, signals, variation, assurance, why);
    }

    /// <inheritdoc />
    public override string ToString() => Why.Conclusion;

    private static PartitionFigures Figures(int[] used, Rational[] values, SpcOptions options)
    {
        if (used.Length == 0)
        {
            return new PartitionFigures(0, null, null, null, 0);
        }

        var sum = used.Aggregate(Rational.Zero, (acc, i) => acc + values[i]);
        var mean = sum / Rational.FromInt(used.Length);
        if (used.Length < 2)
        {
            return new PartitionFigures(used.Length, mean, null, null, 0);
        }

        var ranges = used.Skip(1).Select((i, k) => Rational.Abs(values[i] - values[used[k]])).ToArray();
        var meanRange = Average(ranges);
        var excluded = 0;
        if (options.ScreenMovingRangeOutliers)
        {
            var threshold = meanRange * ScreeningFactor;
            var kept = ranges.Where(r => r <= threshold).ToArray();
            excluded = ranges.Length - kept.Length;
            meanRange = Average(kept);
        }

        Lines? limits = null;
        if (used.Length >= XmrPartition.MinimumPointsForLimits)
        {
            var sigma = meanRange / SigmaDivisor;
            var two = sigma * Rational.FromInt(2);
            limits = new Lines(mean - (LimitFactor * meanRange), mean + (LimitFactor * meanRange), mean - two, mean + two, mean - sigma, mean + sigma, sigma);
        }

        return new PartitionFigures(used.Length, mean, meanRange, limits, excluded);
    }

    private static Rational Average(Rational[] values) =>
        values.Aggregate(Rational.Zero, (acc, r) => acc + r) / Rational.FromInt(values.Length);

    private static List<(SignalSide Side, ImmutableArray<int> Points)> Find(ImmutableArray<MeasurePoint> points, int[] partitionOf, bool cross,
        Func<int[], IEnumerable<(SignalSide Side, ImmutableArray<int> Points)>> rule)
    {
        var used = Enumerable.Range(0, points.Length).Where(i => !points[i].IsGhosted);
        var sequences = cross ? [used.ToArray()] : used.GroupBy(i => partitionOf[i]).Select(g => g.ToArray()).ToArray();
        return [.. sequences.SelectMany(rule)];
    }

    private static IEnumerable<(SignalSide, ImmutableArray<int>)> Shift(int[] seq, Rational[] values, int[] partitionOf, PartitionFigures[] figures, int n)
    {
        var run = new List<int>();
        var side = 0;
        foreach (var i in seq)
        {
            var s = figures[partitionOf[i]].Mean is { } mean ? values[i].CompareTo(mean) : 0;
            s = Math.Sign(s);
            if (s != side || s == 0)
            {
                if (side != 0 && run.Count >= n)
                {
                    yield return (side > 0 ? SignalSide.High : SignalSide.Low, [.. run]);
                }

                run.Clear();
                side = s;
            }

            if (s != 0)
            {
                run.Add(i);
            }
        }

        if (side != 0 && run.Count >= n)
        {
            yield return (side > 0 ? SignalSide.High : SignalSide.Low, [.. run]);
        }
    }

    private static IEnumerable<(SignalSide, ImmutableArray<int>)> Trend(int[] seq, Rational[] values, int n)
    {
        var runStart = 0;
        var direction = 0;
        for (var k = 1; k <= seq.Length; k++)
        {
            var d = k < seq.Length ? Math.Sign(values[seq[k]].CompareTo(values[seq[k - 1]])) : 0;
            if (k < seq.Length && d != 0 && d == direction)
            {
                continue;
            }

            if (direction != 0 && k - runStart >= n)
            {
                yield return (direction > 0 ? SignalSide.High : SignalSide.Low, [.. seq[runStart..k]]);
            }

            direction = d;
            runStart = d != 0 ? k - 1 : k;
        }
    }

    private static IEnumerable<(SignalSide, ImmutableArray<int>)> TwoOfThree(int[] seq, Rational[] values, int[] partitionOf, PartitionFigures[] figures, SpcOptions options)
    {
        foreach (var side in new[] { SignalSide.High, SignalSide.Low })
        {
            var flagged = new SortedSet<int>();
            for (var k = 0; k + 2 < seq.Length; k++)
            {
                var beyond = seq[k..(k + 3)].Where(i => BeyondTwoSigma(i, side)).ToArray();
                if (beyond.Length >= 2)
                {
                    flagged.UnionWith(beyond);
                }
            }

            // Consecutive flagged points (in the sequence) form one signal.
            var group = new List<int>();
            var position = seq.Select((i, k) => (i, k)).ToDictionary(x => x.i, x => x.k);
            foreach (var i in flagged)
            {
                if (group.Count > 0 && position[i] - position[group[^1]] > 2)
                {
                    yield return (side, [.. group]);
                    group.Clear();
                }

                group.Add(i);
            }

            if (group.Count > 0)
            {
                yield return (side, [.. group]);
            }
        }

        bool BeyondTwoSigma(int i, SignalSide side)
        {
            if (figures[partitionOf[i]].Limits is not { } lines)
            {
                return false;
            }

            var x = values[i];
            return side == SignalSide.High
                ? x > lines.UpperTwoSigma && (options.BeyondThreeSigmaCountsTowardTwoOfThree || x <= lines.Upper)
                : x < lines.LowerTwoSigma && (options.BeyondThreeSigmaCountsTowardTwoOfThree || x >= lines.Lower);
        }
    }

    private static VariationIcon Classify(SignalSide side, ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Up => side == SignalSide.High ? VariationIcon.SpecialCauseImprovement : VariationIcon.SpecialCauseConcern,
        ImprovementDirection.Down => side == SignalSide.Low ? VariationIcon.SpecialCauseImprovement : VariationIcon.SpecialCauseConcern,
        _ => VariationIcon.SpecialCauseNeither,
    };

    private static VariationIcon Resolve(IEnumerable<VariationIcon> variations, ConflictResolution conflict)
    {
        var set = variations.ToHashSet();
        if (set.Count == 0)
        {
            return VariationIcon.CommonCause;
        }

        if (set.Contains(VariationIcon.SpecialCauseImprovement) && set.Contains(VariationIcon.SpecialCauseConcern))
        {
            return conflict == ConflictResolution.PreferConcern ? VariationIcon.SpecialCauseConcern : VariationIcon.SpecialCauseImprovement;
        }

        return set.Single();
    }

    private static Explained<VariationIcon> ExplainVariation(MeasureSeries series, ImmutableArray<XmrPoint> points, ImmutableArray<SpecialCauseSignal> signals)
    {
        var latest = points.LastOrDefault(p => !p.IsGhosted);
        if (latest is null)
        {
            return new(VariationIcon.CommonCause, new Explanation("Common cause: every point is ghosted, so no point is judged.",
                [RuleApplication.Of(VariationRule, false, "No non-ghosted point.")]));
        }

        var date = Date(latest.Date);
        var by = signals.Where(s => s.Points.Contains(latest.Index)).Select(s => $"{Name(s.Rule)} ({Side(s)}, {s.Variation.Describe()})").ToArray();
        var reason = by.Length == 0
            ? $"The latest point ({date}, {Shown(latest.Value)}) was flagged by no rule."
            : $"The latest point ({date}, {Shown(latest.Value)}) was flagged by {string.Join("; ", by)}; improvement direction {ModelText.Of(series.Direction)}.";
        var application = RuleApplication.Of(VariationRule, by.Length > 0, reason,
            new KeyValuePair<string, string>("latestDate", date),
            new KeyValuePair<string, string>("latestValue", Text(latest.Value)),
            new KeyValuePair<string, string>("direction", ModelText.Of(series.Direction)));
        var icon = latest.Variation;
        return new(icon, new Explanation($"Variation: {icon.Describe()}. {reason}", [application]));
    }

    private static Explained<AssuranceIcon> ExplainAssurance(MeasureSeries series, PartitionFigures last, XmrPartition partition, SpcOptions options)
    {
        string reason;
        var icon = AssuranceIcon.None;
        var inputs = new List<KeyValuePair<string, string>> { new("direction", ModelText.Of(series.Direction)) };
        if (series.Target is not { } target)
        {
            reason = "There is no target.";
        }
        else if (series.Direction == ImprovementDirection.Neither)
        {
            reason = "The measure has no improvement direction, so neither side of the target is good.";
            inputs.Add(new("target", Text(target)));
        }
        else if (last.Limits is not { } lines || partition.Limits is not { } limits)
        {
            reason = $"The last partition has {last.Count} calculation point(s), 12 or fewer: a run chart has no process limits.";
            inputs.Add(new("target", Text(target)));
        }
        else
        {
            inputs.Add(new("target", Text(target)));
            inputs.Add(new("lowerLimit", Text(limits.Lower)));
            inputs.Add(new("upperLimit", Text(limits.Upper)));
            inputs.Add(new("targetOnLimit", ModelText.Of(options.TargetOnLimit)));
            var t = Rational.FromDecimal(target);
            var onLimitCounts = options.TargetOnLimit == TargetOnLimit.PassOrFail;
            var up = series.Direction == ImprovementDirection.Up;
            var good = up ? lines.Lower : lines.Upper;
            var bad = up ? lines.Upper : lines.Lower;
            var goodSide = up ? good.CompareTo(t) : t.CompareTo(good);
            var badSide = up ? t.CompareTo(bad) : bad.CompareTo(t);
            if (goodSide > 0 || (goodSide == 0 && onLimitCounts))
            {
                icon = AssuranceIcon.Pass;
                reason = $"Both process limits ({Shown(limits.Lower)} to {Shown(limits.Upper)}) are on the good side of the target {Shown(target)}{(goodSide == 0 ? " (the target is on a limit, read as pass)" : "")}: the process will consistently meet it.";
            }
            else if (badSide > 0 || (badSide == 0 && onLimitCounts))
            {
                icon = AssuranceIcon.Fail;
                reason = $"Both process limits ({Shown(limits.Lower)} to {Shown(limits.Upper)}) are on the bad side of the target {Shown(target)}{(badSide == 0 ? " (the target is on a limit, read as fail)" : "")}: the process will consistently miss it.";
            }
            else
            {
                icon = AssuranceIcon.HitAndMiss;
                reason = $"The target {Shown(target)} lies between the process limits ({Shown(limits.Lower)} to {Shown(limits.Upper)}): the process will sometimes meet and sometimes miss it.";
            }
        }

        return new(icon, new Explanation($"Assurance: {icon.Describe()}. {reason}", [RuleApplication.Of(AssuranceRule, icon != AssuranceIcon.None, reason, inputs)]));
    }

    private static Explanation Explain(MeasureSeries series, SpcOptions options, ImmutableArray<XmrPartition> partitions, ImmutableArray<SpecialCauseSignal> signals,
        Explained<VariationIcon> variation, Explained<AssuranceIcon> assurance)
    {
        var points = series.Points;
        var lines = partitions.Select(p =>
        {
            var head = $"Partition {p.Index + 1} ({Date(points[p.FirstPoint].Date)} to {Date(points[p.FirstPoint + p.PointCount - 1].Date)}, {p.PointCount} point(s), {p.CalculationPointCount} used for its figures)";
            if (p.Mean is not { } mean)
            {
                return head + ": no point to calculate from.";
            }

            var figures = $"mean {Shown(mean)}" + (p.MeanMovingRange is { } mr ? $", mean moving range {Shown(mr)}" : "")
                + (p.ExcludedMovingRanges > 0 ? $" ({p.ExcludedMovingRanges} moving range(s) above 3.267 × the mean moving range excluded)" : "");
            return p.Limits is { } l
                ? $"{head}: {figures}, process limits {Shown(l.Lower)} to {Shown(l.Upper)}, two-sigma lines {Shown(l.LowerTwoSigma)} to {Shown(l.UpperTwoSigma)}, one-sigma lines {Shown(l.LowerOneSigma)} to {Shown(l.UpperOneSigma)}."
                : $"{head}: {figures}; {p.CalculationPointCount} calculation point(s), 12 or fewer, so no process limits: a run chart (shift and trend only).";
        });
        var conclusion = $"XmR chart of {series.Title}: " + string.Join(" ", lines) + $" {variation.Why.Conclusion} {assurance.Why.Conclusion}";

        var rules = new[]
        {
            (SpecialCauseRule.BeyondProcessLimit, BeyondLimitRule, "no point beyond a process limit", (string?)null),
            (SpecialCauseRule.Shift, ShiftRule, $"no run of {options.ShiftLength} or more consecutive points on one side of the mean", options.ShiftLength.ToString(CultureInfo.InvariantCulture)),
            (SpecialCauseRule.Trend, TrendRule, $"no run of {options.TrendLength} or more consecutive increasing or decreasing points", options.TrendLength.ToString(CultureInfo.InvariantCulture)),
            (SpecialCauseRule.TwoOfThreeBeyondTwoSigma, TwoOfThreeRule, "no two of three consecutive points beyond the same two-sigma line", (string?)null),
        }.Select(r =>
        {
            var found = signals.Where(s => s.Rule == r.Item1).ToArray();
            var reason = found.Length == 0
                ? $"{r.Item3}."
                : string.Join("; ", found.Select(s => $"points {Range(points, s.Points)} ({Side(s)}, {s.Variation.Describe()})"));
            var inputs = new List<KeyValuePair<string, string>>();
            if (r.Item4 is { } n)
            {
                inputs.Add(new("N", n));
            }

            foreach (var p in partitions)
            {
                if (p.Mean is { } mean)
                {
                    inputs.Add(new($"partition{p.Index + 1}.mean", Text(mean)));
                }

                if (p.Limits is { } l)
                {
                    inputs.Add(new($"partition{p.Index + 1}.lowerLimit", Text(l.Lower)));
                    inputs.Add(new($"partition{p.Index + 1}.upperLimit", Text(l.Upper)));
                }
            }

            return RuleApplication.Of(r.Item2, found.Length > 0, $"{Name(r.Item1)}: {reason}", inputs);
        });
        return new Explanation(conclusion, [.. rules, .. variation.Why.Rules, .. assurance.Why.Rules]);
    }

    private static string Range(ImmutableArray<MeasurePoint> points, ImmutableArray<int> indexes) =>
        string.Join(", ", indexes.Select(i => $"{i} ({Date(points[i].Date)})"));

    private static string Side(SpecialCauseSignal s) => (s.Rule, s.Side) switch
    {
        (SpecialCauseRule.Trend, SignalSide.High) => "increasing",
        (SpecialCauseRule.Trend, _) => "decreasing",
        (_, SignalSide.High) => "high",
        _ => "low",
    };

    internal static string Name(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.BeyondProcessLimit => "rule 1 (beyond a process limit)",
        SpecialCauseRule.Shift => "rule 2 (shift)",
        SpecialCauseRule.Trend => "rule 3 (trend)",
        _ => "rule 4 (two of three beyond two sigma)",
    };

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Figures in sentences are shown to four decimals; the explanation's inputs keep the exact values.
    private static string Shown(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private readonly record struct Lines(Rational Lower, Rational Upper, Rational LowerTwoSigma, Rational UpperTwoSigma, Rational LowerOneSigma, Rational UpperOneSigma, Rational Sigma)
    {
        public ProcessLimits ToDecimal() => new(Lower.ToDecimal(), Upper.ToDecimal(), LowerTwoSigma.ToDecimal(), UpperTwoSigma.ToDecimal(),
            LowerOneSigma.ToDecimal(), UpperOneSigma.ToDecimal(), Sigma.ToDecimal());
    }

    private sealed record PartitionFigures(int Count, Rational? Mean, Rational? MeanMovingRange, Lines? Limits, int Excluded);
}
