namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// How a score exactly on an electronic Frailty Index band threshold (0.12, 0.24, 0.36) is banded. See decision 0039.
/// </summary>
public enum EfiThresholdReading
{
    /// <summary>
    /// The default: a band starts ABOVE its threshold (fit ≤ 0.12 &lt; mild ≤ 0.24 &lt; moderate ≤ 0.36 &lt; severe), the
    /// published eFI bands; in deficits of 36, fit 0-4, mild 5-8, moderate 9-12, severe 13+. Exactly 0.24 is mild.
    /// </summary>
    AboveThreshold = 0,

    /// <summary>A band starts AT its threshold (fit &lt; 0.12 ≤ mild &lt; 0.24 ≤ moderate &lt; 0.36 ≤ severe). Exactly 0.24 is moderate.</summary>
    AtThreshold = 1,
}

/// <summary>How a Clinical Frailty Scale score of 5 ("living with mild frailty") is levelled. See decision 0040.</summary>
public enum ClinicalFrailtyScaleFiveReading
{
    /// <summary>The default: mild, as the scale itself names it.</summary>
    Mild = 0,

    /// <summary>Moderate: for services that treat CFS 5 and above as moderate-to-severe frailty.</summary>
    Moderate = 1,
}

/// <summary>How a Clinical Frailty Scale score of 9 ("terminally ill") is levelled. See decision 0040.</summary>
public enum ClinicalFrailtyScaleNineReading
{
    /// <summary>The default: severe — a resident approaching the end of life has needs at least those of severe frailty.</summary>
    Severe = 0,

    /// <summary>
    /// Not graded: the scale applies 9 to people "not otherwise evidently frail", so it says nothing about frailty;
    /// the resident is treated as not assessed.
    /// </summary>
    NotGraded = 1,
}

/// <summary>
/// How frailty scores are turned into a <see cref="FrailtyLevel"/>: the readings the sources leave open, each with a
/// documented default (decisions 0039 and 0040).
/// </summary>
public sealed record FrailtyOptions
{
    /// <summary>The defaults: eFI bands above their thresholds, CFS 5 mild, CFS 9 severe.</summary>
    public static FrailtyOptions Default { get; } = new();

    /// <summary>How a score exactly on an eFI threshold is banded.</summary>
    public EfiThresholdReading EfiThresholds { get; init => field = Guard.Against.UndefinedEnum(value); } = EfiThresholdReading.AboveThreshold;

    /// <summary>How CFS 5 is levelled.</summary>
    public ClinicalFrailtyScaleFiveReading ClinicalFrailtyScaleFive { get; init => field = Guard.Against.UndefinedEnum(value); } = ClinicalFrailtyScaleFiveReading.Mild;

    /// <summary>How CFS 9 is levelled.</summary>
    public ClinicalFrailtyScaleNineReading ClinicalFrailtyScaleNine { get; init => field = Guard.Against.UndefinedEnum(value); } = ClinicalFrailtyScaleNineReading.Severe;
}
