using System.Text;
using CareCommunity.Cli.Progress;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Testing;
using NodaTime;
using Spectre.Console;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity generate population: the synthetic population on standard output or in a file.</summary>
public sealed class GenerateCommandTests
{
    private static string Library(long count, ulong seed, LocalDate asOf, PopulationFileFormat format = PopulationFileFormat.Ndjson)
    {
        using var stream = new MemoryStream();
        SyntheticPopulation.Write(stream, count, seed, asOf, format);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Generate_NoOutput_WritesTheLibrarysPopulationToStandardOutput()
    {
        var result = CliRunner.Run("generate", "population", "--count", "50", "--seed", "7", "--as-of", "2026-04-01");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(Library(50, 7, new LocalDate(2026, 4, 1)), result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Generate_OutputDash_IsStandardOutput()
    {
        var result = CliRunner.Run("generate", "population", "-n", "5", "-s", "1", "--as-of", "2026-04-01", "--output", "-");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(Library(5, 1, new LocalDate(2026, 4, 1)), result.Out);
    }

    [Fact]
    public void Generate_NoAsOf_UsesTodayFromTheClock()
    {
        var result = CliRunner.Run("generate", "population", "--count", "20", "--seed", "3");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(Library(20, 3, CliRunner.Today), result.Out);
    }

    [Fact]
    public void Generate_CsvToAFile_WritesTheFileAndSaysSo()
    {
        using var temp = new TempFolder();
        var file = temp.File("residents.csv");

        var result = CliRunner.Run("generate", "population", "--count", "100", "--seed", "42", "--as-of", "2026-04-01", "--format", "csv", "--output", file);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Equal(Library(100, 42, new LocalDate(2026, 4, 1), PopulationFileFormat.Csv), File.ReadAllText(file));
        Assert.Contains($"wrote 100 residents to {file}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("residents-1000.ndjson", "ndjson")]
    [InlineData("residents-1000.csv", "csv")]
    public void Generate_ShippedSampleCommand_ReproducesTheSample(string sample, string format)
    {
        using var temp = new TempFolder();
        var file = temp.File(sample);

        var result = CliRunner.Run("generate", "population", "--count", "1000", "--seed", "42", "--as-of", "2026-04-01", "--format", format, "--output", file);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf("samples/data/population/" + sample)), File.ReadAllBytes(file));
    }

    [Fact]
    public void Generate_UnknownDiagnoses_DiffersOnlyInSomeLines()
    {
        var plain = CliRunner.Run("generate", "population", "--count", "2000", "--seed", "5", "--as-of", "2026-04-01").Out.Split('\n');
        var odd = CliRunner.Run("generate", "population", "--count", "2000", "--seed", "5", "--as-of", "2026-04-01", "--unknown-diagnoses").Out.Split('\n');

        Assert.Equal(plain.Length, odd.Length);
        Assert.InRange(plain.Zip(odd).Count(p => p.First != p.Second), 1, 40);
    }

    [Theory]
    [InlineData("Option '--count' is required", "generate", "population", "--seed", "1")]
    [InlineData("Option '--seed' is required", "generate", "population", "--count", "1")]
    [InlineData("--count must be from 0 to 1000000000; got -1.", "generate", "population", "--count", "-1", "--seed", "1")]
    [InlineData("--count must be from 0 to 1000000000; got 1000000001.", "generate", "population", "--count", "1000000001", "--seed", "1")]
    [InlineData("--count 'ten' is not a whole number.", "generate", "population", "--count", "ten", "--seed", "1")]
    [InlineData("--seed '-5' is not a whole number from 0 to 18446744073709551615.", "generate", "population", "--count", "1", "--seed", "-5")]
    [InlineData("--as-of '2026-02-30' is not a date in the form yyyy-MM-dd.", "generate", "population", "--count", "1", "--seed", "1", "--as-of", "2026-02-30")]
    [InlineData("--as-of '1899-12-31' is before 1900", "generate", "population", "--count", "1", "--seed", "1", "--as-of", "1899-12-31")]
    [InlineData("parquet", "generate", "population", "--count", "1", "--seed", "1", "--format", "parquet")]
    [InlineData("people", "generate", "people", "--count", "1", "--seed", "1")]
    public void Generate_BadOption_ExitsTwoNamingIt(string expected, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Generate_OutputInAMissingFolder_ExitsTwoSayingWhich()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "missing", "residents.ndjson");

        var result = CliRunner.Run("generate", "population", "--count", "1", "--seed", "1", "--output", file);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{file}': the folder '{Path.Combine(temp.Path, "missing")}' does not exist.", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Generate_OutputIsAFolder_ExitsTwoSayingSo()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("generate", "population", "--count", "1", "--seed", "1", "--output", temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{temp.Path}': it is a folder.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsGenerate()
    {
        var result = CliRunner.Run("--help");

        Assert.Contains("generate", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalRecordProgress_Records_RunsTheWorkAndReportsOnStandardError()
    {
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(error),
        });
        long written = 0;

        new TerminalRecordProgress(console).Run("generating", 140_000, report =>
            written = SyntheticPopulation.Write(Stream.Null, new SyntheticPopulationSettings { Count = 140_000, Seed = 1, AsOf = new LocalDate(2026, 4, 1) }, report));

        Assert.Equal(140_000, written);
        Assert.Contains("generating", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordProgress_RedirectedStandardError_IsSilent()
    {
        using var error = new StringWriter();

        RecordProgress.For(new PlainFileProgress(error), error).Run("generating", 10, report => report(10));

        Assert.Equal("", error.ToString());
        Assert.IsType<TerminalRecordProgress>(RecordProgress.For(TerminalFileProgress.For(error), error));
    }
}
