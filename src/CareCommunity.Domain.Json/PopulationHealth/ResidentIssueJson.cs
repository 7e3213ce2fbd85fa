using System.Buffers;
using System.Text;
using System.Text.Json;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The rejection report (decision 0049): one NDJSON line per issue, <c>{"line","severity","code","rule","member",
/// "message"}</c> and, when there is one, <c>"value"</c> (cut to 200 characters) with <c>"valueLength"</c> when cut, and
/// <c>"firstLine"</c> for a duplicate id.
/// </summary>
public static class ResidentIssueJson
{
    /// <summary>One issue as one line of JSON, ending in a newline.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The line.</returns>
    public static string Line(ResidentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, issue);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes one issue as a JSON object (no newline).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="issue">The issue.</param>
    internal static void Write(Utf8JsonWriter json, ResidentIssue issue)
    {
        json.WriteStartObject();
        json.WriteNumber("line", issue.Line);
        json.WriteString("severity", issue.Severity == Severity.Error ? "error" : "warning");
        json.WriteString("code", issue.Code.ToString());
        json.WriteString("rule", issue.Rule);
        json.WriteString("member", issue.Member);
        json.WriteString("message", issue.Message);
        if (issue.Value is { } value)
        {
            json.WriteString("value", value);
        }

        if (issue.ValueLength is { } length)
        {
            json.WriteNumber("valueLength", length);
        }

        if (issue.FirstLine is { } first)
        {
            json.WriteNumber("firstLine", first);
        }

        json.WriteEndObject();
    }
}

/// <summary>Finds a JSON line's top-level <c>id</c> and hashes it, for the second pass of duplicate detection.</summary>
internal static class ResidentIdScan
{
    public static bool TryHash(ReadOnlySpan<byte> line, out ulong hash)
    {
        // The common shape first: the line starts with the id, unescaped. Exact: the bytes up to the next quote are the
        // top-level id's value (a backslash sends the line to the full scan); a line that is malformed later is
        // rejected by the full parse that confirms every candidate.
        if (line.StartsWith("{\"id\":\""u8))
        {
            var value = line[7..];
            var end = value.IndexOfAny((byte)'"', (byte)'\\');
            if (end >= 0 && value[end] == (byte)'"')
            {
                hash = DuplicateIds.Hash(value[..end]);
                return true;
            }
        }

        hash = 0;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (!isId)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > 6 * 64)
                {
                    return false;
                }

                Span<byte> id = stackalloc byte[6 * 64];
                var n = reader.CopyString(id);
                hash = DuplicateIds.Hash(id[..n]);
                return true;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException) // InvalidOperationException: an id that is not valid UTF-8 (rejected on the first pass)
        {
            return false;
        }

        return false;
    }
}
