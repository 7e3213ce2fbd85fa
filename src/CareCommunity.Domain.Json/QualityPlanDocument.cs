using CareCommunity.Domain.Quality.Control;
using System.Collections.Immutable;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Quality;
using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json;

/// <summary>Settings for <see cref="QualityPlanDocument.Validate(ReadOnlySpan{byte}, QualityPlanValidationSettings?)"/>.</summary>
public sealed record QualityPlanValidationSettings
{
    /// <summary>The defaults: the QUA rules' default options, evaluated on the document's own <c>asOf</c> date.</summary>
    public static QualityPlanValidationSettings Default { get; } = new();

    /// <summary>The QUA rules' options (docs/decisions/0021).</summary>
    public QualityOptions Options { get; init; } = QualityOptions.Default;

    /// <summary>The date to evaluate on; overrides the document's <c>asOf</c>.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The clock whose Europe/London date is used when neither <see cref="AsOf"/> nor the document's <c>asOf</c> is given.</summary>
    public IClock? Clock { get; init; }

    /// <summary>When true, the result carries an explanation of every QUA rule.</summary>
    public bool Explain { get; init; }

    /// <summary>The limits on what is read and reported.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of validating a quality-plan document.</summary>
/// <param name="Report">Every issue found: structural, value and QUA rule issues.</param>
/// <param name="Plan">The lenient plan the rules ran on (an unreadable goal or project is a null entry); null when the
/// document could not be read as JSON.</param>
/// <param name="AsOf">The date the rules were evaluated on, when they were.</param>
/// <param name="Why">Rule by rule, why; present when asked for.</param>
/// <param name="Rules">Every QUA rule's result, in id order.</param>
public sealed record QualityPlanValidationResult(
    ValidationReport Report, QualityPlan? Plan, LocalDate? AsOf, Explanation? Why, ImmutableArray<RuleResult> Rules)
{
    /// <summary>True when the report has no errors.</summary>
    public bool IsValid => Report.IsValid;
}

/// <summary>
/// Reads and validates quality-plan documents (<c>docs/schemas/quality-plan.schema.json</c>) and runs QUA-1..QUA-3 on
/// them. Never throws for bad data: a bad year, id or enum value is an issue at its JSON path and the entry is left
/// out of what the rules see (they then say they could not evaluate it).
/// </summary>
public static class QualityPlanDocument
{
    private const string Kind = "quality-plan";

    /// <summary>Issue code: a financial year that is not written <c>2023/24</c> with the end year following the start year.</summary>
    public static IssueCode InvalidFinancialYear { get; } = IssueCode.Create("value.invalid-financial-year");

