using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

/// <summary>
/// The analysts' notebooks under samples/notebooks run against the freshly built assemblies, and their stored outputs
/// are what a fresh run gives. When the domain changes an output, refresh the notebooks
/// (<see cref="NotebookCli.RefreshCommand"/>) and review the diff.
/// </summary>
[Collection(NotebookRunsCollection.Name)]
public sealed class SampleNotebookTests
{
    private static string SamplesFolder => Path.Combine(TestNotebooks.RepositoryRoot(), "samples", "notebooks");

    public static TheoryData<string> SampleNotebooks()
    {
        var data = new TheoryData<string>();
        var root = TestNotebooks.RepositoryRoot();
        foreach (var path in NotebookFiles.Find([SamplesFolder]))
        {
            data.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void SamplesFolder_HoldsAtLeastOneNotebook() =>
        Assert.True(NotebookFiles.Find([SamplesFolder]).Count > 0, $"No notebooks (*.ipynb) in {SamplesFolder}: the sample notebook tests would pass vacuously.");

    [Theory]
    [MemberData(nameof(SampleNotebooks))]
    public async Task SampleNotebook_RunsWithoutError_AndStoredOutputsAreFresh(string relativePath)
    {
        var path = Path.Combine(TestNotebooks.RepositoryRoot(), relativePath);
        var stored = NotebookDocument.Load(path);

        var fresh = await new NotebookRunner().RunAsync(stored, path);

        var differences = NotebookComparer.Compare(stored, fresh);
        Assert.True(differences.Count == 0,
            $"The stored outputs of {relativePath} are stale: {string.Join("; ", differences)}. "
            + $"Run `{NotebookCli.RefreshCommand}` from the repository root and commit the result.");
    }

    [Theory]
    [MemberData(nameof(SampleNotebooks))]
    public void SampleNotebook_IsADotNetCSharpNotebook_WrittenDeterministically(string relativePath)
    {
        var path = Path.Combine(TestNotebooks.RepositoryRoot(), relativePath);
        var notebook = NotebookDocument.Load(path);

        Assert.Equal(".net-csharp", (string?)notebook.Metadata["kernelspec"]?["name"]);
        Assert.Equal("csharp", (string?)notebook.Metadata["language_info"]?["name"]);
        Assert.All(notebook.Cells, c => Assert.False(string.IsNullOrEmpty(c.Id), "Every cell has an id."));
        Assert.True(File.ReadAllText(path) == notebook.ToJson(),
            $"{relativePath} is not in the harness's canonical form. Run `{NotebookCli.RefreshCommand}`.");
    }
}
