using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>Writes a <see cref="ValidationReport"/> as text for people: one line per issue, then a summary.</summary>
public static class ValidationReportText
{
    /// <summary>Formats a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">When given, the rules the issues name are listed with their sources after the issues.</param>
    /// <param name="why">When given, every rule checked is listed, met or not, with the figures it looked at.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Format(ValidationReport report, RuleCatalogue? catalogue = null, Domain.Explanations.Explanation? why = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var issue in report.Issues)
        {
            text.Append(issue.ToString());
            if (issue.OffendingValue is { } value)
            {
                text.Append(" (value: ").Append(value).Append(')');
            }

            text.Append('\n');
        }

        if (catalogue is not null && report.RulesBroken.Count > 0)
        {
            text.Append('\n').Append("Rules:").Append('\n');
            foreach (var id in report.RulesBroken)
            {
                if (catalogue.TryFind(id, out var rule))
                {
                    text.Append("  ").Append(rule.Id).Append(' ').Append(rule.Title).Append(" — ")
                        .Append(string.Join("; ", rule.Sources)).Append('\n');
                }
            }
        }

        if (why is not null)
        {
            text.Append('\n').Append("Why:").Append('\n');
            foreach (var check in why.Rules)
            {
                text.Append("  ").Append(check.Rule).Append(' ').Append(check.Reason).Append('\n');
            }
        }

        text.Append(report.ToString()).Append('\n');
        return text.ToString();
    }
}

/// <summary>Writes a <see cref="ValidationReport"/> as JSON (<c>docs/schemas/validation-report.schema.json</c>).</summary>
public static class ValidationReportJson
{
    /// <summary>The report as its JSON contract.</summary>
    /// <param name="report">The report.</param>
    /// <param name="why">An explanation of the rules checked, if any: written as <c>checks</c>.</param>
    /// <returns>The contract.</returns>
    public static ValidationReportContract ToContract(ValidationReport report, Domain.Explanations.Explanation? why = null)
    {
        ArgumentNullException.ThrowIfNull(report);

        // A rule is broken when an error or a warning names it; a rule named only by information issues (CC-6's
        // "report due") is listed apart, so a valid document does not appear to break it.
        var broken = report.Issues.Where(i => i.Rule is not null && i.Severity != Severity.Information).Select(i => i.Rule!.Value).Distinct().Order().ToArray();
        var informationOnly = report.Issues.Where(i => i.Rule is not null && i.Severity == Severity.Information).Select(i => i.Rule!.Value)
            .Except(broken).Distinct().Order().ToArray();
        return new ValidationReportContract(
            report.IsValid, report.ErrorCount, report.WarningCount, report.InformationCount,
            [.. broken.Select(r => r.ToString())],
            [.. informationOnly.Select(r => r.ToString())],
            [.. report.Issues.Select(i => new ValidationIssueContract(
                EnumText.Format(i.Severity), EnumText.Format(i.Kind), i.Code.ToString(), i.Location.ToString(), i.Message, i.Rule?.ToString(), i.OffendingValue))],
            why is null ? null : [.. why.Rules.Select(r => new RuleCheckContract(r.Rule.ToString(), r.Applied, r.Reason, r.Inputs))]);
    }

    /// <summary>The report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="why">An explanation of the rules checked, if any.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ValidationReport report, Domain.Explanations.Explanation? why = null) =>
        ReadableJson.Serialize(ToContract(report, why), CareCommunityJsonContext.Default.ValidationReportContract);

    /// <summary>The reports of several documents as one JSON batch (<c>docs/schemas/validation-batch.schema.json</c>): every document accounted for.</summary>
    /// <param name="documents">Each document's file, kind, report and optional explanation, in order.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeBatch(IReadOnlyList<(string File, DocumentKind Kind, ValidationReport Report, Domain.Explanations.Explanation? Why)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batch = new ValidationBatchContract(
            [.. documents.Select(d => new DocumentReportContract(d.File, EnumText.Format(d.Kind), ToContract(d.Report, d.Why)))],
            documents.Count(d => d.Report.IsValid),
            documents.Count(d => !d.Report.IsValid));
        return ReadableJson.Serialize(batch, CareCommunityJsonContext.Default.ValidationBatchContract);
    }
}

