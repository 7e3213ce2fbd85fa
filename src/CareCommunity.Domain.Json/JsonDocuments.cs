using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>The document kinds this library reads.</summary>
public enum DocumentKind
{
    /// <summary>A care-community document (<c>care-community.schema.json</c>).</summary>
    CareCommunity = 0,

    /// <summary>A place document (<c>place.schema.json</c>).</summary>
    Place = 1,
}

/// <summary>Shared reading steps for every document kind: empty documents, BOMs, JSON errors as issues, kind detection.</summary>
public static class JsonDocuments
{
    /// <summary>
    /// Tells which kind a document is: a place document has a top-level <c>careCommunities</c> member or a
    /// <c>$schema</c> ending in <c>place.schema.json</c>; anything else is read as a care-community document.
    /// Never throws; malformed JSON is read as a care-community document, whose reader reports the problem.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind.</returns>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(TrimBom(utf8Json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DocumentKind.CareCommunity;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("careCommunities"u8))
                {
                    return DocumentKind.Place;
                }

                var isSchema = reader.ValueTextEquals("$schema"u8);
                reader.Read();
                if (isSchema && reader.TokenType == JsonTokenType.String && reader.GetString()!.EndsWith("place.schema.json", StringComparison.Ordinal))
                {
                    return DocumentKind.Place;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed: the care-community reader reports it.
        }

        return DocumentKind.CareCommunity;
    }

    internal static ReadOnlySpan<byte> TrimBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    internal static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, string kind, IssueCollector issues)
        where T : class
    {
        var content = TrimBom(utf8Json);
        if (IsBlank(content))
        {
            issues.Error(IssueKind.Structure, null, CareCommunityDocument.EmptyDocument, DocumentPath.Root, $"The document is empty: expected a {kind} JSON object.");
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(content, typeInfo);
            if (value is null)
            {
                issues.Error(IssueKind.Structure, null, CareCommunityDocument.WrongType, DocumentPath.Root, $"The document is JSON null: expected a {kind} JSON object.");
            }

            return value;
        }
        catch (JsonException e)
        {
            issues.Add(JsonProblems.Describe(e, kind));
            return null;
        }
    }

    internal static byte[]? ReadFile(string path, IssueCollector issues)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Error(IssueKind.Structure, null, CareCommunityDocument.Unreadable, DocumentPath.Root, $"The file '{path}' could not be read: {e.Message}");
            return null;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
