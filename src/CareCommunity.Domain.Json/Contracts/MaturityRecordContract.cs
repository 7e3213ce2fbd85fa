using System.Text.Json.Serialization;
using CareCommunity.Domain.Quality.Maturity;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The maturity-record document (schema <c>docs/schemas/maturity-record.schema.json</c>): one care community's
/// maturity matrix (SCIROCCO by default), its subjective and objective assessments, the framework of freedoms by phase
/// and the people named for enabling themes (MAT-1..MAT-3, docs/decisions/0020). Member names are those of
/// <see cref="MaturityRecord"/>, so issue locations point into this document.
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="CommunityId">The care community's id.</param>
/// <param name="Assessments">The assessments, each of one dimension of the matrix.</param>
/// <param name="Matrix">The matrix; <see cref="MaturityMatrix.Scirocco"/> when absent.</param>
/// <param name="Framework">The freedoms by phase; <see cref="FreedomFramework.Default"/> when absent.</param>
/// <param name="NamedLeads">The people named for enabling themes (MAT-3).</param>
/// <param name="AsOf">The date the rules are evaluated on unless the caller gives another.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record MaturityRecordContract(
    string SchemaVersion,
    [property: IdentifierValue] string CommunityId,
    IReadOnlyList<MaturityAssessmentContract> Assessments,
    MaturityMatrixContract? Matrix = null,
    FreedomFrameworkContract? Framework = null,
    IReadOnlyList<NamedLeadContract>? NamedLeads = null,
    LocalDate? AsOf = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>A maturity matrix as data (docs/decisions/0020).</summary>
/// <param name="Id">The matrix's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Dimensions">Its dimensions, at least one.</param>
/// <param name="Phases">How the aggregate score maps onto phases; the default (median, 2, 3.5) when absent.</param>
public sealed record MaturityMatrixContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    IReadOnlyList<MaturityDimensionContract> Dimensions,
    PhaseMappingContract? Phases = null);

/// <summary>A dimension of a matrix.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Levels">Its levels, at least two, in strictly increasing score order.</param>
public sealed record MaturityDimensionContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    IReadOnlyList<MaturityLevelContract> Levels);

/// <summary>A level of a dimension.</summary>
/// <param name="Score">Its score.</param>
/// <param name="Descriptor">What a community at this level looks like.</param>
public sealed record MaturityLevelContract(int Score, [property: NonBlank] string Descriptor);

/// <summary>How an aggregate score maps onto development phases 1-3.</summary>
/// <param name="Aggregate">median or mean.</param>
/// <param name="Phase2From">The lowest aggregate score of phase 2.</param>
/// <param name="Phase3From">The lowest aggregate score of phase 3.</param>
public sealed record PhaseMappingContract([property: EnumValues(typeof(ScoreAggregate))] string Aggregate, decimal Phase2From, decimal Phase3From);

/// <summary>One dated score of one dimension: subjective (by named assessors) or objective (basis and evidence reference).</summary>
/// <param name="Kind">subjective or objective.</param>
/// <param name="DimensionId">The dimension assessed.</param>
/// <param name="AssessedOn">The date.</param>
/// <param name="Score">The score, a level of the dimension.</param>
/// <param name="Assessors">Who assessed: at least one for a subjective assessment; optional for an objective one.</param>
/// <param name="Basis">For an objective assessment: evidence or thirdPartyCalibrated.</param>
/// <param name="EvidenceReference">For an objective assessment: the evidence or calibration report.</param>
public sealed record MaturityAssessmentContract(
    [property: EnumValues(typeof(AssessmentKind))] string Kind,
    [property: IdentifierValue] string DimensionId,
    LocalDate AssessedOn,
    int Score,
    IReadOnlyList<string>? Assessors = null,
    [property: EnumValues(typeof(ObjectiveBasis))] string? Basis = null,
    string? EvidenceReference = null);

/// <summary>The freedoms each development phase grants.</summary>
/// <param name="Phases">Every phase 1-3 once.</param>
public sealed record FreedomFrameworkContract(IReadOnlyList<FrameworkPhaseContract> Phases);

