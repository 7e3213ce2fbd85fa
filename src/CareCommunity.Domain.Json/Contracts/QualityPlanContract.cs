using CareCommunity.Domain.Quality.Control;
using System.Text.Json.Serialization;
using CareCommunity.Domain.Quality.Planning;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The quality-plan document (schema <c>docs/schemas/quality-plan.schema.json</c>): a care community's leadership team,
/// its quality goals by financial year and the improvement projects started for them (QUA-1..QUA-3,
/// docs/decisions/0021). Member names are those of <see cref="QualityPlan"/>, so issue locations point into this document.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="CommunityId">The care community's id.</param>
/// <param name="LeadershipTeam">The person ids of the leadership and management team (CC-4), who lead quality.</param>
/// <param name="Goals">The quality goals.</param>
/// <param name="Improvements">The improvement projects.</param>
/// <param name="AsOf">The date the rules are evaluated on unless the caller gives another.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record QualityPlanContract(
    string SchemaVersion,
    [property: IdentifierValue] string CommunityId,
    [property: IdentifierValue] IReadOnlyList<string> LeadershipTeam,
    IReadOnlyList<QualityGoalContract> Goals,
    IReadOnlyList<QualityImprovementContract>? Improvements = null,
    LocalDate? AsOf = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>A quality goal for a financial year (QUA-1, QUA-2).</summary>
/// <param name="Id">The goal's id, unique within the plan.</param>
/// <param name="Title">What the goal is.</param>
/// <param name="Year">The NHS financial year, e.g. <c>2023/24</c>.</param>
/// <param name="Source">The intelligence behind it (camelCase <see cref="IntelligenceSource"/>).</param>
/// <param name="Measure">The measure that shows whether it is met.</param>
/// <param name="Owner">The person id of the leadership-team member who owns it (QUA-3).</param>
/// <param name="Target">The target value of the measure.</param>
/// <param name="Direction">Which way the measure improves (camelCase <see cref="ImprovementDirection"/>); neither when absent.</param>
public sealed record QualityGoalContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Title,
    [property: FinancialYearValue] string Year,
    [property: EnumValues(typeof(IntelligenceSource))] string Source,
    [property: NonBlank] string Measure,
    [property: IdentifierValue] string Owner,
    decimal? Target = null,
    [property: EnumValues(typeof(ImprovementDirection))] string? Direction = null);

/// <summary>An improvement project started for a goal (QUA-1).</summary>
/// <param name="Goal">The goal's id.</param>
/// <param name="Project">The initiative (as in the care-community document, CC-10).</param>
/// <param name="Measures">The measures that will show its impact.</param>
public sealed record QualityImprovementContract(
    [property: IdentifierValue] string Goal,
    InitiativeContract Project,
    IReadOnlyList<string>? Measures = null);

/// <summary>Marks a text member that holds an NHS financial year written <c>2023/24</c>; the JSON Schema gives its pattern.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class FinancialYearValueAttribute : Attribute
{
    /// <summary>The pattern of the text (the reader also checks the end year follows the start year).</summary>
    public const string Pattern = "^[0-9]{4}/[0-9]{2}$";
}
