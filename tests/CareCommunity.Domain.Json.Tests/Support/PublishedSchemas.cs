using System.Text.Json;
using System.Text.Json.Nodes;
using CareCommunity.Testing;
using Json.Schema;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>
/// The published JSON Schemas (<c>docs/schemas/*.json</c>, draft 2020-12) evaluated with JsonSchema.Net. Each schema
/// has an <c>$id</c>, and JsonSchema.Net registers it globally when the schema is built: a second build of the same
/// schema throws, so they are built once, here.
/// </summary>
internal static class PublishedSchemas
{
    private static readonly IReadOnlyDictionary<string, JsonSchema> ByFileName =
        Directory.EnumerateFiles(RepositoryFiles.SchemasFolder, "*.json")
            .ToDictionary(f => Path.GetFileName(f), f => JsonSchema.FromText(File.ReadAllText(f)), StringComparer.Ordinal);

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        // The schemas use "format": "date"; 2020-12 treats format as an annotation unless asked to assert it.
        RequireFormatValidation = true,
    };

    /// <summary>Every way the instance breaks the published schema <paramref name="fileName"/>, as "location: problem" lines.</summary>
    public static IReadOnlyList<string> Problems(string fileName, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = ByFileName[fileName].Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? [])
            .Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath} {e.Key}): {e.Value}"))
            .ToArray();
        return problems.Length > 0 ? problems : [$"does not conform to {fileName}"];
    }
}
