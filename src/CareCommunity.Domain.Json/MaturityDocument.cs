using System.Collections.Immutable;
using System.Text.Json;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json;

/// <summary>Settings for <see cref="MaturityDocument.Validate(ReadOnlySpan{byte}, MaturityValidationSettings?)"/>.</summary>
public sealed record MaturityValidationSettings
{
    /// <summary>The defaults: the MAT rules' default options, evaluated on the document's own <c>asOf</c> date.</summary>
    public static MaturityValidationSettings Default { get; } = new();

    /// <summary>The MAT rules' options (docs/decisions/0020).</summary>
    public MaturityOptions Options { get; init; } = MaturityOptions.Default;

    /// <summary>Severities chosen for particular issue codes.</summary>
    public IReadOnlyDictionary<IssueCode, Severity>? SeverityOverrides { get; init; }

    /// <summary>The date to evaluate on; overrides the document's <c>asOf</c>.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The clock whose Europe/London date is used when neither <see cref="AsOf"/> nor the document's <c>asOf</c> is given.</summary>
    public IClock? Clock { get; init; }

    /// <summary>When true, the result carries an explanation of every MAT rule.</summary>
    public bool Explain { get; init; }

    /// <summary>The limits on what is read and reported.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of validating a maturity-record document.</summary>
/// <param name="Report">Every issue found: structural, value and MAT rule issues.</param>
/// <param name="Record">The record, whenever the document could be read into one (also when it breaks MAT rules).</param>
/// <param name="AsOf">The date the rules were evaluated on, when they were.</param>
/// <param name="Why">Rule by rule, why; present when asked for.</param>
/// <param name="Rules">Every MAT rule's result, in id order (not evaluated when the record could not be built).</param>
public sealed record MaturityValidationResult(
    ValidationReport Report, MaturityRecord? Record, LocalDate? AsOf, Explanation? Why, ImmutableArray<RuleResult> Rules)
{
    /// <summary>True when the report has no errors.</summary>
    public bool IsValid => Report.IsValid;
}

/// <summary>
/// Reads and validates maturity-record documents (<c>docs/schemas/maturity-record.schema.json</c>): builds the
/// <see cref="MaturityRecord"/> (SCIROCCO when the document gives no matrix) and runs every MAT rule on it. Never
/// throws for bad data: every problem is an issue at its JSON path.
/// </summary>
public static class MaturityDocument
{
    private const string Kind = "maturity-record";

    /// <summary>Issue code: a self-assessment carries a basis or evidence reference, which belong to objective assessments.</summary>
    public static IssueCode NotForSubjective { get; } = IssueCode.Create("maturity-document.objective-member-on-subjective");

