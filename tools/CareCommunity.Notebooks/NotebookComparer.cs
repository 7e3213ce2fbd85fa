namespace CareCommunity.Notebooks;

/// <summary>A difference between a notebook's stored outputs and a fresh run.</summary>
/// <param name="CellIndex">The 0-based index of the cell in the notebook's cells array.</param>
/// <param name="Description">What differs.</param>
public sealed record NotebookDifference(int CellIndex, string Description)
{
    /// <inheritdoc />
    public override string ToString() => $"cell {CellIndex}: {Description}";
}

/// <summary>Compares the stored outputs and execution counts of a notebook with those of a fresh run.</summary>
public static class NotebookComparer
{
    /// <summary>Every code cell whose stored outputs or execution count differ from the fresh run.</summary>
    /// <param name="stored">The notebook as stored.</param>
    /// <param name="fresh">The same notebook, freshly run.</param>
    /// <returns>The differences; empty when the stored outputs are fresh.</returns>
    public static IReadOnlyList<NotebookDifference> Compare(NotebookDocument stored, NotebookDocument fresh)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(fresh);
        var differences = new List<NotebookDifference>();
        if (stored.Cells.Count != fresh.Cells.Count)
        {
            differences.Add(new NotebookDifference(Math.Min(stored.Cells.Count, fresh.Cells.Count),
                $"the notebook has {stored.Cells.Count} cells but the fresh run has {fresh.Cells.Count}"));
            return differences;
        }

        for (var i = 0; i < stored.Cells.Count; i++)
        {
            var (s, f) = (stored.Cells[i], fresh.Cells[i]);
            if (!s.IsCode)
            {
                continue;
            }

            if (s.ExecutionCount != f.ExecutionCount)
            {
                differences.Add(new NotebookDifference(i, $"execution_count is {Show(s.ExecutionCount)}, a fresh run gives {Show(f.ExecutionCount)}"));
                continue;
            }

            if (s.Outputs.Count != f.Outputs.Count)
            {
                differences.Add(new NotebookDifference(i, $"{s.Outputs.Count} output(s) stored, a fresh run gives {f.Outputs.Count}"));
                continue;
            }

            for (var k = 0; k < s.Outputs.Count; k++)
            {
                var (a, b) = (s.Outputs[k].ToString(), f.Outputs[k].ToString());
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    differences.Add(new NotebookDifference(i, $"output {k} ({f.Outputs[k].OutputType}) differs: {FirstDifference(a, b)}"));
                    break;
                }
            }
        }

        return differences;
    }

    private static string Show(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string FirstDifference(string stored, string fresh)
    {
        var a = stored.Split('\n');
        var b = fresh.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i].Trim() : "(nothing)";
            var y = i < b.Length ? b[i].Trim() : "(nothing)";
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                return $"stored {Clip(x)} but fresh {Clip(y)}";
            }
        }

        return "whitespace only";
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..117] + "...";
}
