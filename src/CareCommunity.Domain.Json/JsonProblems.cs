using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>Turns System.Text.Json's exceptions into validation issues a person understands.</summary>
internal static partial class JsonProblems
{
    public static ValidationIssue Describe(JsonException e, string kind, bool hasPublishedSchema = true)
    {
        var path = e.Path is { Length: > 0 } p ? DocumentPath.FromText(Anchor(p)) : DocumentPath.Root;
        var message = e.Message;
        var (code, text) = message switch
        {
            _ when message.Contains("is not an ISO", StringComparison.Ordinal) || message.StartsWith("Expected a", StringComparison.Ordinal) =>
                (CareCommunityDocument.WrongType, StripPath(message)),
            _ when UnmappedMember().Match(message) is { Success: true } m => (CareCommunityDocument.UnknownMember,
                $"Unknown member '{m.Groups[1].Value}': the {kind} format does not define it{SchemaHint(kind, hasPublishedSchema)}."),
            _ when MissingRequired().Match(message) is { Success: true } m => (CareCommunityDocument.MissingMember,
                $"Required member(s) missing: {m.Groups[1].Value}."),
            _ when DisallowNull().Match(message) is { Success: true } m => (CareCommunityDocument.NullValue,
                $"The member '{JsonNamingPolicy.CamelCase.ConvertName(m.Groups[1].Value)}' must not be null."),
            _ when message.Contains("Duplicate property", StringComparison.OrdinalIgnoreCase) => (CareCommunityDocument.DuplicateMember,
                "A member appears more than once in the same object."),
            _ when message.Contains("could not be converted", StringComparison.Ordinal) => (CareCommunityDocument.WrongType,
                $"This value has the wrong JSON type for this member{SchemaHint(kind, hasPublishedSchema)}."),
            _ => (CareCommunityDocument.MalformedJson, $"The document is not well-formed JSON: {StripPath(message)}"
                + (e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})") : "")),
        };

        return new ValidationIssue(Severity.Error, IssueKind.Structure, null, code, path, text);
    }

    // System.Text.Json writes member names that are not plain identifiers as ['name'] without escaping, so such a
    // path cannot always be read back; the issue is then located at the nearest plain ancestor (its message names the member).
    // Members whose names are not plain identifiers ($schema, an empty name) are written the way DocumentPath writes them.
    private static string Anchor(string path)
    {
        var bracket = path.IndexOf("['", StringComparison.Ordinal);
        var anchored = bracket < 0 ? path : path[..bracket];
        anchored = anchored.TrimEnd('.');
        return anchored == "$.$schema" ? DocumentPath.Root.Property("$schema").ToString() : anchored;
    }

    private static string SchemaHint(string kind, bool published) => published ? $" (see docs/schemas/{kind}.schema.json)" : "";

    private static string StripPath(string message)
    {
        var at = message.IndexOf(" Path:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("missing required properties including: (.*?)\\.?( Path:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The (?:property or field|constructor parameter) '([^']*)' .*(?:doesn't allow|does not allow) (?:setting |getting )?null", RegexOptions.CultureInvariant)]
    private static partial Regex DisallowNull();
}
