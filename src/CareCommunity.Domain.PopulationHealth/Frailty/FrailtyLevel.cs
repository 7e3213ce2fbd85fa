namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// How frail a resident is, on the four-level scale shared by the electronic Frailty Index's bands and a clinician's
/// stated judgement. CPX-1 (d) asks for "Moderate to severe frailty": <see cref="Moderate"/> or <see cref="Severe"/>.
/// </summary>
public enum FrailtyLevel : byte
{
    /// <summary>Fit: not frail.</summary>
    Fit = 0,

    /// <summary>Mild frailty.</summary>
    Mild = 1,

    /// <summary>Moderate frailty.</summary>
    Moderate = 2,

    /// <summary>Severe frailty.</summary>
    Severe = 3,
}

/// <summary>Where a resident's frailty comes from.</summary>
public enum FrailtySource : byte
{
    /// <summary>Not assessed: no frailty is known.</summary>
    None = 0,

    /// <summary>A level stated directly (<see cref="StatedFrailty"/>).</summary>
    Stated = 1,

    /// <summary>An electronic Frailty Index score (<see cref="ElectronicFrailtyIndex"/>).</summary>
    ElectronicFrailtyIndex = 2,

    /// <summary>A Clinical Frailty Scale score (<see cref="ClinicalFrailtyScale"/>).</summary>
    ClinicalFrailtyScale = 3,
}
