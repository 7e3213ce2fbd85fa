using System.Collections.Immutable;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The counts of one population — a care community or the whole Place — at one reference date: residents by stage of
/// life × holistic need, complexity and the criteria behind it, prevalence of each condition, learning disability,
/// autism and serious mental illness, frailty, Core20 and (when on) risk. An immutable snapshot of a
/// <see cref="PopulationSummary"/>; every resident is counted exactly once in each breakdown. Rates are exact
/// fractions (<see cref="Rate"/>) of <see cref="Residents"/> unless said otherwise.
/// </summary>
public sealed class PopulationCounts : IEquatable<PopulationCounts>
{
    /// <summary>The highest count of long-term conditions tallied separately (the count can include frailty).</summary>
    public const int MaxLongTermConditionCount = ConditionSet.ConditionCount + 1;

    internal const int ResidentsAt = 0;
    internal const int CellsAt = ResidentsAt + 1;
    internal const int CombinationsAt = CellsAt + 9;
    internal const int ConditionsAt = CombinationsAt + 16;
    internal const int FlagsAt = ConditionsAt + ConditionSet.ConditionCount;
    internal const int FrailtyAt = FlagsAt + 3;
    internal const int Core20At = FrailtyAt + 5;
    internal const int DeprivationKnownAt = Core20At + 1;
    internal const int RiskAt = DeprivationKnownAt + 1;
    internal const int LongTermConditionsAt = RiskAt + 3;
    internal const int Length = LongTermConditionsAt + MaxLongTermConditionCount + 1;

    private readonly ImmutableArray<long> _counts;

    internal PopulationCounts(ImmutableArray<long> counts) => _counts = counts;

    /// <summary>No one.</summary>
    public static PopulationCounts Empty { get; } = new(ImmutableArray.Create(new long[Length]));

    /// <summary>The number of residents.</summary>
    public long Residents => _counts[ResidentsAt];

    /// <summary>The residents complex by CPX-1 (any criterion).</summary>
    public long Complex => Count(HolisticNeed.Complex);

    /// <summary>The share of residents who are complex.</summary>
    public Rate ComplexRate => Of(Complex);

    /// <summary>The residents with a learning disability.</summary>
    public long LearningDisability => _counts[FlagsAt];

    /// <summary>The autistic residents.</summary>
    public long Autism => _counts[FlagsAt + 1];

    /// <summary>The residents with a serious mental illness.</summary>
    public long SeriousMentalIllness => _counts[FlagsAt + 2];

    /// <summary>The residents in IMD deciles 1-2 (Core20).</summary>
    public long Core20 => _counts[Core20At];

    /// <summary>The residents whose IMD decile is known.</summary>
    public long DeprivationKnown => _counts[DeprivationKnownAt];

    /// <summary>The Core20 share of ALL residents (a resident whose decile is unknown counts as not Core20, as in <see cref="Classification.IsCore20"/>).</summary>
    public Rate Core20Share => Of(Core20);

    /// <summary>The Core20 share of the residents whose decile is known.</summary>
    public Rate Core20ShareOfKnown => new(Core20, DeprivationKnown);

    /// <summary>The residents in a cell of the cube.</summary>
    /// <param name="stage">The stage of life.</param>
    /// <param name="need">The holistic need.</param>
    /// <returns>The count.</returns>
    public long Count(StageOfLife stage, HolisticNeed need) => _counts[CellsAt + Cell(stage, need)];

    /// <summary>The share of residents in a cell of the cube.</summary>
    /// <param name="stage">The stage of life.</param>
    /// <param name="need">The holistic need.</param>
    /// <returns>The rate.</returns>
    public Rate RateOf(StageOfLife stage, HolisticNeed need) => Of(Count(stage, need));

    /// <summary>The residents at a stage of life.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The count.</returns>
    public long Count(StageOfLife stage) =>
        Count(stage, HolisticNeed.CurrentlyWell) + Count(stage, HolisticNeed.LongTermConditions) + Count(stage, HolisticNeed.Complex);

    /// <summary>The residents with a holistic need.</summary>
    /// <param name="need">The need.</param>
    /// <returns>The count.</returns>
    public long Count(HolisticNeed need) =>
        Count(StageOfLife.ChildrenAndYoungPeople, need) + Count(StageOfLife.WorkingAgeAdults, need) + Count(StageOfLife.OlderPeople, need);

