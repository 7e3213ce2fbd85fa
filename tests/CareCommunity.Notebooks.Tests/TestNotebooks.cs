using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

/// <summary>Helpers: temporary folders and the repository root.</summary>
internal static class TestNotebooks
{
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "cc-notebooks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The folder holding CareCommunity.Domain.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareCommunity.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CareCommunity.Domain.sln above {AppContext.BaseDirectory}.");
    }

    public static NotebookDocument Notebook(params string[] codeCells) =>
        NotebookDocument.CreateCSharp(codeCells.Select((c, i) => NotebookCell.Code(c, $"cell-{i}")));
}

/// <summary>
/// Test classes that run notebooks: the runner changes process-wide state (current directory, Console.Out) while a
/// notebook runs, so these classes run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotebookRunsCollection
{
    public const string Name = "Notebook runs";
}
