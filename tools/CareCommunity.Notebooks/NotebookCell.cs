using System.Text.Json.Nodes;

namespace CareCommunity.Notebooks;

/// <summary>One cell of a notebook: code, markdown or raw. Unknown members (attachments, …) are kept.</summary>
public sealed class NotebookCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="cellType">"code", "markdown" or "raw".</param>
    /// <param name="source">The source, with "\n" line endings.</param>
    /// <param name="id">The cell id (nbformat 4.5), if any.</param>
    /// <param name="metadata">The cell's metadata; copied.</param>
    /// <param name="outputs">A code cell's outputs.</param>
    /// <param name="executionCount">A code cell's execution count.</param>
    /// <param name="extra">Members the model does not know; copied.</param>
    public NotebookCell(string cellType, string source, string? id = null, JsonObject? metadata = null,
        IEnumerable<NotebookOutput>? outputs = null, int? executionCount = null, JsonObject? extra = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cellType);
        ArgumentNullException.ThrowIfNull(source);
        CellType = cellType;
        Source = NotebookDocument.NormaliseNewlines(source);
        Id = id;
        Metadata = metadata is null ? [] : (JsonObject)metadata.DeepClone();
        Outputs = (outputs ?? []).ToArray();
        ExecutionCount = executionCount;
        Extra = extra is null ? [] : (JsonObject)extra.DeepClone();
        if (!IsCode && (Outputs.Count > 0 || executionCount is not null))
        {
            throw new ArgumentException("Only code cells have outputs and an execution count.", nameof(outputs));
        }
    }

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType { get; }

    /// <summary>True for a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The source text.</summary>
    public string Source { get; }

    /// <summary>The cell id, if any.</summary>
    public string? Id { get; }

    /// <summary>The cell's metadata.</summary>
    public JsonObject Metadata { get; }

    /// <summary>A code cell's outputs; empty otherwise.</summary>
    public IReadOnlyList<NotebookOutput> Outputs { get; }

    /// <summary>A code cell's execution count, or null when not run.</summary>
    public int? ExecutionCount { get; }

    /// <summary>Members the model does not know, kept as read.</summary>
    public JsonObject Extra { get; }

    /// <summary>A code cell.</summary>
    /// <param name="source">The code.</param>
    /// <param name="id">Its id.</param>
    /// <returns>The cell.</returns>
    public static NotebookCell Code(string source, string? id = null) => new("code", source, id);

    /// <summary>A markdown cell.</summary>
    /// <param name="source">The markdown.</param>
    /// <param name="id">Its id.</param>
    /// <returns>The cell.</returns>
    public static NotebookCell Markdown(string source, string? id = null) => new("markdown", source, id);

    /// <summary>This code cell with other outputs and execution count.</summary>
    /// <param name="outputs">The outputs.</param>
    /// <param name="executionCount">The execution count.</param>
    /// <returns>The cell.</returns>
    public NotebookCell WithOutputs(IEnumerable<NotebookOutput> outputs, int? executionCount) =>
        new(CellType, Source, Id, Metadata, outputs, executionCount, Extra);

    internal static NotebookCell FromJson(JsonObject cell, int index)
    {
        var type = cell["cell_type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s
            : throw new InvalidDataException($"cells[{index}] has no 'cell_type'.");
        var source = NotebookDocument.JoinLines(cell["source"], $"cells[{index}].source");
        var id = cell["id"] is JsonValue iv && iv.TryGetValue<string>(out var idText) ? idText : null;
        var metadata = cell["metadata"] as JsonObject ?? [];
        List<NotebookOutput> outputs = [];
        int? count = null;
        if (type == "code")
        {
            count = NotebookDocument.ReadInt(cell, "execution_count");
            if (cell["outputs"] is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    outputs.Add(array[i] is JsonObject o
                        ? NotebookOutput.FromJson(o, $"cells[{index}].outputs[{i}]")
                        : throw new InvalidDataException($"cells[{index}].outputs[{i}] is not an object."));
                }
            }
        }

        var extra = NotebookDocument.Without(cell, "cell_type", "source", "id", "metadata", "outputs", "execution_count");
        return new NotebookCell(type, source, id, metadata, outputs, count, extra);
    }

    internal JsonObject ToJson()
    {
        var cell = (JsonObject)Extra.DeepClone();
        cell["cell_type"] = CellType;
        if (Id is not null)
        {
            cell["id"] = Id;
        }

        cell["metadata"] = Metadata.DeepClone();
        cell["source"] = NotebookDocument.SplitLines(Source);
        if (IsCode)
        {
            cell["execution_count"] = ExecutionCount;
            cell["outputs"] = new JsonArray(Outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
        }

        return cell;
    }
}
