namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// An optional third axis of the segmentation cube (decision 0042): the seed announces "three dimensions" (001 l.203)
/// but names two, so a third is the library's addition, pluggable. An axis stratifies a resident into low or high risk
/// from the resident and their classification on the first two axes.
/// </summary>
/// <remarks>Implementations are called for every resident by <see cref="PopulationClassifier.Classify"/>: they must not allocate.</remarks>
public interface ISegmentAxis
{
    /// <summary>The axis's name, for explanations and documentation.</summary>
    string Name { get; }

    /// <summary>How the axis decides, in words, for explanations and documentation.</summary>
    string Description { get; }

    /// <summary>The resident's risk.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="classification">The classification so far (its <see cref="Classification.Risk"/> is not yet set).</param>
    /// <returns>The risk.</returns>
    RiskLevel Assess(in Resident resident, in Classification classification);
}

/// <summary>
/// The library's transparent risk axis: high risk when frailty is at least <see cref="FrailtyFrom"/> or the count of
/// long-term conditions is at least <see cref="LongTermConditionsFrom"/>; otherwise low (decision 0042).
/// </summary>
public sealed record ThresholdRiskAxis : ISegmentAxis
{
    /// <summary>Creates the axis.</summary>
    /// <param name="frailtyFrom">The lowest frailty level that is high risk (default moderate).</param>
    /// <param name="longTermConditionsFrom">The count of long-term conditions that is high risk (default 3); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ThresholdRiskAxis(FrailtyLevel frailtyFrom = FrailtyLevel.Moderate, int longTermConditionsFrom = 3)
    {
        FrailtyFrom = Guard.Against.UndefinedEnum(frailtyFrom);
        LongTermConditionsFrom = Guard.Against.OutOfRange(longTermConditionsFrom, nameof(longTermConditionsFrom), 1, ConditionSet.ConditionCount + 1);
    }

    /// <summary>The default axis: high risk with moderate or severe frailty, or three or more long-term conditions.</summary>
    public static ThresholdRiskAxis Default { get; } = new();

    /// <summary>The lowest frailty level that is high risk.</summary>
    public FrailtyLevel FrailtyFrom { get; }

    /// <summary>The count of long-term conditions that is high risk.</summary>
    public int LongTermConditionsFrom { get; }

    /// <inheritdoc />
    public string Name => "risk";

    /// <inheritdoc />
    public string Description =>
        $"high when frailty is {FrailtyLevels.Name(FrailtyFrom)} or worse, or {LongTermConditionsFrom} or more long-term conditions are counted; otherwise low (the library's addition, not the seed's)";

    /// <inheritdoc />
    public RiskLevel Assess(in Resident resident, in Classification classification) =>
        (classification.Frailty is { } level && level >= FrailtyFrom) || classification.LongTermConditionCount >= LongTermConditionsFrom
            ? RiskLevel.High
            : RiskLevel.Low;
}
