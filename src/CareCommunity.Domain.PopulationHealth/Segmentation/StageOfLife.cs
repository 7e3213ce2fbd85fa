namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The first dimension of the Primary Care Home cube (POP-2, seed 001 l.205): "Stage of life: children &amp; young
/// people, working age adults and older people". The age at which each begins is <see cref="AgeBands"/>.
/// </summary>
public enum StageOfLife : byte
{
    /// <summary>Children &amp; young people (<c>children-and-young-people</c>).</summary>
    ChildrenAndYoungPeople = 0,

    /// <summary>Working age adults (<c>working-age-adults</c>).</summary>
    WorkingAgeAdults = 1,

    /// <summary>Older people (<c>older-people</c>).</summary>
    OlderPeople = 2,
}

/// <summary>
/// The second dimension of the cube (POP-2, seed 001 l.207): "Holistic health and care needs: currently well, people
/// with long-term conditions (LTCs), and those with complex biopsychosocial health needs". Complex is CPX-1; long-term
/// conditions is at least one counted condition without being complex; currently well is neither.
/// </summary>
public enum HolisticNeed : byte
{
    /// <summary>Currently well (<c>currently-well</c>): no counted long-term condition and not complex.</summary>
    CurrentlyWell = 0,

    /// <summary>People with long-term conditions (<c>long-term-conditions</c>) who are not complex.</summary>
    LongTermConditions = 1,

    /// <summary>Complex biopsychosocial health needs (<c>complex</c>): meets CPX-1.</summary>
    Complex = 2,
}

/// <summary>The optional third axis of the cube: the library's risk stratum (decision 0042). Not in the seed.</summary>
public enum RiskLevel : byte
{
    /// <summary>Low risk (<c>low</c>).</summary>
    Low = 0,

    /// <summary>High risk (<c>high</c>).</summary>
    High = 1,
}

/// <summary>The wire names of the segmentation's values.</summary>
public static class SegmentNames
{
    /// <summary>The name of a stage of life, e.g. <c>working-age-adults</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Name(StageOfLife stage) => stage switch
    {
        StageOfLife.ChildrenAndYoungPeople => "children-and-young-people",
        StageOfLife.WorkingAgeAdults => "working-age-adults",
        StageOfLife.OlderPeople => "older-people",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined StageOfLife."),
    };

    /// <summary>The name of a holistic need, e.g. <c>long-term-conditions</c>.</summary>
    /// <param name="need">The need.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Name(HolisticNeed need) => need switch
    {
        HolisticNeed.CurrentlyWell => "currently-well",
        HolisticNeed.LongTermConditions => "long-term-conditions",
        HolisticNeed.Complex => "complex",
        _ => throw new ArgumentOutOfRangeException(nameof(need), need, "Not a defined HolisticNeed."),
    };

    /// <summary>The name of a risk level: <c>low</c> or <c>high</c>.</summary>
    /// <param name="risk">The level.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Name(RiskLevel risk) => risk switch
    {
        RiskLevel.Low => "low",
        RiskLevel.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, "Not a defined RiskLevel."),
    };
}
