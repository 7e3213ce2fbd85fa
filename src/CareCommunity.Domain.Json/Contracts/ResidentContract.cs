using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// One resident of a population file, as one NDJSON line (schema <c>docs/schemas/resident.schema.json</c>; the CSV form
/// has the same columns, lists <c>;</c>-separated). Written by <c>carecommunity generate population</c>, read by
/// <c>carecommunity classify</c>. Optional members may be left out (a list then is empty, a flag false, frailty not
/// assessed, the decile unknown) but are never <c>null</c>; unknown members are errors.
/// </summary>
/// <param name="Id">The resident's pseudonymous identifier: 1-64 characters of <c>A-Z a-z 0-9 . _ -</c> (case-sensitive).</param>
/// <param name="BirthDate">The date of birth (<c>yyyy-MM-dd</c>), not after the reference date, not before 1900-01-01.</param>
/// <param name="CareCommunity">The care community's id, one of Cheshire East's eight (other Places' by option).</param>
/// <param name="Conditions">Distinct condition names from <see cref="ResidentContract.ConditionNames"/>.</param>
/// <param name="Frailty">The frailty assessment, exactly one of a stated level, an eFI or a CFS score; absent = not assessed.</param>
/// <param name="LearningDisability">On the learning disability register.</param>
/// <param name="Autism">Autistic.</param>
/// <param name="SeriousMentalIllness">On the serious mental illness register.</param>
/// <param name="ImdDecile">The Index of Multiple Deprivation decile of the home, 1 (most deprived) to 10; deciles 1-2 are Core20.</param>
/// <param name="Diagnoses">ICD-10 codes (e.g. <c>I10</c>, <c>E11.9</c>, <c>E119</c>), mapped to conditions by the shipped mapping; an unknown code is a warning.</param>
[WireRecord]
public sealed record ResidentContract(
    [property: ValuePattern(ResidentContract.IdPattern)] string Id,
    [property: ValuePattern(ResidentContract.DatePattern)] LocalDate BirthDate,
    [property: AllowedTexts(typeof(ResidentContract), nameof(ResidentContract.CareCommunityIds))] string CareCommunity,
    [property: AllowedTexts(typeof(ResidentContract), nameof(ResidentContract.ConditionNames)), UniqueItems] IReadOnlyList<string>? Conditions = null,
    ResidentFrailtyContract? Frailty = null,
    bool? LearningDisability = null,
    bool? Autism = null,
    bool? SeriousMentalIllness = null,
    [property: ValueRange(1, 10)] int? ImdDecile = null,
    [property: ValuePattern(ResidentContract.DiagnosisPattern)] IReadOnlyList<string>? Diagnoses = null)
{
    /// <summary>The id's pattern: 1-64 characters of <c>[A-Za-z0-9._-]</c>.</summary>
    public const string IdPattern = "^[A-Za-z0-9._-]{1,64}$";

    /// <summary>The birth date's pattern: <c>yyyy-MM-dd</c> from 1900 (the lower bound of the wire format).</summary>
    public const string DatePattern = "^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /// <summary>A diagnosis code's pattern: a non-blank code of at most 16 characters without spaces (unknown codes are a
    /// warning, not a schema error).</summary>
    public const string DiagnosisPattern = "^[A-Za-z0-9.+-]{1,16}$";

    /// <summary>The 21 condition names, in the wire format's order (the 14 of CPX-1 (d), stroke and TIA apart, then the
    /// other registers' conditions).</summary>
    public static ImmutableArray<string> ConditionNames { get; } =
    [
        "hypertension", "depression", "asthma", "diabetes", "coronary-heart-disease", "chronic-kidney-disease",
        "hypothyroidism", "stroke", "transient-ischaemic-attack", "copd", "cancer", "atrial-fibrillation", "heart-failure",
        "epilepsy", "dementia", "peripheral-arterial-disease", "rheumatoid-arthritis", "osteoporosis", "parkinsons-disease",
        "multiple-sclerosis", "chronic-liver-disease",
    ];

    /// <summary>Cheshire East's eight care community ids (<see cref="OperatingModel.CheshireEast.CareCommunityIds"/>).</summary>
    public static ImmutableArray<string> CareCommunityIds { get; } =
        [.. OperatingModel.CheshireEast.CareCommunityIds.Select(c => c.Value)];

    /// <summary>The frailty levels of a stated level, in order.</summary>
    public static ImmutableArray<string> FrailtyLevels { get; } = ["fit", "mild", "moderate", "severe"];
}

/// <summary>
/// A resident's frailty: exactly one member, a stated <c>level</c>, an electronic Frailty Index <c>efi</c> (0..1) or a
/// Clinical Frailty Scale score <c>cfs</c> (1..9).
/// </summary>
/// <param name="Level">A stated level: fit, mild, moderate or severe.</param>
/// <param name="Efi">An electronic Frailty Index, 0 to 1.</param>
/// <param name="Cfs">A Clinical Frailty Scale score, 1 to 9.</param>
[WireRecord]
[ExactlyOneMember]
public sealed record ResidentFrailtyContract(
    [property: AllowedTexts(typeof(ResidentContract), nameof(ResidentContract.FrailtyLevels))] string? Level = null,
    [property: ValueRange(0, 1)] double? Efi = null,
    [property: ValueRange(1, 9)] int? Cfs = null);
