using NodaTime;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A definition of complexity, versioned and dated so that an agreed later definition can replace the proposed one
/// without changing the code that classifies. <see cref="Proposed2024"/> is CPX-1, the seed's "Proposed definition of
/// complexity" (001 l.275-282): complex when ANY of (a) two or more long-term conditions, (b) a learning disability
/// and/or autism, (c) serious mental illness, (d) moderate to severe frailty and one of fourteen listed conditions.
/// </summary>
public sealed record ComplexityDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="version">A version label, e.g. <c>CPX-1/2024-proposed</c>.</param>
    /// <param name="title">The title as the source gives it.</param>
    /// <param name="effectiveFrom">The first date the definition applies.</param>
    /// <param name="minimumLongTermConditions">The count of long-term conditions that meets (a); at least 1.</param>
    /// <param name="listedConditions">The conditions of (d); not empty.</param>
    /// <param name="frailtyFrom">The lowest frailty level that meets (d).</param>
    /// <param name="options">The readings; <see cref="ComplexityOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A value is empty or out of range.</exception>
    public ComplexityDefinition(string version, string title, LocalDate effectiveFrom, int minimumLongTermConditions, ConditionSet listedConditions, FrailtyLevel frailtyFrom, ComplexityOptions? options = null)
    {
        Version = Guard.Against.NullOrWhiteSpace(version);
        Title = Guard.Against.NullOrWhiteSpace(title);
        EffectiveFrom = effectiveFrom;
        MinimumLongTermConditions = Guard.Against.OutOfRange(minimumLongTermConditions, nameof(minimumLongTermConditions), 1, ConditionSet.ConditionCount + 1);
        ListedConditions = listedConditions.IsEmpty
            ? throw new ArgumentException("Criterion (d) needs at least one listed condition.", nameof(listedConditions))
            : listedConditions;
        FrailtyFrom = Guard.Against.UndefinedEnum(frailtyFrom);
        Options = options ?? ComplexityOptions.Default;
    }

    /// <summary>
    /// CPX-1 as the seed words it, "Proposed definition of complexity" (001 l.275), effective from 3 October 2024, the
    /// date the operating model went to the Corporate Policy Committee (seed 000). A proposal, not an agreed definition:
    /// its issues are information (decision 0015).
    /// </summary>
    public static ComplexityDefinition Proposed2024 { get; } = new(
        "CPX-1/2024-proposed",
        "Proposed definition of complexity",
        new LocalDate(2024, 10, 3),
        2,
        ListedConditionsOfSeed,
        FrailtyLevel.Moderate);

    /// <summary>
    /// The fourteen conditions of (d) as the seed lists them — "Hypertension, Depression, Asthma, Diabetes, CHD, CKD,
    /// Hypothyroidism, Stroke or Transient Ischaemic Attacks, COPD, Cancer, Atrial Fibrillation, Heart Failure,
    /// Epilepsy, Dementia" — with stroke and TIA both included.
    /// </summary>
    public static ConditionSet ListedConditionsOfSeed => ConditionSet.Of(
        Condition.Hypertension, Condition.Depression, Condition.Asthma, Condition.Diabetes, Condition.CoronaryHeartDisease,
        Condition.ChronicKidneyDisease, Condition.Hypothyroidism, Condition.Stroke, Condition.TransientIschaemicAttack,
        Condition.Copd, Condition.Cancer, Condition.AtrialFibrillation, Condition.HeartFailure, Condition.Epilepsy,
        Condition.Dementia);

    /// <summary>The version label.</summary>
    public string Version { get; }

    /// <summary>The title as the source gives it.</summary>
    public string Title { get; }

    /// <summary>The first date the definition applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The count of long-term conditions that meets (a): 2 for "two or more".</summary>
    public int MinimumLongTermConditions { get; }

    /// <summary>The conditions of (d).</summary>
    public ConditionSet ListedConditions { get; }

    /// <summary>The lowest frailty level that meets (d): moderate for "Moderate to severe".</summary>
    public FrailtyLevel FrailtyFrom { get; }

    /// <summary>The readings of what the definition leaves open.</summary>
    public ComplexityOptions Options { get; init => field = Guard.Against.Null(value); }

    /// <summary>This definition with other readings.</summary>
    /// <param name="options">The readings.</param>
    /// <returns>The definition.</returns>
    public ComplexityDefinition With(ComplexityOptions options) => this with { Options = Guard.Against.Null(options) };

    /// <summary>True when the definition applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="EffectiveFrom"/> on.</returns>
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom;

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Version}, from {EffectiveFrom:yyyy-MM-dd})";
}
