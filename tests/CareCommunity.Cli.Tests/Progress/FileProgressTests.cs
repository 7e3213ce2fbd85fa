using CareCommunity.Cli.Progress;
using Spectre.Console;

namespace CareCommunity.Cli.Tests.Progress;

/// <summary>Progress over files on standard error: plain lines when redirected, a Spectre.Console bar on a terminal.</summary>
public sealed class FileProgressTests
{
    private static readonly string[] Files = ["a.json", "b.json", "c.json"];

    [Fact]
    public void Plain_SeveralFiles_OneLinePerFileInOrder()
    {
        using var error = new StringWriter();
        var seen = new List<int>();

        new PlainFileProgress(error).ForEach("validating", Files, seen.Add);

        Assert.Equal([0, 1, 2], seen);
        Assert.Equal("validating 1/3: a.json\nvalidating 2/3: b.json\nvalidating 3/3: c.json\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plain_OneFile_WritesNothing()
    {
        using var error = new StringWriter();

        new PlainFileProgress(error).ForEach("validating", ["a.json"], _ => { });

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Terminal_SeveralFiles_DoesEveryFileInOrderAndSaysDone()
    {
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(error),
        });
        var seen = new List<int>();

        new TerminalFileProgress(console).ForEach("validating", ["a.json", "b [1].json", "c.json"], seen.Add);

        Assert.Equal([0, 1, 2], seen);
        Assert.Contains("validating 3 files: done", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_WorkFails_TheFailureReachesTheCaller()
    {
        using var error = new StringWriter();
        var progress = TerminalFileProgress.For(error);

        Assert.Throws<InvalidOperationException>(() => progress.ForEach("validating", Files, i => throw new InvalidOperationException("boom")));
    }

    [Fact]
    public void Application_TerminalError_StillWritesResultsOnlyToStandardOutput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var app = new CliApplication(output, error, CareCommunity.Testing.FakeClock.AtLondonMidday(Support.CliRunner.Today), errorIsTerminal: true);

        var exit = app.Run(["validate", CareCommunity.Testing.RepositoryFiles.ValidSample, CareCommunity.Testing.RepositoryFiles.ValidSample, "--format", "json"]);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(2, System.Text.Json.Nodes.JsonNode.Parse(output.ToString())!["validCount"]!.GetValue<int>());
    }
}