/// <summary>
/// Writes a <see cref="ValidationReport"/> as a FHIR R4 <c>OperationOutcome</c> resource, for health-IT integrators:
/// each issue's severity, FHIR IssueType code, location as <c>expression</c>, the library's code as a coding in
/// <c>details</c>, and the rule and message in <c>diagnostics</c>.
/// </summary>
public static class OperationOutcomeJson
{
    /// <summary>The code system of the library's issue codes in <c>details.coding</c>.</summary>
    public const string IssueCodeSystem = "https://carecommunity.dev/fhir/CodeSystem/validation-issue";

    /// <summary>The report as an OperationOutcome contract. A report with no issues gives one informational issue, as FHIR requires at least one.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The contract.</returns>
    public static OperationOutcomeContract ToContract(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Issues.IsEmpty)
        {
            return new OperationOutcomeContract("OperationOutcome", [new OperationOutcomeIssueContract("information", "informational", Diagnostics: "No issues found.")]);
        }

        return new OperationOutcomeContract("OperationOutcome",
        [
            .. report.Issues.Select(i => new OperationOutcomeIssueContract(
                Severity: i.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "information" },
                Code: i.Kind switch
                {
                    IssueKind.Structure => "structure",
                    IssueKind.Required => "required",
                    IssueKind.Value => "value",
                    IssueKind.Invariant => "invariant",
                    IssueKind.TooCostly => "too-costly",
                    _ => "business-rule",
                },
                Details: new CodeableConceptContract([new CodingContract(IssueCodeSystem, i.Code.ToString())], i.Message),
                Diagnostics: (i.Rule is { } r ? r + " " : "") + "[" + i.Code + "] " + i.Message
                    + (i.OffendingValue is { } v ? string.Create(CultureInfo.InvariantCulture, $" (value: {v})") : ""),
                Expression: [i.Location.ToString()])),
        ]);
    }

    /// <summary>The report as an OperationOutcome JSON resource.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ValidationReport report) =>
        ReadableJson.Serialize(ToContract(report), CareCommunityJsonContext.Default.OperationOutcomeContract);
}

/// <summary>Writes the <see cref="RuleCatalogue"/> as JSON or text.</summary>
public static class RuleCatalogueWriter
{
    /// <summary>The catalogue as its JSON contract.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The contract.</returns>
    public static RuleCatalogueContract ToContract(RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new RuleCatalogueContract([.. catalogue.Rules.Select(r => new RuleContract(r.Id.ToString(), r.Title, r.Text,
            [.. r.Sources.Select(s => new SourceCitationContract(s.Document.FileName, s.Document.Title, s.Location, s.ToString(), s.FirstLine, s.LastLine, s.Section))]))]);
    }

    /// <summary>The catalogue as indented JSON.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeJson(RuleCatalogue catalogue) =>
        ReadableJson.Serialize(ToContract(catalogue), CareCommunityJsonContext.Default.RuleCatalogueContract);

    /// <summary>The catalogue as text: per rule, its id and title, its text and its sources.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string FormatText(RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var text = new StringBuilder();
        foreach (var rule in catalogue.Rules)
        {
            text.Append(rule.Id).Append("  ").Append(rule.Title).Append('\n')
                .Append("    ").Append(rule.Text).Append('\n')
                .Append("    Sources: ").Append(string.Join("; ", rule.Sources)).Append('\n').Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>
/// Serialises the report writers' JSON as people read it: indented, with apostrophes, quotes inside strings (as
/// <c>\"</c>), <c>&lt;</c>, <c>&amp;</c>, <c>£</c> and dashes written as themselves instead of <c>\u0027</c>,
/// <c>\u0022</c>, <c>\u00A3</c>. Only what JSON requires is escaped.
/// </summary>
/// <remarks>
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> is safe for what these writers produce: files, standard
/// output, HTTP bodies served as <c>application/json</c>. It is NOT safe to paste this text into HTML or a
/// <c>&lt;script&gt;</c> block unencoded (it leaves <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and <c>'</c> as they are): a page
/// embedding a report must HTML-encode it, or serialise it again with the default encoder.
/// </remarks>
internal static class ReadableJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The value as indented JSON, with the relaxed encoder.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="value">The contract.</param>
    /// <param name="typeInfo">Its source-generated metadata (the context's naming and ignore conditions apply).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
    }
}
