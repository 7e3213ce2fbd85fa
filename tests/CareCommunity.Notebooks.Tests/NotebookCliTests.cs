using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

[Collection(NotebookRunsCollection.Name)]
public sealed class NotebookCliTests
{
    private static async Task<(int Code, string Output, string Error)> Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await NotebookCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string WriteNotebook(string folder, string name, params string[] cells)
    {
        var path = Path.Combine(folder, name);
        TestNotebooks.Notebook(cells).Save(path);
        return path;
    }

    [Fact]
    public async Task Check_NeverRunNotebook_IsStale_RefreshFixesIt()
    {
        var folder = TestNotebooks.TempFolder();
        var path = WriteNotebook(folder, "a.ipynb", "Console.WriteLine(\"hi\");", "6 * 7");

        var stale = await Cli("check", folder);

        Assert.Equal(1, stale.Code);
        Assert.Contains("STALE", stale.Error, StringComparison.Ordinal);
        Assert.Contains("a.ipynb cell 0", stale.Error, StringComparison.Ordinal);
        Assert.Contains("refresh", stale.Error, StringComparison.Ordinal);

        var refresh = await Cli("refresh", folder);
        Assert.Equal(0, refresh.Code);
        Assert.Contains("refreshed", refresh.Output, StringComparison.Ordinal);
        Assert.Equal("42", NotebookDocument.Load(path).Cells[1].Outputs.Single().GetData("text/plain"));

        var fresh = await Cli("check", path);
        Assert.Equal(0, fresh.Code);
        Assert.Equal("", fresh.Error);

        var again = await Cli("refresh", path);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EditedOutput_NamesTheCell()
    {
        var folder = TestNotebooks.TempFolder();
        var path = WriteNotebook(folder, "b.ipynb", "1", "2");
        Assert.Equal(0, (await Cli("refresh", folder)).Code);
        var stored = NotebookDocument.Load(path);
        var edited = stored.WithCells([stored.Cells[0], stored.Cells[1].WithOutputs(
            [NotebookOutput.ExecuteResult(2, new Dictionary<string, string> { ["text/plain"] = "3" })], 2)]);
        edited.Save(path);

        var result = await Cli("check", folder);

        Assert.Equal(1, result.Code);
        Assert.Contains("b.ipynb cell 1: output 0 (execute_result) differs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_FailingNotebook_Exits1AndNamesCell()
    {
        var folder = TestNotebooks.TempFolder();
        WriteNotebook(folder, "c.ipynb", "1", "nope(");

        var result = await Cli("refresh", folder);

        Assert.Equal(1, result.Code);
        Assert.Contains("FAILED", result.Error, StringComparison.Ordinal);
        Assert.Contains("cell 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_SkipsCheckpointsAndSorts()
    {
        var folder = TestNotebooks.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".ipynb_checkpoints"));
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        WriteNotebook(folder, "b.ipynb", "1");
        WriteNotebook(folder, "a.ipynb", "1");
        WriteNotebook(Path.Combine(folder, "sub"), "c.ipynb", "1");
        WriteNotebook(Path.Combine(folder, ".ipynb_checkpoints"), "a-checkpoint.ipynb", "1");

        var found = NotebookFiles.Find([folder]).Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'));

        Assert.Equal(["a.ipynb", "b.ipynb", "sub/c.ipynb"], found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("run x")]
    public async Task BadArguments_Exit2WithUsage(string commandLine)
    {
        var result = await Cli(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.Code);
        Assert.Contains("Usage", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPath_Exits2() =>
        Assert.Equal(2, (await Cli("check", Path.Combine(TestNotebooks.TempFolder(), "missing"))).Code);
}