    /// <summary>Validates a document.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="QualityPlanValidationSettings.Default"/> when null.</param>
    /// <returns>The report, the plan and the rule results.</returns>
    public static QualityPlanValidationResult Validate(ReadOnlySpan<byte> utf8Json, QualityPlanValidationSettings? settings = null)
    {
        settings ??= QualityPlanValidationSettings.Default;
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(utf8Json.Length, settings.Limits), null, null, settings, "the document was not read");
        }

        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.QualityPlanContract, Kind, issues);
        if (contract is null)
        {
            return Finish(issues, null, null, settings, "the document could not be read");
        }

        var plan = ToPlan(contract, issues, settings.Limits);
        var asOf = QualityDocuments.AsOf(settings.AsOf, contract.AsOf, settings.Clock, issues, "quality plan");
        return Finish(issues, plan, asOf, settings, "no evaluation date");
    }

    /// <summary>Validates a document read from a stream, reading at most <see cref="ValidationLimits.MaxDocumentBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static QualityPlanValidationResult Validate(Stream utf8Json, QualityPlanValidationSettings? settings = null)
    {
        settings ??= QualityPlanValidationSettings.Default;
        return QualityDocuments.ReadBounded(utf8Json, settings.Limits) is { } bytes
            ? Validate(bytes, settings)
            : Finish(QualityDocuments.TooLarge(null, settings.Limits), null, null, settings, "the document was not read");
    }

    /// <summary>Validates a document file; a file that cannot be read, or is over the size limit, is an issue, not an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static QualityPlanValidationResult ValidateFile(string path, QualityPlanValidationSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= QualityPlanValidationSettings.Default;
        if (QualityDocuments.LengthOf(path) is { } length && length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(length, settings.Limits), null, null, settings, "the document was not read");
        }

        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? Finish(issues, null, null, settings, "the file could not be read") : Validate(bytes, settings);
    }

    private static QualityPlanValidationResult Finish(IssueCollector issues, QualityPlan? plan, LocalDate? asOf, QualityPlanValidationSettings settings, string notEvaluated)
    {
        var results = plan is not null && asOf is { } on
            ? QualityRules.Check(plan, new QualityPlanContext(on, settings.Options))
            : QualityDocuments.NotEvaluated(QualityRules.All.Select(r => r.Id), notEvaluated + ".");
        var report = QualityDocuments.Report(issues, results, settings.Limits);
        var evaluated = plan is not null ? asOf : null;
        var why = settings.Explain
            ? QualityDocuments.Explain($"{plan?.Community?.Value ?? "The quality plan"}{(evaluated is { } d ? " on " + ModelText.Date(d) : "")}: {report}", results)
            : null;
        return new QualityPlanValidationResult(report, plan, evaluated, why, results);
    }

    private static QualityPlan ToPlan(QualityPlanContract c, IssueCollector issues, ValidationLimits limits)
    {
        var root = DocumentPath.Root;
        var v = new ContractValueReader(issues, limits);
        v.SchemaVersion(c.SchemaVersion, root.Property("schemaVersion"));
        var community = v.Id<CareCommunityId>(c.CommunityId, root.Property("communityId"), CareCommunityId.TryCreate, "care community id");
        var team = v.EachValue(c.LeadershipTeam, root.Property("leadershipTeam"),
            (p, i) => v.Id<PersonId>(p, root.Property("leadershipTeam").Index(i), PersonId.TryCreate, "person id"));
        MaturityDocument.NullElements(c.LeadershipTeam, root.Property("leadershipTeam"), issues);

        var goals = v.Each(c.Goals, root.Property("goals"), (g, i) =>
        {
            var at = root.Property("goals").Index(i);
            var id = v.Id<QualityGoalId>(g.Id, at.Property("id"), QualityGoalId.TryCreate, "quality goal id");
            var title = v.Text(g.Title, at.Property("title"));
            var year = Year(g.Year, at.Property("year"), issues, limits);
            var source = v.Enum<IntelligenceSource>(g.Source, at.Property("source"));
            var measure = v.Text(g.Measure, at.Property("measure"));
            var owner = v.Id<PersonId>(g.Owner, at.Property("owner"), PersonId.TryCreate, "person id");
            var direction = g.Direction is null ? ImprovementDirection.Neither : v.Enum<ImprovementDirection>(g.Direction, at.Property("direction"));
            return id is { } a && title is { } b && year is { } y && source is { } s && measure is { } m && owner is { } o && direction is { } d
                ? new QualityGoal(a, b, y, s, m, g.Target, d, o)
                : null;
        });
        MaturityDocument.NullElements(c.Goals, root.Property("goals"), issues);

        var improvements = v.Each(c.Improvements, root.Property("improvements"), (x, i) =>
        {
            var at = root.Property("improvements").Index(i);
            var goal = v.Id<QualityGoalId>(x.Goal, at.Property("goal"), QualityGoalId.TryCreate, "quality goal id");
            var project = DocumentMapper.ReadInitiative(x.Project, at.Property("project"), v);
            var measures = (x.Measures ?? []).Select((text, j) => text is null ? null : v.Text(text, at.Property("measures").Index(j))).ToArray();
            return goal is { } g && project is not null && measures.All(s => s is not null)
                ? new QualityImprovement(g, project, [.. measures.Select(s => s!)])
                : null;
        });
        MaturityDocument.NullElements(c.Improvements, root.Property("improvements"), issues);

        return new QualityPlan
        {
            Community = community,
            LeadershipTeam = [.. team.Where(p => p is not null).Select(p => p!.Value)],
            Goals = goals,
            Improvements = improvements,
        };
    }

    private static FinancialYear? Year(string text, DocumentPath at, IssueCollector issues, ValidationLimits limits)
    {
        if (text is { Length: 7 } && text[4] == '/' && FinancialYear.TryParse(text, out var year))
        {
            return year;
        }

        issues.Error(IssueKind.Value, null, InvalidFinancialYear, at,
            $"'{limits.Echo(text)}' is not a financial year: write the start year and the two digits of the next, e.g. 2023/24 (1 April 2023 to 31 March 2024).", text);
        return null;
    }
}
