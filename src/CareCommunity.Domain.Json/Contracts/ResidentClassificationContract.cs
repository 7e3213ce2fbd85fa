using System.Collections.Immutable;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// One result record of <c>carecommunity classify</c> (schema <c>docs/schemas/resident-classification.schema.json</c>):
/// one NDJSON line per resident read (CSV and Parquet have the same columns, lists <c>;</c>-joined).
/// </summary>
/// <param name="Line">The resident's 1-based line (NDJSON) or record (CSV) number in the input.</param>
/// <param name="Id">The resident's id, as read.</param>
/// <param name="CareCommunity">The resident's care community id, as read (a slug; other Places' by option).</param>
/// <param name="Age">The age in whole years at the reference date.</param>
/// <param name="StageOfLife">The stage of life: children-and-young-people, working-age-adults or older-people.</param>
/// <param name="Need">The holistic need: currently-well, long-term-conditions or complex.</param>
/// <param name="Complex">True when the resident meets the complexity definition.</param>
/// <param name="Criteria">The complexity criteria met, in the definition's order.</param>
/// <param name="LongTermConditions">How many long-term conditions count.</param>
/// <param name="Frailty">The frailty level read from the assessment, or not-assessed.</param>
/// <param name="Core20">True when the home is in IMD deciles 1-2.</param>
/// <param name="Risk">The optional third axis (low or high); absent when it is off.</param>
[WireRecord]
public sealed record ResidentClassificationContract(
    [property: ValueRange(1)] long Line,
    [property: ValuePattern(ResidentContract.IdPattern)] string Id,
    [property: ValuePattern(ResidentClassificationContract.CareCommunityPattern)] string CareCommunity,
    [property: ValueRange(0)] int Age,
    [property: AllowedTexts(typeof(ResidentClassificationContract), nameof(ResidentClassificationContract.StagesOfLife))] string StageOfLife,
    [property: AllowedTexts(typeof(ResidentClassificationContract), nameof(ResidentClassificationContract.Needs))] string Need,
    bool Complex,
    [property: AllowedTexts(typeof(ResidentClassificationContract), nameof(ResidentClassificationContract.ComplexityCriteria)), UniqueItems] IReadOnlyList<string> Criteria,
    [property: ValueRange(0)] int LongTermConditions,
    [property: AllowedTexts(typeof(ResidentClassificationContract), nameof(ResidentClassificationContract.FrailtyLevels))] string Frailty,
    bool Core20,
    [property: AllowedTexts(typeof(ResidentClassificationContract), nameof(ResidentClassificationContract.Risks))] string? Risk = null)
{
    /// <summary>A care community id's pattern (the library's identifier rule).</summary>
    public const string CareCommunityPattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    /// <summary>The stages of life.</summary>
    public static ImmutableArray<string> StagesOfLife { get; } = ["children-and-young-people", "working-age-adults", "older-people"];

    /// <summary>The holistic needs.</summary>
    public static ImmutableArray<string> Needs { get; } = ["currently-well", "long-term-conditions", "complex"];

    /// <summary>The complexity criteria, in the order a record lists them.</summary>
    public static ImmutableArray<string> ComplexityCriteria { get; } =
        ["two-or-more-long-term-conditions", "learning-disability-or-autism", "serious-mental-illness", "frailty-and-listed-condition"];

    /// <summary>The frailty levels of a result, not-assessed first.</summary>
    public static ImmutableArray<string> FrailtyLevels { get; } = ["not-assessed", "fit", "mild", "moderate", "severe"];

    /// <summary>The risk levels of the optional third axis.</summary>
    public static ImmutableArray<string> Risks { get; } = ["low", "high"];
}
