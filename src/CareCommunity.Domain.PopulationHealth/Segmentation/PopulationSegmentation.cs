namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// How the population is segmented (POP-2): the <see cref="AgeBands"/> of the stages of life, how leap-day birthdays
/// are aged, and the optional third axis. The second axis, holistic need, comes from the
/// <see cref="ComplexityDefinition"/>.
/// </summary>
public sealed record PopulationSegmentation
{
    /// <summary>The default: bands 0-17 / 18-64 / 65+, leap-day birthdays on 1 March in common years, no third axis.</summary>
    public static PopulationSegmentation Default { get; } = new();

    /// <summary>The default with the library's risk axis (<see cref="ThresholdRiskAxis.Default"/>) as the third axis.</summary>
    public static PopulationSegmentation WithRisk { get; } = new() { Risk = ThresholdRiskAxis.Default };

    /// <summary>The ages at which the stages of life begin.</summary>
    public AgeBands AgeBands { get; init => field = Guard.Against.Null(value); } = AgeBands.Default;

    /// <summary>When someone born on 29 February has their birthday in a common year.</summary>
    public LeapDayBirthdays LeapDayBirthdays { get; init => field = Guard.Against.UndefinedEnum(value); } = LeapDayBirthdays.FirstOfMarch;

    /// <summary>The optional third axis; null for none (the default: the seed names two dimensions).</summary>
    public ISegmentAxis? Risk { get; init; }
}
