using OneOf;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A resident's frailty from exactly one of its sources: a stated level, an electronic Frailty Index score or a
/// Clinical Frailty Scale score. A closed choice built on OneOf (<c>Match</c>, <c>Switch</c>). For the allocation-free
/// path inside <see cref="Resident"/> use <see cref="FrailtyAssessment"/>; the two convert into each other.
/// </summary>
public sealed class Frailty : OneOfBase<StatedFrailty, ElectronicFrailtyIndex, ClinicalFrailtyScale>
{
    private Frailty(OneOf<StatedFrailty, ElectronicFrailtyIndex, ClinicalFrailtyScale> value)
        : base(value)
    {
    }

    /// <summary>A stated level.</summary>
    /// <param name="stated">The level.</param>
    /// <returns>The frailty.</returns>
    public static Frailty From(StatedFrailty stated) => new(stated);

    /// <summary>An electronic Frailty Index score.</summary>
    /// <param name="efi">The score.</param>
    /// <returns>The frailty.</returns>
    public static Frailty From(ElectronicFrailtyIndex efi) => new(efi);

    /// <summary>A Clinical Frailty Scale score.</summary>
    /// <param name="cfs">The score.</param>
    /// <returns>The frailty.</returns>
    public static Frailty From(ClinicalFrailtyScale cfs) => new(cfs);

    /// <summary>The source this frailty comes from.</summary>
    public FrailtySource Source => Match(_ => FrailtySource.Stated, _ => FrailtySource.ElectronicFrailtyIndex, _ => FrailtySource.ClinicalFrailtyScale);

    /// <summary>The level, read with the given options; null only for a CFS 9 read as not graded.</summary>
    /// <param name="options">The readings; <see cref="FrailtyOptions.Default"/> when null.</param>
    /// <returns>The level.</returns>
    public FrailtyLevel? Level(FrailtyOptions? options = null) => ToAssessment().Level(options);

    /// <summary>The allocation-free form.</summary>
    /// <returns>The assessment.</returns>
    public FrailtyAssessment ToAssessment() =>
        Match(FrailtyAssessment.Of, FrailtyAssessment.Of, FrailtyAssessment.Of);

    /// <summary>The frailty of an assessment, or null when it is <see cref="FrailtyAssessment.None"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The frailty, or null.</returns>
    public static Frailty? FromAssessment(FrailtyAssessment assessment) => assessment.Source switch
    {
        FrailtySource.Stated => From(assessment.AsStated),
        FrailtySource.ElectronicFrailtyIndex => From(assessment.AsElectronicFrailtyIndex),
        FrailtySource.ClinicalFrailtyScale => From(assessment.AsClinicalFrailtyScale),
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Match(s => s.ToString(), e => e.ToString(), c => c.ToString());
}
