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
    /// CC-1..CC-11: met or not, and the figures it looked at (<see cref="OperatingModelValidator.ValidateAndExplain"/>).
    /// </summary>
    public bool Explain { get; init; }
}

/// <summary>The outcome of validating a care-community document.</summary>
/// <param name="Report">Every issue found: structural, model and rule issues.</param>
/// <param name="Community">The community, when the document could be read into the model (it may still break rules).</param>
/// <param name="AsOf">The date the rules were evaluated on, when they were.</param>
/// <param name="Why">Rule by rule, why the document is valid or not; present when asked for and the rules were evaluated.</param>
public sealed record DocumentValidationResult(ValidationReport Report, LocalCareCommunity? Community, LocalDate? AsOf, Domain.Explanations.Explanation? Why = null)
{
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
        var contract = ReadContract(utf8Json, issues);
        if (contract is null)
        {
            return new DocumentValidationResult(issues.ToReport(), null, null);
        }

        var community = DocumentMapper.ToDomain(contract, issues);
        var asOf = settings.AsOf ?? contract.AsOf ?? settings.Clock?.GetCurrentInstant().InZone(OperatingModelOptions.London).Date;
        if (community is null)
        {
            return new DocumentValidationResult(issues.ToReport(), null, null);
        }

        if (asOf is null)
        {
            issues.Error(IssueKind.Required, OperatingModelRules.GovernanceCadence.Id, AsOfMissing, DocumentPath.Root.Property("asOf"),
                "The document has no asOf date and none was given, so the time-dependent rules (CC-6 reporting cadence) cannot be evaluated. Add \"asOf\": \"yyyy-MM-dd\" or pass a date (--as-of).");
            return new DocumentValidationResult(issues.ToReport(), community, null);
        }

        var validator = new OperatingModelValidator(settings.Options);
        if (settings.Explain)
        {
            var explained = validator.ValidateAndExplain(community, asOf.Value);
            return new DocumentValidationResult(issues.ToReport().Combine(explained.Value), community, asOf, explained.Why);
        }

        return new DocumentValidationResult(issues.ToReport().Combine(validator.Validate(community, asOf.Value)), community, asOf);
    }

    /// <summary>Validates a document read from a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DocumentValidationResult Validate(Stream utf8Json, DocumentValidationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Validate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), settings);
    }

    /// <summary>Validates a document file. A file that cannot be read is reported as an issue, not thrown.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DocumentValidationResult ValidateFile(string path, DocumentValidationSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        if (bytes is null)
        {
            return new DocumentValidationResult(issues.ToReport(), null, null);
        }

        return Validate(bytes, settings);
    }

    /// <summary>Writes a community as a document (indented, UTF-8, members in the schema's order, nulls omitted).</summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The document's as-of date.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(LocalCareCommunity community, LocalDate? asOf = null) =>
        JsonSerializer.Serialize(DocumentMapper.ToContract(community, asOf), CareCommunityJsonContext.Default.CareCommunityDocumentContract);
}
