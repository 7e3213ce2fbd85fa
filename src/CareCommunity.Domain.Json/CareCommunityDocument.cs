using System.Text.Json;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json;

/// <summary>Settings for <see cref="CareCommunityDocument.Validate(ReadOnlySpan{byte}, DocumentValidationSettings?)"/>.</summary>
public sealed record DocumentValidationSettings
{
    /// <summary>The defaults: the model's default options, evaluated on the document's own <c>asOf</c> date.</summary>
    public static DocumentValidationSettings Default { get; } = new();

    /// <summary>The operating model's options.</summary>
    public OperatingModelOptions Options { get; init; } = OperatingModelOptions.Default;

    /// <summary>The date to evaluate time-dependent rules on; overrides the document's <c>asOf</c>.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// The clock whose Europe/London date is used when neither <see cref="AsOf"/> nor the document's <c>asOf</c> is given.
    /// When null too, the document is reported as lacking an evaluation date (docs/decisions/0006).
    /// </summary>
    public IClock? Clock { get; init; }

    /// <summary>
    /// When true, and the document could be read into the model, the result carries an explanation of every rule
    /// CC-1..CC-11: met or not, and the figures it looked at (<see cref="OperatingModelValidator.Check"/>).
    /// </summary>
    public bool Explain { get; init; }

    /// <summary>The limits on what is read and reported; <see cref="ValidationLimits.Default"/> by default.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of validating a care-community document.</summary>
/// <param name="Report">Every issue found: structural, model and rule issues.</param>
/// <param name="Community">The community, built only from a document without errors.</param>
/// <param name="AsOf">The date the rules were evaluated on, when they were.</param>
/// <param name="Why">Rule by rule, why the document is valid or not; present when asked for.</param>
/// <param name="Rules">Every rule's result (met, not met or not evaluated, with its figures), in rule order; empty when the
/// document could not be read as JSON at all.</param>
public sealed record DocumentValidationResult(
    ValidationReport Report, LocalCareCommunity? Community, LocalDate? AsOf, Domain.Explanations.Explanation? Why = null,
    System.Collections.Immutable.ImmutableArray<Rules.RuleResult> Rules = default)
{
    /// <summary>Every rule's result; empty when the document could not be read as JSON.</summary>
    public System.Collections.Immutable.ImmutableArray<Rules.RuleResult> Rules { get; init; } = Rules.IsDefault ? [] : Rules;

    /// <summary>True when the report has no errors.</summary>
    public bool IsValid => Report.IsValid;
}

/// <summary>
/// Reads, validates and writes care-community documents (<c>docs/schemas/care-community.schema.json</c>). Validation
/// never throws for bad data: malformed JSON, unknown or missing members, wrong values and broken rules all become
/// issues in the report, each with its location.
/// </summary>
/// <remarks>
/// Structural problems the JSON reader meets (malformed JSON, an unknown member, a missing required member, a wrong
/// type, a bad date) stop the reading at the first one, which is reported with its path; once the document is read,
/// every value and rule problem is reported.
/// </remarks>
public static class CareCommunityDocument
{
    /// <summary>Issue code: the document is empty.</summary>
    public static IssueCode EmptyDocument { get; } = IssueCode.Create("document.empty");

    /// <summary>Issue code: the text is not well-formed JSON.</summary>
    public static IssueCode MalformedJson { get; } = IssueCode.Create("json.malformed");

    /// <summary>Issue code: a member the format does not define.</summary>
    public static IssueCode UnknownMember { get; } = IssueCode.Create("json.unknown-member");

    /// <summary>Issue code: a required member is missing.</summary>
    public static IssueCode MissingMember { get; } = IssueCode.Create("json.missing-member");

    /// <summary>Issue code: a member is null where the format does not allow null.</summary>
    public static IssueCode NullValue { get; } = IssueCode.Create("json.null-not-allowed");

    /// <summary>Issue code: a value of the wrong JSON type or format.</summary>
    public static IssueCode WrongType { get; } = IssueCode.Create("json.wrong-type");

    /// <summary>Issue code: a member appears twice in one object.</summary>
    public static IssueCode DuplicateMember { get; } = IssueCode.Create("json.duplicate-member");

    /// <summary>Issue code: no date to evaluate time-dependent rules on.</summary>
    public static IssueCode AsOfMissing { get; } = IssueCode.Create("document.as-of-missing");

    /// <summary>Issue code: an id that is not a lower-case slug.</summary>
    public static IssueCode InvalidIdentifier { get; } = IssueCode.Create("value.invalid-identifier");

    /// <summary>Issue code: a text that is not one of an enum's camelCase names.</summary>
    public static IssueCode ValueNotAllowed { get; } = IssueCode.Create("value.not-allowed");

    /// <summary>Issue code: a text that must not be blank is blank.</summary>
    public static IssueCode BlankText { get; } = IssueCode.Create("value.blank");

    /// <summary>Issue code: the document's <c>schemaVersion</c> is not one this library reads.</summary>
    public static IssueCode UnsupportedSchemaVersion { get; } = IssueCode.Create("document.unsupported-schema-version");

    /// <summary>Issue code: a wider member names neither a person nor an organisation (CC-5).</summary>
    public static IssueCode WiderMemberNamesNothing { get; } = IssueCode.Create("wider-members.names-nothing");

    /// <summary>Issue code: the file could not be read.</summary>
    public static IssueCode Unreadable { get; } = IssueCode.Create("document.unreadable");

