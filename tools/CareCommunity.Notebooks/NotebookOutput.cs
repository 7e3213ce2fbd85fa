using System.Text.Json.Nodes;

namespace CareCommunity.Notebooks;

/// <summary>
/// One output of a code cell: "stream", "display_data", "execute_result" or "error". Data values that are strings
/// (text/plain, text/html, image/svg+xml, …) are held as one string and written as an array of lines; other data
/// (application/json objects) is kept as JSON.
/// </summary>
public sealed class NotebookOutput
{
    private NotebookOutput(string outputType, string? name, string? text, JsonObject data, JsonObject metadata, int? executionCount, JsonObject extra)
    {
        OutputType = outputType;
        Name = name;
        Text = text;
        Data = data;
        Metadata = metadata;
        ExecutionCount = executionCount;
        Extra = extra;
    }

    /// <summary>"stream", "display_data", "execute_result" or "error".</summary>
    public string OutputType { get; }

    /// <summary>A stream's name: "stdout" or "stderr".</summary>
    public string? Name { get; }

    /// <summary>A stream's text.</summary>
    public string? Text { get; }

    /// <summary>The MIME bundle of display_data and execute_result; string values joined.</summary>
    public JsonObject Data { get; }

    /// <summary>The output's metadata.</summary>
    public JsonObject Metadata { get; }

    /// <summary>An execute_result's execution count.</summary>
    public int? ExecutionCount { get; }

    /// <summary>Members the model does not know (an error's ename, evalue, traceback, …).</summary>
    public JsonObject Extra { get; }

    /// <summary>A stream output.</summary>
    /// <param name="name">"stdout" or "stderr".</param>
    /// <param name="text">The text.</param>
    /// <returns>The output.</returns>
    public static NotebookOutput Stream(string name, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(text);
        return new("stream", name, NotebookDocument.NormaliseNewlines(text), [], [], null, []);
    }

    /// <summary>A display_data output.</summary>
    /// <param name="bundle">MIME type to text.</param>
    /// <returns>The output.</returns>
    public static NotebookOutput DisplayData(IEnumerable<KeyValuePair<string, string>> bundle) =>
        new("display_data", null, null, ToData(bundle), [], null, []);

    /// <summary>An execute_result output.</summary>
    /// <param name="executionCount">The cell's execution count.</param>
    /// <param name="bundle">MIME type to text.</param>
    /// <returns>The output.</returns>
    public static NotebookOutput ExecuteResult(int executionCount, IEnumerable<KeyValuePair<string, string>> bundle) =>
        new("execute_result", null, null, ToData(bundle), [], executionCount, []);

    /// <summary>A data value as text, or null when absent or not a string.</summary>
    /// <param name="mimeType">The MIME type.</param>
    /// <returns>The text.</returns>
    public string? GetData(string mimeType) =>
        Data[mimeType] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The output as it is written: its canonical JSON text (for comparisons).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NotebookDocument.WriteCanonical(NotebookDocument.Canonical(ToJson()));

    internal static NotebookOutput FromJson(JsonObject o, string where)
    {
        var type = o["output_type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s
            : throw new InvalidDataException($"{where} has no 'output_type'.");
        string? name = null;
        string? text = null;
        if (type == "stream")
        {
            name = o["name"] is JsonValue n && n.TryGetValue<string>(out var ns) ? ns : "stdout";
            text = NotebookDocument.JoinLines(o["text"], $"{where}.text");
        }

        var data = new JsonObject();
        if (o["data"] is JsonObject d)
        {
            foreach (var (mime, value) in d)
            {
                data[mime] = value is JsonArray or JsonValue && !IsJsonMime(mime)
                    ? NotebookDocument.JoinLines(value, $"{where}.data['{mime}']")
                    : value?.DeepClone();
            }
        }

        var metadata = o["metadata"] as JsonObject ?? [];
        var count = NotebookDocument.ReadInt(o, "execution_count");
        var extra = NotebookDocument.Without(o, "output_type", "name", "text", "data", "metadata", "execution_count");
        return new NotebookOutput(type, name, text, data, (JsonObject)metadata.DeepClone(), count, extra);
    }

    internal JsonObject ToJson()
    {
        var o = (JsonObject)Extra.DeepClone();
        o["output_type"] = OutputType;
        switch (OutputType)
        {
            case "stream":
                o["name"] = Name;
                o["text"] = NotebookDocument.SplitLines(Text ?? "");
                break;
            case "display_data":
            case "execute_result":
                var data = new JsonObject();
                foreach (var (mime, value) in Data)
                {
                    data[mime] = value is JsonValue v && v.TryGetValue<string>(out var s) && !IsJsonMime(mime)
                        ? NotebookDocument.SplitLines(s)
                        : value?.DeepClone();
                }

                o["data"] = data;
                o["metadata"] = Metadata.DeepClone();
                if (OutputType == "execute_result")
                {
                    o["execution_count"] = ExecutionCount;
                }

                break;
            default:
                if (Data.Count > 0)
                {
                    o["data"] = Data.DeepClone();
                }

                if (Metadata.Count > 0)
                {
                    o["metadata"] = Metadata.DeepClone();
                }

                break;
        }

        return o;
    }

    private static bool IsJsonMime(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonObject ToData(IEnumerable<KeyValuePair<string, string>> bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var data = new JsonObject();
        foreach (var (mime, text) in bundle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data[mime] = NotebookDocument.NormaliseNewlines(text);
        }

        return data;
    }
}
