namespace CareCommunity.Domain.PopulationHealth;

/// <summary>How stroke and transient ischaemic attack count toward "two or more long term conditions" (decision 0037).</summary>
public enum StrokeAndTiaCounting
{
    /// <summary>
    /// The default: as one condition — the seed lists "Stroke or Transient Ischaemic Attacks" as one item, as the
    /// stroke/TIA register does. A resident with both has one long-term condition from them.
    /// </summary>
    OneCondition = 0,

    /// <summary>As two conditions: a resident with a stroke and a TIA has two long-term conditions from them.</summary>
    TwoConditions = 1,
}

/// <summary>How autism meets CPX-1 (b), "A person with a Learning Disability and or autism" (decision 0038).</summary>
public enum AutismReading
{
    /// <summary>The default: "and or" read as either or both — autism meets (b) on its own.</summary>
    OnItsOwn = 0,

    /// <summary>Autism meets (b) only with a learning disability: (b) is met by a learning disability, with or without autism.</summary>
    OnlyWithLearningDisability = 1,
}

/// <summary>
/// The readings of CPX-1 that its words leave open, each a decision with a default (decisions 0035-0038). Options
/// change which residents are complex; they never change what the seed says.
/// </summary>
public sealed record ComplexityOptions
{
    /// <summary>The defaults: frailty not a long-term condition, every register condition counted, stroke and TIA one, autism on its own.</summary>
    public static ComplexityOptions Default { get; } = new();

    /// <summary>
    /// Whether moderate or severe frailty counts as a long-term condition toward (a) (decision 0035). Default false.
    /// When true, (d) adds nobody: anyone meeting (d) has frailty and a listed condition, two conditions, so meets (a).
    /// </summary>
    public bool FrailtyIsLongTermCondition { get; init; }

    /// <summary>
    /// The conditions that count toward "two or more long term conditions" (decision 0036). Default: all 21 register
    /// conditions (<see cref="ConditionSet.All"/>); <see cref="ComplexityDefinition.ListedConditions"/> restricts (a) to
    /// the fourteen of (d).
    /// </summary>
    public ConditionSet LongTermConditionsCounted { get; init; } = ConditionSet.All;

    /// <summary>How stroke and TIA count toward (a) (decision 0037). Either counts for (d) under any reading.</summary>
    public StrokeAndTiaCounting StrokeAndTia { get; init => field = Guard.Against.UndefinedEnum(value); } = StrokeAndTiaCounting.OneCondition;

    /// <summary>How autism meets (b) (decision 0038).</summary>
    public AutismReading Autism { get; init => field = Guard.Against.UndefinedEnum(value); } = AutismReading.OnItsOwn;
}
