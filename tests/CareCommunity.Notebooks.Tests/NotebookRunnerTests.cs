using System.Globalization;
using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

[Collection(NotebookRunsCollection.Name)]
public sealed class NotebookRunnerTests
{
    private readonly NotebookRunner _runner = new();

    private Task<NotebookDocument> Run(NotebookDocument notebook, string? folder = null) =>
        _runner.RunAsync(notebook, Path.Combine(folder ?? TestNotebooks.TempFolder(), "test.ipynb"));

    [Fact]
    public async Task Run_CapturesConsoleAndLastValue_AndNumbersCodeCells()
    {
        var notebook = NotebookDocument.CreateCSharp(
            NotebookCell.Markdown("# A notebook built in a test", "intro"),
            NotebookCell.Code("var x = 20;\nConsole.WriteLine(\"x is \" + x);\nx + 1", "first"),
            NotebookCell.Code("   ", "blank"),
            NotebookCell.Code("Console.Write(\"no newline\");", "second"));

        var result = await Run(notebook);

        Assert.Equal("# A notebook built in a test", result.Cells[0].Source);
        var first = result.Cells[1];
        Assert.Equal(1, first.ExecutionCount);
        Assert.Collection(first.Outputs,
            o =>
            {
                Assert.Equal("stream", o.OutputType);
                Assert.Equal("stdout", o.Name);
                Assert.Equal("x is 20\n", o.Text);
            },
            o =>
            {
                Assert.Equal("execute_result", o.OutputType);
                Assert.Equal(1, o.ExecutionCount);
                Assert.Equal("21", o.GetData("text/plain"));
            });
        Assert.Null(result.Cells[2].ExecutionCount);
        Assert.Empty(result.Cells[2].Outputs);
        Assert.Equal(2, result.Cells[3].ExecutionCount);
        Assert.Equal("no newline", Assert.Single(result.Cells[3].Outputs).Text);
    }

    [Fact]
    public async Task Run_SharesStateBetweenCells()
    {
        var result = await Run(TestNotebooks.Notebook(
            "var names = new List<string> { \"Crewe\" };",
            "names.Add(\"Nantwich & Rural\");",
            "string.Join(\"; \", names)"));

        Assert.Equal("Crewe; Nantwich & Rural", result.Cells[2].Outputs.Single().GetData("text/plain"));
    }

    [Fact]
    public async Task Run_DomainNodaTimeAndNotebookHelpersAreImported()
    {
        var result = await Run(TestNotebooks.Notebook(
            "var rule = RuleCatalogue.OperatingModel[RuleId.Parse(\"CC-9\")];\n"
            + "var date = new LocalDate(2026, 3, 1);\n"
            + "var money = Money.FromPounds(1234.5m);\n"
            + "var state = ReportingState.Overdue;\n"
            + "var severity = Severity.Error;\n"
            + "var chart = SvgChart.Bar(\"t\", new[] { new ChartBar(\"a\", 1) });\n"
            + "$\"{rule.Id} {date:uuuu-MM-dd} {money} {state} {severity}\""));

        Assert.Equal("CC-9 2026-03-01 £1,234.50 Overdue Error", result.Cells[0].Outputs.Single().GetData("text/plain"));
    }