    /// <summary>The residents meeting a criterion (with or without others); a resident meeting two is counted under both.</summary>
    /// <param name="criterion">One criterion.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not exactly one criterion.</exception>
    public long Meeting(ComplexityCriteria criterion)
    {
        _ = ComplexityCriteriaNames.Name(criterion);
        long total = 0;
        for (var combination = 1; combination < 16; combination++)
        {
            if ((combination & (int)criterion) != 0)
            {
                total += _counts[CombinationsAt + combination];
            }
        }

        return total;
    }

    /// <summary>The residents meeting exactly this combination of criteria (each resident in exactly one combination).</summary>
    /// <param name="criteria">The combination; <see cref="ComplexityCriteria.None"/> for the residents who are not complex.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value has bits beyond the four criteria.</exception>
    public long WithExactly(ComplexityCriteria criteria) =>
        (int)criteria is >= 0 and < 16
            ? _counts[CombinationsAt + (int)criteria]
            : throw new ArgumentOutOfRangeException(nameof(criteria), criteria, "Not a combination of the four criteria.");

    /// <summary>The residents with a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The count.</returns>
    public long WithCondition(Condition condition) => _counts[ConditionsAt + Index(condition)];

    /// <summary>The prevalence of a condition: the share of residents who have it.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The rate.</returns>
    public Rate Prevalence(Condition condition) => Of(WithCondition(condition));

    /// <summary>The residents at a frailty level, or not assessed (null).</summary>
    /// <param name="level">The level; null for not assessed.</param>
    /// <returns>The count.</returns>
    public long WithFrailty(FrailtyLevel? level) => _counts[FrailtyAt + FrailtyIndex(level)];

    /// <summary>The residents at a risk level, or with the axis off (null).</summary>
    /// <param name="risk">The level; null for no risk axis.</param>
    /// <returns>The count.</returns>
    public long WithRisk(RiskLevel? risk) => _counts[RiskAt + RiskIndex(risk)];

    /// <summary>The residents with exactly this many long-term conditions counted toward CPX-1 (a).</summary>
    /// <param name="count">The count, 0 to <see cref="MaxLongTermConditionCount"/>.</param>
    /// <returns>The number of residents.</returns>
    public long WithLongTermConditionCount(int count) =>
        _counts[LongTermConditionsAt + Guard.Against.OutOfRange(count, nameof(count), 0, MaxLongTermConditionCount)];

    /// <summary>A rate over all residents.</summary>
    /// <param name="numerator">How many.</param>
    /// <returns>The rate.</returns>
    public Rate Of(long numerator) => new(numerator, Residents);

    /// <inheritdoc />
    public bool Equals(PopulationCounts? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PopulationCounts);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _counts)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Residents} residents, {Complex} complex";

    // PopulationSummary.Add calls these once per resident: a range check against the enum's (contiguous, zero-based)
    // values instead of Enum.IsDefined, with the same exception for a value outside them.
    private static readonly int Stages = Enum.GetValues<StageOfLife>().Length;
    private static readonly int Needs = Enum.GetValues<HolisticNeed>().Length;
    private static readonly int FrailtyLevels = Enum.GetValues<FrailtyLevel>().Length;
    private static readonly int RiskLevels = Enum.GetValues<RiskLevel>().Length;

    internal static int Cell(StageOfLife stage, HolisticNeed need) =>
        (Defined((byte)stage, Stages, stage, nameof(stage)) * 3) + Defined((byte)need, Needs, need, nameof(need));

    internal static int Index(Condition condition) =>
        (byte)condition < ConditionSet.ConditionCount ? (byte)condition : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined Condition.");

    internal static int FrailtyIndex(FrailtyLevel? level) => level is { } l ? 1 + Defined((byte)l, FrailtyLevels, l, nameof(level)) : 0;

    internal static int RiskIndex(RiskLevel? risk) => risk is { } r ? 1 + Defined((byte)r, RiskLevels, r, nameof(risk)) : 0;

    private static int Defined<TEnum>(byte index, int count, TEnum value, string name)
        where TEnum : struct, Enum =>
        index < count ? index : throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(TEnum).Name}.");
}
