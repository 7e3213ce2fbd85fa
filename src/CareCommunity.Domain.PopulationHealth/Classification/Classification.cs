namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// Where a resident sits at a reference date: age, stage of life, holistic need, the complexity criteria met (CPX-1),
/// the count of long-term conditions, frailty, Core20 and, when the third axis is on, risk. A plain value made by
/// <see cref="PopulationClassifier.Classify"/> without allocating.
/// </summary>
/// <param name="Age">The age in completed years at the reference date.</param>
/// <param name="StageOfLife">The stage of life.</param>
/// <param name="HolisticNeed">The holistic need.</param>
/// <param name="Criteria">The CPX-1 criteria met; <see cref="ComplexityCriteria.None"/> when not complex.</param>
/// <param name="LongTermConditionCount">The long-term conditions counted toward CPX-1 (a), under the options.</param>
/// <param name="Frailty">The frailty level; null when not assessed (or a CFS 9 read as not graded).</param>
/// <param name="IsCore20">True when the resident lives in IMD decile 1 or 2.</param>
/// <param name="Risk">The third axis's risk; null when the axis is off.</param>
public readonly record struct Classification(
    int Age,
    StageOfLife StageOfLife,
    HolisticNeed HolisticNeed,
    ComplexityCriteria Criteria,
    int LongTermConditionCount,
    FrailtyLevel? Frailty,
    bool IsCore20,
    RiskLevel? Risk)
{
    /// <summary>True when the resident meets any CPX-1 criterion.</summary>
    public bool IsComplex => Criteria != ComplexityCriteria.None;

    /// <summary>True when a frailty level is known.</summary>
    public bool FrailtyAssessed => Frailty.HasValue;

    /// <summary>True when the resident meets the criterion (or every criterion of a combination).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>True when met.</returns>
    public bool Meets(ComplexityCriteria criterion) => criterion != ComplexityCriteria.None && (Criteria & criterion) == criterion;
}