    [Fact]
    public async Task Run_DisplaysSvgTablesMarkdownAndValues_InOrderWithConsoleText()
    {
        var result = await Run(TestNotebooks.Notebook(
            "Console.WriteLine(\"before\");\n"
            + "display(SvgChart.Bar(\"Chart\", new[] { (\"A\", 2.0), (\"B\", 1.0) }));\n"
            + "Display.Svg(\"<svg xmlns=\\\"http://www.w3.org/2000/svg\\\"/>\");\n"
            + "Console.WriteLine(\"between\");\n"
            + "Display.Table(new[] { new { Rule = \"CC-1\", Count = 2 } });\n"
            + "Display.Markdown(\"**bold**\");\n"
            + "display(1.5);"));

        var outputs = result.Cells[0].Outputs;
        Assert.Equal(["stream", "display_data", "display_data", "stream", "display_data", "display_data", "display_data"], outputs.Select(o => o.OutputType));
        Assert.Equal("before\n", outputs[0].Text);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", outputs[1].GetData("image/svg+xml"), StringComparison.Ordinal);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", outputs[2].GetData("image/svg+xml"));
        Assert.Equal("between\n", outputs[3].Text);
        Assert.Contains("<th>Rule</th><th>Count</th>", outputs[4].GetData("text/html"), StringComparison.Ordinal);
        Assert.Contains("<td>CC-1</td><td>2</td>", outputs[4].GetData("text/html"), StringComparison.Ordinal);
        Assert.Equal("**bold**", outputs[5].GetData("text/markdown"));
        Assert.Equal("1.5", outputs[6].GetData("text/plain"));
    }

    [Fact]
    public async Task Run_RichLastValue_IsAnExecuteResultWithItsMimeBundle()
    {
        var result = await Run(TestNotebooks.Notebook("NotebookTable.From(new[] { new { A = 1 } })"));

        var output = Assert.Single(result.Cells[0].Outputs);
        Assert.Equal("execute_result", output.OutputType);
        Assert.NotNull(output.GetData("text/html"));
    }

    [Fact]
    public async Task Run_CompilationErrorInCell2_NamesNotebookCellAndDiagnostic()
    {
        var folder = TestNotebooks.TempFolder();
        var notebook = NotebookDocument.CreateCSharp(
            NotebookCell.Markdown("# Broken"),
            NotebookCell.Code("var ok = 1;"),
            NotebookCell.Code("var y = ok +\n  undefinedName;"));

        var e = await Assert.ThrowsAsync<NotebookExecutionException>(() => Run(notebook, folder));

        Assert.Equal(2, e.CellIndex);
        Assert.Equal(2, e.ExecutionCount);
        Assert.Equal(Path.Combine(folder, "test.ipynb"), e.NotebookPath);
        Assert.Contains("test.ipynb", e.Message, StringComparison.Ordinal);
        Assert.Contains("cell 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("(2,3): error CS0103", e.Message, StringComparison.Ordinal);
        Assert.Contains("undefinedName", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExceptionInCell_NamesCellAndException()
    {
        var e = await Assert.ThrowsAsync<NotebookExecutionException>(() => Run(TestNotebooks.Notebook(
            "Console.WriteLine(\"fine\");",
            "throw new InvalidOperationException(\"the data is wrong\");")));

        Assert.Equal(1, e.CellIndex);
        Assert.Contains("System.InvalidOperationException: the data is wrong", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public async Task Run_Failure_RestoresConsoleAndCurrentDirectory()
    {
        var directory = Environment.CurrentDirectory;
        var output = Console.Out;

        await Assert.ThrowsAsync<NotebookExecutionException>(() => Run(TestNotebooks.Notebook("Console.Write(1); throw new Exception();")));

        Assert.Equal(directory, Environment.CurrentDirectory);
        Assert.Same(output, Console.Out);
    }

    [Fact]
    public async Task Run_RelativePathsResolveAgainstTheNotebookFolder()
    {
        var folder = TestNotebooks.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        await File.WriteAllTextAsync(Path.Combine(folder, "data", "x.txt"), "from the notebook's folder");

        var result = await Run(TestNotebooks.Notebook(
            "File.ReadAllText(\"data/x.txt\")",
            "NotebookDirectory == Environment.CurrentDirectory"), folder);

        Assert.Equal("from the notebook's folder", result.Cells[0].Outputs.Single().GetData("text/plain"));
        Assert.Equal("True", result.Cells[1].Outputs.Single().GetData("text/plain"));
    }

    [Fact]
    public async Task Run_IsDeterministicAndCultureInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        const string Code = "Console.WriteLine(1234.5);\nConsole.WriteLine(string.Format(\"{0:N1}\", 1234.5));\n"
            + "display(new LocalDate(2026, 1, 31));\nnew[] { 1.5, 2.25 }";
        var notebook = TestNotebooks.Notebook(Code);
        var folder = TestNotebooks.TempFolder();

        var first = (await Run(notebook, folder)).ToJson();
        var second = (await Run(notebook, folder)).ToJson();

        Assert.Equal(first, second);
        Assert.Contains("\"1234.5\\n\"", first, StringComparison.Ordinal);
        Assert.Contains("\"1,234.5\\n\"", first, StringComparison.Ordinal);
        Assert.Contains("[1.5, 2.25]", first, StringComparison.Ordinal);
        Assert.Same(saved, CultureInfo.CurrentCulture);
    }

    [Fact]
    public async Task Run_RefreshingAStoredRun_ReplacesOldOutputs()
    {
        var stale = NotebookDocument.CreateCSharp(NotebookCell.Code("1 + 1", "c")
            .WithOutputs([NotebookOutput.Stream("stdout", "old\n")], 7));

        var result = await Run(stale);

        var output = Assert.Single(result.Cells[0].Outputs);
        Assert.Equal("2", output.GetData("text/plain"));
        Assert.Equal(1, result.Cells[0].ExecutionCount);
        Assert.Equal("c", result.Cells[0].Id);
    }
}