/// <summary>The freedoms of one phase.</summary>
/// <param name="Phase">The phase, 1-3.</param>
/// <param name="Freedoms">Its freedoms (possibly none).</param>
public sealed record FrameworkPhaseContract([property: ValueRange(1, 3)] int Phase, IReadOnlyList<FreedomContract> Freedoms);

/// <summary>A freedom as the framework grants it.</summary>
/// <param name="Kind">The freedom (camelCase <see cref="FreedomKind"/>).</param>
/// <param name="DelegatedLimit">For determineSpend: the delegated limit, pounds.</param>
/// <param name="ReportingIntervalMonths">For reportingFrequency: the longest interval between reports, months.</param>
public sealed record FreedomContract(
    [property: EnumValues(typeof(FreedomKind))] string Kind,
    [property: ValueRange(0, 1e12)] decimal? DelegatedLimit = null,
    [property: ValueRange(1, 12)] int? ReportingIntervalMonths = null);

/// <summary>A person named for an enabling theme (MAT-3).</summary>
/// <param name="Theme">The enabling theme.</param>
/// <param name="Person">The person named.</param>
/// <param name="NamedOn">When they were named.</param>
public sealed record NamedLeadContract([property: NonBlank] string Theme, [property: NonBlank] string Person, LocalDate NamedOn);

/// <summary>What <c>carecommunity maturity --format json</c> writes: the standing, freedoms, gaps, rules and report.</summary>
/// <param name="CommunityId">The community, when the record could be built.</param>
/// <param name="EvaluatedOn">The date the record was evaluated on, when there was one.</param>
/// <param name="Subjective">The subjective standing, when there is a self-assessment by then.</param>
/// <param name="Objective">The objective standing, when there is an objective assessment by then.</param>
/// <param name="Freedoms">The freedoms granted on the date.</param>
/// <param name="Gaps">Subjective against objective, per dimension.</param>
/// <param name="Rules">Every MAT rule's result.</param>
/// <param name="Report">The validation report.</param>
public sealed record MaturityStandingReportContract(
    string? CommunityId,
    LocalDate? EvaluatedOn,
    PhaseStandingContract? Subjective,
    PhaseStandingContract? Objective,
    IReadOnlyList<FreedomContract> Freedoms,
    IReadOnlyList<DimensionGapContract> Gaps,
    IReadOnlyList<RuleResultContract> Rules,
    ValidationReportContract Report);

/// <summary>A standing by one kind of assessment.</summary>
/// <param name="Phase">The phase, 1-3.</param>
/// <param name="AggregateScore">The median or mean the phase comes from.</param>
/// <param name="LatestAssessmentOn">The latest assessment taken into account.</param>
/// <param name="DimensionsAssessed">How many dimensions had an assessment of this kind.</param>
public sealed record PhaseStandingContract(int Phase, decimal AggregateScore, LocalDate LatestAssessmentOn, int DimensionsAssessed);

/// <summary>The gap between self-assessment and objective assessment of one dimension.</summary>
/// <param name="DimensionId">The dimension.</param>
/// <param name="Subjective">The latest self-assessment consensus (median), if any.</param>
/// <param name="Objective">The latest objective score, if any.</param>
/// <param name="Gap">Subjective minus objective, when both exist.</param>
/// <param name="Split">True when the self-assessments are split (uncertain).</param>
public sealed record DimensionGapContract(string DimensionId, decimal? Subjective, int? Objective, decimal? Gap, bool Split);

/// <summary>One rule's result.</summary>
/// <param name="Rule">The rule id, e.g. <c>MAT-1</c>.</param>
/// <param name="Status">met, not-met or not-evaluated.</param>
/// <param name="Summary">What it looked at and found.</param>
/// <param name="Figures">The figures it looked at.</param>
public sealed record RuleResultContract(string Rule, string Status, string Summary, IReadOnlyDictionary<string, string> Figures);
