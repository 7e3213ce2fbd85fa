using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareCommunity.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4) as the harness reads and writes it. Reading keeps everything: the notebook's
/// metadata, each cell's id, metadata and attachments, and any member this model does not know. Writing is
/// deterministic: 2-space indentation, keys in ordinal order at every level (Jupyter sorts keys too), "\n" line
/// endings, a trailing newline, and multi-line strings (source, stream text, text-like output data) stored as arrays
/// of lines as Jupyter does.
/// </summary>
public sealed class NotebookDocument
{
    /// <summary>The kernelspec of a .NET (C#) notebook.</summary>
    public static JsonObject CSharpKernelSpec => new()
    {
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["name"] = ".net-csharp",
    };

    /// <summary>The language_info of a .NET (C#) notebook.</summary>
    public static JsonObject CSharpLanguageInfo => new()
    {
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = "csharp",
        ["pygments_lexer"] = "csharp",
        ["version"] = "13.0",
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates a notebook.</summary>
    /// <param name="nbFormat">The major format version; 4.</param>
    /// <param name="nbFormatMinor">The minor format version; 5 has cell ids.</param>
    /// <param name="metadata">The notebook's metadata (kernelspec, language_info, …); copied.</param>
    /// <param name="cells">The cells, in order.</param>
    /// <param name="extra">Top-level members the model does not know; copied.</param>
    public NotebookDocument(int nbFormat, int nbFormatMinor, JsonObject? metadata, IEnumerable<NotebookCell> cells, JsonObject? extra = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        NbFormat = nbFormat;
        NbFormatMinor = nbFormatMinor;
        Metadata = metadata is null ? [] : (JsonObject)metadata.DeepClone();
        Cells = cells.ToArray();
        Extra = extra is null ? [] : (JsonObject)extra.DeepClone();
    }

    /// <summary>The major format version.</summary>
    public int NbFormat { get; }

    /// <summary>The minor format version.</summary>
    public int NbFormatMinor { get; }

    /// <summary>The notebook's metadata.</summary>
    public JsonObject Metadata { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Top-level members the model does not know, kept as read.</summary>
    public JsonObject Extra { get; }

    /// <summary>The code cells with their index in <see cref="Cells"/>.</summary>
    public IEnumerable<(int Index, NotebookCell Cell)> CodeCells => Cells.Select((c, i) => (i, c)).Where(x => x.c.IsCode);

    /// <summary>A new nbformat 4.5 notebook with the .NET (C#) kernelspec and language_info.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The notebook.</returns>
    public static NotebookDocument CreateCSharp(params IEnumerable<NotebookCell> cells) =>
        new(4, 5, new JsonObject { ["kernelspec"] = CSharpKernelSpec, ["language_info"] = CSharpLanguageInfo }, cells);

    /// <summary>This notebook with other cells.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The notebook.</returns>
    public NotebookDocument WithCells(IEnumerable<NotebookCell> cells) => new(NbFormat, NbFormatMinor, Metadata, cells, Extra);

    /// <summary>Reads a notebook file.</summary>
    /// <param name="path">The .ipynb file.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="InvalidDataException">The file is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses notebook JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="InvalidDataException">The text is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not valid JSON: {e.Message}", e);
        }

        if (node is not JsonObject root)
        {
            throw new InvalidDataException("A notebook is a JSON object.");
        }

        var nbFormat = ReadInt(root, "nbformat") ?? throw new InvalidDataException("The notebook has no 'nbformat'.");
        if (nbFormat != 4)
        {
            throw new InvalidDataException($"Only nbformat 4 is supported (found {nbFormat}).");
        }

        var minor = ReadInt(root, "nbformat_minor") ?? 0;
        var metadata = root["metadata"] as JsonObject ?? [];
        if (root["cells"] is not JsonArray cellsArray)
        {
            throw new InvalidDataException("The notebook has no 'cells' array.");
        }

        var cells = new List<NotebookCell>();
        for (var i = 0; i < cellsArray.Count; i++)
        {
            if (cellsArray[i] is not JsonObject cell)
            {
                throw new InvalidDataException($"cells[{i}] is not an object.");
            }

            cells.Add(NotebookCell.FromJson(cell, i));
        }

        var extra = Without(root, "nbformat", "nbformat_minor", "metadata", "cells");
        return new NotebookDocument(nbFormat, minor, metadata, cells, extra);
    }

    /// <summary>The notebook as a JSON object, keys in ordinal order at every level, multi-line strings as line arrays.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJsonObject()
    {
        var root = (JsonObject)Extra.DeepClone();
        root["cells"] = new JsonArray(Cells.Select(c => (JsonNode)c.ToJson()).ToArray());
        root["metadata"] = Metadata.DeepClone();
        root["nbformat"] = NbFormat;
        root["nbformat_minor"] = NbFormatMinor;
        return (JsonObject)Canonical(root)!;
    }

    /// <summary>The notebook's deterministic JSON text, ending with a newline.</summary>
    /// <returns>The text.</returns>
    public string ToJson() => WriteCanonical(ToJsonObject()) + "\n";

    /// <summary>Writes the notebook (UTF-8, no BOM).</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>JSON text of a node written as the notebook is: 2-space indentation, "\n", keys as they are.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The text, without a trailing newline.</returns>
    public static string WriteCanonical(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Splits text into lines as Jupyter stores it: each line keeps its "\n"; the last may lack one.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines; none for empty text.</returns>
    public static JsonArray SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    /// <summary>Reads a multi-line string stored as a string or an array of strings; "\r\n" becomes "\n".</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What it is, for errors.</param>
    /// <returns>The text; empty when absent.</returns>
    public static string JoinLines(JsonNode? node, string what)
    {
        var text = node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonArray a => string.Concat(a.Select((x, i) => x is JsonValue lv && lv.TryGetValue<string>(out var line)
                ? line
                : throw new InvalidDataException($"{what}[{i}] is not a string."))),
            _ => throw new InvalidDataException($"{what} is neither a string nor an array of strings."),
        };
        return NormaliseNewlines(text);
    }

    /// <summary>"\r\n" and "\r" as "\n".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string NormaliseNewlines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    internal static int? ReadInt(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i
        : obj[name] is JsonValue d && d.TryGetValue<double>(out var f) && f == Math.Floor(f) ? checked((int)f)
        : null;

    internal static JsonObject Without(JsonObject source, params string[] names)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                copy[key] = value?.DeepClone();
            }
        }

        return copy;
    }

    /// <summary>A deep copy with object keys in ordinal order at every level.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The copy.</returns>
    public static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
