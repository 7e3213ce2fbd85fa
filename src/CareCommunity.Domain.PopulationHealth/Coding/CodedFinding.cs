namespace CareCommunity.Domain.PopulationHealth;

/// <summary>What a coded finding tells about a resident: a long-term condition, or one of the flags of CPX-1 (b) and (c).</summary>
public enum FindingKind : byte
{
    /// <summary>A long-term <see cref="PopulationHealth.Condition"/>.</summary>
    Condition = 0,

    /// <summary>A learning disability.</summary>
    LearningDisability = 1,

    /// <summary>Autism.</summary>
    Autism = 2,

    /// <summary>A serious mental illness.</summary>
    SeriousMentalIllness = 3,
}

/// <summary>What one code means for a resident: a condition, or learning disability, autism or serious mental illness.</summary>
public readonly record struct CodedFinding
{
    private CodedFinding(FindingKind kind, Condition condition)
    {
        Kind = kind;
        Condition = condition;
    }

    /// <summary>The kind of finding.</summary>
    public FindingKind Kind { get; }

    /// <summary>The condition, when <see cref="Kind"/> is <see cref="FindingKind.Condition"/>; otherwise the default and meaningless.</summary>
    public Condition Condition { get; }

    /// <summary>A learning disability.</summary>
    public static CodedFinding LearningDisability => new(FindingKind.LearningDisability, default);

    /// <summary>Autism.</summary>
    public static CodedFinding Autism => new(FindingKind.Autism, default);

    /// <summary>A serious mental illness.</summary>
    public static CodedFinding SeriousMentalIllness => new(FindingKind.SeriousMentalIllness, default);

    /// <summary>A long-term condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The condition is not defined.</exception>
    public static CodedFinding Of(Condition condition) =>
        (byte)condition < ConditionSet.ConditionCount
            ? new CodedFinding(FindingKind.Condition, condition)
            : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined Condition.");

    /// <summary>The finding's wire name: a condition's kebab-case name, or <c>learning-disability</c>, <c>autism</c>, <c>serious-mental-illness</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind switch
    {
        FindingKind.LearningDisability => "learning-disability",
        FindingKind.Autism => "autism",
        FindingKind.SeriousMentalIllness => "serious-mental-illness",
        _ => ConditionNames.Name(Condition),
    };
}

/// <summary>
/// Findings accumulated from a resident's codes — conditions and flags — to apply with <see cref="Resident.With"/>.
/// A value; <see cref="Add"/> returns a new one.
/// </summary>
/// <param name="Conditions">The conditions found.</param>
/// <param name="LearningDisability">True when a learning disability was found.</param>
/// <param name="Autism">True when autism was found.</param>
/// <param name="SeriousMentalIllness">True when a serious mental illness was found.</param>
public readonly record struct CodedFindings(ConditionSet Conditions, bool LearningDisability, bool Autism, bool SeriousMentalIllness)
{
    /// <summary>Nothing found.</summary>
    public static CodedFindings None => default;

    /// <summary>These findings and one more.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The findings.</returns>
    public CodedFindings Add(CodedFinding finding) => finding.Kind switch
    {
        FindingKind.LearningDisability => this with { LearningDisability = true },
        FindingKind.Autism => this with { Autism = true },
        FindingKind.SeriousMentalIllness => this with { SeriousMentalIllness = true },
        _ => this with { Conditions = Conditions.With(finding.Condition) },
    };
}
