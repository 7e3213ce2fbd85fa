using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// The lines of a partition with process limits: mean ± 2.66 × mean moving range, and the one- and two-sigma lines
/// with sigma = mean moving range / 1.128. Figures are exact fractions rounded once, to 28 significant digits, here.
/// </summary>
/// <param name="Lower">The lower process limit (mean − 2.66 × mean moving range), the "three sigma" line.</param>
/// <param name="Upper">The upper process limit (mean + 2.66 × mean moving range).</param>
/// <param name="LowerTwoSigma">Mean − 2 sigma.</param>
/// <param name="UpperTwoSigma">Mean + 2 sigma.</param>
/// <param name="LowerOneSigma">Mean − 1 sigma.</param>
/// <param name="UpperOneSigma">Mean + 1 sigma.</param>
/// <param name="Sigma">The mean moving range / 1.128.</param>
public sealed record ProcessLimits(decimal Lower, decimal Upper, decimal LowerTwoSigma, decimal UpperTwoSigma, decimal LowerOneSigma, decimal UpperOneSigma, decimal Sigma);

/// <summary>One partition of an XmR chart: the points from one recalculation point to the next, and their figures.</summary>
/// <param name="Index">The partition's zero-based number.</param>
/// <param name="FirstPoint">The index of its first point in the series.</param>
/// <param name="PointCount">How many points it holds, ghosted ones included.</param>
/// <param name="CalculationPointCount">How many points define its figures: not ghosted, and within the baseline if one is set.</param>
/// <param name="Mean">The mean of those points; null when there are none.</param>
/// <param name="MeanMovingRange">The mean of their moving ranges (after screening, if on); null with fewer than two points.</param>
/// <param name="Limits">The process limits; null for a run chart (12 or fewer calculation points).</param>
/// <param name="ExcludedMovingRanges">How many moving ranges the outlier screening excluded.</param>
public sealed record XmrPartition(int Index, int FirstPoint, int PointCount, int CalculationPointCount, decimal? Mean, decimal? MeanMovingRange,
    ProcessLimits? Limits, int ExcludedMovingRanges)
{
    /// <summary>The fewest calculation points that give process limits: with 12 or fewer the partition is a run chart.</summary>
    public const int MinimumPointsForLimits = 13;

    /// <summary>True when the partition has no process limits: a run chart, judged only by shift and trend.</summary>
    public bool IsRunChart => Limits is null;
}

/// <summary>One plotted point of an XmR chart.</summary>
/// <param name="Index">Its index in the series.</param>
/// <param name="Date">Its date.</param>
/// <param name="Value">Its value.</param>
/// <param name="IsGhosted">True when it is plotted but used in no calculation or rule.</param>
/// <param name="Partition">The partition it belongs to.</param>
/// <param name="MovingRange">The absolute difference from the previous non-ghosted point of its partition; null for the first, or a ghosted point.</param>
/// <param name="Rules">The rules that flagged it, in rule order.</param>
/// <param name="Variation">Its classification: common cause, or special cause improvement, concern or neither.</param>
public sealed record XmrPoint(int Index, LocalDate Date, decimal Value, bool IsGhosted, int Partition, decimal? MovingRange,
    ImmutableArray<SpecialCauseRule> Rules, VariationIcon Variation)
{
    /// <summary>True when a rule flagged the point.</summary>
    public bool IsSpecialCause => !Rules.IsEmpty;
}

/// <summary>One special cause found: the rule, its side, the points it flags and what it means for the measure.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Side">High (above, increasing) or low.</param>
/// <param name="Points">The indexes of the points flagged, in order.</param>
/// <param name="Variation">Improvement, concern or neither, by the measure's direction.</param>
public sealed record SpecialCauseSignal(SpecialCauseRule Rule, SignalSide Side, ImmutableArray<int> Points, VariationIcon Variation);
