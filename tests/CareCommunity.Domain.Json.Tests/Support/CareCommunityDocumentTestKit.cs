using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>The valid sample document, one-off changes to it, and its single error, for the <c>CareCommunityDocument*Tests</c> in <c>Documents/</c>.</summary>
internal static class CareCommunityDocumentTestKit
{
    /// <summary>The valid sample document's text.</summary>
    public static readonly string Sample = File.ReadAllText(RepositoryFiles.ValidSample);

    /// <summary>The sample with <paramref name="change"/> made to its root object.</summary>
    public static string Mutate(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Sample)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    /// <summary>The one error of an invalid document (UTF-8 text).</summary>
    public static ValidationIssue SingleError(string json) => SingleError(Encoding.UTF8.GetBytes(json));

    /// <summary>The one error of an invalid document.</summary>
    public static ValidationIssue SingleError(byte[] json)
    {
        var result = CareCommunityDocument.Validate(json);
        Assert.False(result.IsValid);
        var errors = result.Report.Issues.Where(i => i.Severity == Severity.Error).ToArray();
        Assert.True(errors.Length == 1, "Expected exactly one error:\n" + DocumentAssert.Describe(result.Report));
        return errors[0];
    }
}