    /// <summary>Validates a document.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="MaturityValidationSettings.Default"/> when null.</param>
    /// <returns>The report, the record and the rule results.</returns>
    public static MaturityValidationResult Validate(ReadOnlySpan<byte> utf8Json, MaturityValidationSettings? settings = null)
    {
        settings ??= MaturityValidationSettings.Default;
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(utf8Json.Length, settings.Limits), null, null, null, settings, "the document was not read");
        }

        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.MaturityRecordContract, Kind, issues);
        if (contract is null)
        {
            return Finish(issues, null, null, null, settings, "the document could not be read");
        }

        var record = ToRecord(contract, issues, settings.Limits);
        var asOf = QualityDocuments.AsOf(settings.AsOf, contract.AsOf, settings.Clock, issues, "maturity record");
        return Finish(issues, record, asOf, contract.CommunityId, settings,
            record is null ? "the maturity record could not be built" : "no evaluation date");
    }

    /// <summary>Validates a document read from a stream, reading at most <see cref="ValidationLimits.MaxDocumentBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static MaturityValidationResult Validate(Stream utf8Json, MaturityValidationSettings? settings = null)
    {
        settings ??= MaturityValidationSettings.Default;
        return QualityDocuments.ReadBounded(utf8Json, settings.Limits) is { } bytes
            ? Validate(bytes, settings)
            : Finish(QualityDocuments.TooLarge(null, settings.Limits), null, null, null, settings, "the document was not read");
    }

    /// <summary>Validates a document file; a file that cannot be read, or is over the size limit, is an issue, not an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static MaturityValidationResult ValidateFile(string path, MaturityValidationSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= MaturityValidationSettings.Default;
        if (QualityDocuments.LengthOf(path) is { } length && length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(length, settings.Limits), null, null, null, settings, "the document was not read");
        }

        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? Finish(issues, null, null, null, settings, "the file could not be read") : Validate(bytes, settings);
    }

    /// <summary>Writes a record as a document (the matrix and framework written out in full, so it reads back the same).</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The document's as-of date.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(MaturityRecord record, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var m = record.Matrix;
        var contract = new MaturityRecordContract(
            CareCommunityDocumentContract.CurrentSchemaVersion,
            record.CommunityId,
            [.. record.Assessments.Select(a => new MaturityAssessmentContract(EnumText.Format(a.Kind), a.DimensionId, a.AssessedOn, a.Score,
                a.Assessors.IsEmpty ? null : [.. a.Assessors], a.Basis is { } b ? EnumText.Format(b) : null, a.EvidenceReference))],
            new MaturityMatrixContract(m.Id, m.Name,
                [.. m.Dimensions.Select(d => new MaturityDimensionContract(d.Id, d.Name, [.. d.Levels.Select(l => new MaturityLevelContract(l.Score, l.Descriptor))]))],
                new PhaseMappingContract(EnumText.Format(m.Phases.Aggregate), m.Phases.Phase2From, m.Phases.Phase3From)),
            new FreedomFrameworkContract([.. record.Framework.ByPhase.Select(p => new FrameworkPhaseContract((int)p.Key, [.. p.Value.Select(ToContract)]))]),
            record.NamedLeads.IsEmpty ? null : [.. record.NamedLeads.Select(l => new NamedLeadContract(l.Theme, l.Person, l.NamedOn))],
            asOf);
        return JsonSerializer.Serialize(contract, CareCommunityJsonContext.Default.MaturityRecordContract);
    }

    internal static FreedomContract ToContract(Freedom f) => new(EnumText.Format(f.Kind), f.DelegatedLimit?.Pounds, f.ReportingIntervalMonths);

    private static MaturityValidationResult Finish(
        IssueCollector issues, MaturityRecord? record, LocalDate? asOf, string? communityId, MaturityValidationSettings settings, string notEvaluated)
    {
        var results = record is not null && asOf is { } on
            ? MaturityRules.CheckAll(record, new MaturityContext(on, settings.Options, settings.SeverityOverrides))
            : QualityDocuments.NotEvaluated(MaturityRules.All.Select(r => r.Descriptor.Id), notEvaluated + ".");
        var report = QualityDocuments.Report(issues, results, settings.Limits);
        var evaluated = record is not null ? asOf : null;
        var why = settings.Explain
            ? QualityDocuments.Explain($"{communityId ?? "The maturity record"}{(evaluated is { } d ? " on " + ModelText.Date(d) : "")}: {report}", results)
            : null;
        return new MaturityValidationResult(report, record, evaluated, why, results);
    }

    private static MaturityRecord? ToRecord(MaturityRecordContract c, IssueCollector issues, ValidationLimits limits)
    {
        var root = DocumentPath.Root;
        var v = new ContractValueReader(issues, limits);
        var before = issues.Issues.Count;
        v.SchemaVersion(c.SchemaVersion, root.Property("schemaVersion"));
        if (!Identifier.IsValid(c.CommunityId))
        {
            v.Id<CareCommunity.Domain.OperatingModel.CareCommunityId>(c.CommunityId, root.Property("communityId"),
                CareCommunity.Domain.OperatingModel.CareCommunityId.TryCreate, "care community id");
        }

        var matrix = c.Matrix is { } mc ? ReadMatrix(mc, root.Property("matrix"), v, issues) : MaturityMatrix.Scirocco;
        var framework = c.Framework is { } fc ? ReadFramework(fc, root.Property("framework"), v, issues) : FreedomFramework.Default;

        var assessments = v.Each(c.Assessments, root.Property("assessments"), (a, i) =>
        {
            var at = root.Property("assessments").Index(i);
            var kind = v.Enum<AssessmentKind>(a.Kind, at.Property("kind"));
            Result<MaturityAssessment>? built = kind switch
            {
                AssessmentKind.Subjective => MaturityAssessment.Subjective(a.DimensionId, a.AssessedOn, a.Score, a.Assessors),
                AssessmentKind.Objective => ReadObjective(a, at, v, issues),
                _ => null,
            };
            if (kind == AssessmentKind.Subjective && (a.Basis is not null || a.EvidenceReference is not null))
            {
                issues.Error(IssueKind.Invariant, null, NotForSubjective, at.Property(a.Basis is not null ? "basis" : "evidenceReference"),
                    "A self-assessment has assessors, not a basis or an evidence reference: make it objective, or remove them.");
            }

            if (built is null)
            {
                return null;
            }

            issues.AddRange(built.Issues, at);
            return built.ValueOrDefault;
        });
        NullElements(c.Assessments, root.Property("assessments"), issues);

        var leads = v.Each(c.NamedLeads, root.Property("namedLeads"), (l, i) =>
        {
            var at = root.Property("namedLeads").Index(i);
            var theme = v.Text(l.Theme, at.Property("theme"));
            var person = v.Text(l.Person, at.Property("person"));
            return theme is not null && person is not null ? new NamedLead(theme, person, l.NamedOn) : null;
        });
        NullElements(c.NamedLeads, root.Property("namedLeads"), issues);

        if (issues.Issues.Skip(before).Any(i => i.Severity == Severity.Error) || matrix is null || framework is null)
        {
            return null;
        }

        var record = MaturityRecord.Create(c.CommunityId, matrix, assessments, framework, leads);
        issues.AddRange(record.Issues);
        return record.ValueOrDefault;
    }

    private static Result<MaturityAssessment>? ReadObjective(MaturityAssessmentContract a, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        if (a.Basis is null)
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.MissingMember, at.Property("basis"),
                "An objective assessment says what it rests on: \"basis\": \"evidence\" or \"thirdPartyCalibrated\".");
            return null;
        }

        var basis = v.Enum<ObjectiveBasis>(a.Basis, at.Property("basis"));
        var assessor = a.Assessors is { Count: > 0 } names ? string.Join(", ", names.Where(n => !string.IsNullOrWhiteSpace(n))) : null;
        return basis is { } b ? MaturityAssessment.Objective(a.DimensionId, a.AssessedOn, a.Score, b, a.EvidenceReference, assessor) : null;
    }

    private static MaturityMatrix? ReadMatrix(MaturityMatrixContract c, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        PhaseMapping? phases = PhaseMapping.Default;
        if (c.Phases is { } p)
        {
            var aggregate = v.Enum<ScoreAggregate>(p.Aggregate, at.Property("phases").Property("aggregate"));
            if (aggregate is { } agg)
            {
                var mapping = PhaseMapping.Create(agg, p.Phase2From, p.Phase3From);
                issues.AddRange(mapping.Issues, at.Property("phases"));
                phases = mapping.ValueOrDefault;
            }
            else
            {
                phases = null;
            }
        }

        // A null dimension or level is reported by MaturityMatrix.Create (maturity.matrix.dimension-missing, level-missing).
        var dimensions = v.Each(c.Dimensions, at.Property("dimensions"), (d, i) => new DimensionDefinition(d.Id, d.Name,
            [.. (d.Levels ?? []).Select(l => l is null ? null : new MaturityLevel(l.Score, l.Descriptor))]));
        var matrix = MaturityMatrix.Create(c.Id, c.Name, dimensions, phases);
        issues.AddRange(matrix.Issues, at);
        return phases is null ? null : matrix.ValueOrDefault;
    }

    private static FreedomFramework? ReadFramework(FreedomFrameworkContract c, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        NullElements(c.Phases, at.Property("phases"), issues);
        var ok = true;
        var phases = new List<KeyValuePair<DevelopmentPhase, IReadOnlyList<Freedom?>?>>();
        for (var i = 0; i < c.Phases.Count; i++)
        {
            if (c.Phases[i] is not { } p)
            {
                ok = false;
                continue;
            }

            var pat = at.Property("phases").Index(i);
            NullElements(p.Freedoms, pat.Property("freedoms"), issues);
            var freedoms = v.Each(p.Freedoms, pat.Property("freedoms"), (f, j) =>
            {
                var fat = pat.Property("freedoms").Index(j);
                var kind = v.Enum<FreedomKind>(f.Kind, fat.Property("kind"));
                var limit = f.DelegatedLimit is { } pounds ? v.NonNegative(pounds, fat.Property("delegatedLimit"), MaturityRules.FreedomWithinFramework.Descriptor.Id) : null;
                return kind is { } k && (f.DelegatedLimit is null || limit is not null) ? new Freedom(k, limit, f.ReportingIntervalMonths) : null;
            });
            ok &= freedoms.All(f => f is not null);
            phases.Add(new((DevelopmentPhase)p.Phase, freedoms));
        }

        if (!ok)
        {
            return null;
        }

        var framework = FreedomFramework.Create(phases);
        issues.AddRange(framework.Issues, at);
        return framework.ValueOrDefault;
    }

    /// <summary>Reports each null element of a list as <c>json.null-not-allowed</c> at its index.</summary>
    internal static void NullElements<T>(IReadOnlyList<T?>? list, DocumentPath at, IssueCollector issues)
        where T : class
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is null)
            {
                issues.Error(IssueKind.Structure, null, CareCommunityDocument.NullValue, at.Index(i), "This element is null; null elements are not allowed.");
            }
        }
    }
}