    /// <summary>The document is larger than <see cref="ValidationLimits.MaxDocumentBytes"/>.</summary>
    public static IssueCode TooLarge { get; } = IssueCode.Create("document.too-large");

    /// <summary>A list has more entries than <see cref="ValidationLimits.MaxListLength"/>.</summary>
    public static IssueCode ListTooLong { get; } = IssueCode.Create("document.list-too-long");

    /// <summary>A text is longer than <see cref="ValidationLimits.MaxTextLength"/>.</summary>
    public static IssueCode TextTooLong { get; } = IssueCode.Create("value.too-long");

    /// <summary>Reads a document's JSON into its contract, reporting structural problems.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="issues">Where problems are collected.</param>
    /// <returns>The contract, or null when it could not be read.</returns>
    public static CareCommunityDocumentContract? ReadContract(ReadOnlySpan<byte> utf8Json, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.CareCommunityDocumentContract, "care-community", issues);
    }

    /// <summary>Validates a document.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="DocumentValidationSettings.Default"/> when null.</param>
    /// <returns>The report, and the community when it could be read.</returns>
    public static DocumentValidationResult Validate(ReadOnlySpan<byte> utf8Json, DocumentValidationSettings? settings = null)
    {
        settings ??= DocumentValidationSettings.Default;
        var issues = new IssueCollector();
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return TooLargeResult(utf8Json.Length, settings);
        }

        var contract = ReadContract(utf8Json, issues);
        if (contract is null)
        {
            return Finish(issues, null, null, null, settings);
        }

        var draft = DocumentMapper.ToDraft(contract, issues, settings.Limits);
        var asOf = settings.AsOf ?? contract.AsOf ?? settings.Clock?.GetCurrentInstant().InZone(OperatingModelOptions.London).Date;
        if (asOf is null)
        {
            issues.Error(IssueKind.Required, OperatingModelRules.GovernanceCadence.Id, AsOfMissing, DocumentPath.Root.Property("asOf"),
                "The document has no asOf date and none was given, so the time-dependent rules (CC-6 reporting cadence) cannot be evaluated. Add \"asOf\": \"yyyy-MM-dd\" or pass a date (--as-of).");
        }

        return Finish(issues, draft, new OperatingModelValidator(settings.Options).Check(draft, asOf), asOf, settings);
    }

    /// <summary>Validates a document read from a stream, reading at most <see cref="ValidationLimits.MaxDocumentBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DocumentValidationResult Validate(Stream utf8Json, DocumentValidationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        settings ??= DocumentValidationSettings.Default;
        var max = settings.Limits.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return TooLargeResult(null, settings);
            }

            buffer.Write(chunk, 0, read);
        }

        return Validate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), settings);
    }

    /// <summary>Validates a document file. A file that cannot be read, or is over the size limit, is reported as an issue, not thrown.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DocumentValidationResult ValidateFile(string path, DocumentValidationSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= DocumentValidationSettings.Default;
        var issues = new IssueCollector();
        try
        {
            var length = new FileInfo(path).Length;
            if (length > settings.Limits.MaxDocumentBytes)
            {
                return TooLargeResult(length, settings);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // JsonDocuments.ReadFile reports the same failure with its path below.
        }

        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? Finish(issues, null, null, null, settings) : Validate(bytes, settings);
    }

    private static DocumentValidationResult TooLargeResult(long? length, DocumentValidationSettings settings)
    {
        var issues = new IssueCollector();
        var size = length is { } n ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} bytes") : "more than that";
        issues.Error(IssueKind.TooCostly, null, TooLarge, DocumentPath.Root,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The document is {size}; at most {settings.Limits.MaxDocumentBytes} bytes are read (limit: --max-document-bytes). It was not read."),
            length?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Finish(issues, null, null, null, settings);
    }

    private static DocumentValidationResult Finish(
        IssueCollector issues, CareCommunityDraft? draft, OperatingModelCheck? check, LocalDate? asOf, DocumentValidationSettings settings)
    {
        var all = check is null ? issues.Issues : [.. issues.Issues, .. check.Report.Issues];
        var report = ValidationReport.FromIssues(settings.Limits.Apply(all));
        var community = draft is not null && check is not null && asOf is not null && report.IsValid
            ? LocalCareCommunity.Create(check).ValueOrDefault
            : null;
        var results = check?.Results ?? [];
        var why = !settings.Explain ? null
            : check is not null ? check.Explain($"{draft?.Name ?? "The care community"}{(asOf is { } d ? " on " + ModelText.Date(d) : "")}: {report}")
            : new Domain.Explanations.Explanation($"The document could not be read, so no rule was evaluated: {report}",
                [.. OperatingModelRules.All.Select(r => Domain.Explanations.RuleApplication.Of(r.Id, false, "Not evaluated: the document could not be read.",
                    new KeyValuePair<string, string>("status", "not-evaluated")))]);
        return new DocumentValidationResult(report, community, check is null ? null : asOf, why, results);
    }

    /// <summary>Writes a community as a document (indented, UTF-8, members in the schema's order, nulls omitted).</summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The document's as-of date.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(LocalCareCommunity community, LocalDate? asOf = null) =>
        JsonSerializer.Serialize(DocumentMapper.ToContract(community, asOf), CareCommunityJsonContext.Default.CareCommunityDocumentContract);
}
