using System.Text;
using System.Text.Json;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>Assertions about validation results against their documents.</summary>
internal static class DocumentAssert
{
    /// <summary>Validates text (UTF-8).</summary>
    public static DocumentValidationResult Validate(string json, DocumentValidationSettings? settings = null) =>
        CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(json), settings);

    /// <summary>
    /// Every issue location is a path that resolves in the document (or names a missing member of an object that
    /// exists), when the document parses as JSON at all (without duplicate members).
    /// </summary>
    public static void LocationsResolve(ReadOnlySpan<byte> utf8Json, ValidationReport report, string because = "")
    {
        JsonDocument document;
        try
        {
            // A document with a duplicate member does not resolve unambiguously; its error is the duplicate anyway.
            var bytes = utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..].ToArray() : utf8Json.ToArray();
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var unresolved = report.Issues
                .Where(i => !JsonPathResolver.ResolvesOrParentDoes(document.RootElement, i.Location.ToString()))
                .Select(i => i.ToString())
                .ToArray();
            Assert.True(unresolved.Length == 0, $"Issue locations that do not resolve in the document {because}:\n" + string.Join("\n", unresolved));
        }
    }

    /// <summary>Every issue location resolves in the text.</summary>
    public static void LocationsResolve(string json, ValidationReport report, string because = "") =>
        LocationsResolve(Encoding.UTF8.GetBytes(json), report, because);

    /// <summary>The report as text, for failure messages.</summary>
    public static string Describe(ValidationReport report) => string.Join("\n", report.Issues.Select(i => i.ToString()));
}
