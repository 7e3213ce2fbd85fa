using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity maturity: standing, freedoms, gaps and MAT rules of a maturity record.</summary>
public sealed class MaturityCommandTests
{
    private static readonly string Sample = RepositoryFiles.PathOf("samples/data/quality/maturity-record.json");
    private static readonly string Invalid = RepositoryFiles.PathOf("samples/data/quality/invalid/maturity-record.score-not-a-level.json");

    [Fact]
    public void Maturity_ValidSample_ReportsStandingFreedomsGapsAndRules()
    {
        var result = CliRunner.Run("maturity", Sample);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("subjective: phase 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("objective:  phase 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("determine spend up to", result.Out, StringComparison.Ordinal);
        Assert.Contains("readiness-to-change", result.Out, StringComparison.Ordinal);
        foreach (var rule in new[] { "MAT-1 met", "MAT-2 met", "MAT-3 met" })
        {
            Assert.Contains(rule, result.Out, StringComparison.Ordinal);
        }

        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Maturity_Json_WritesStandingAndReport()
    {
        var result = CliRunner.Run("maturity", Sample, "--format", "json", "--explain");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("nantwich-and-rural", json["communityId"]!.GetValue<string>());
        Assert.Equal(2, json["objective"]!["phase"]!.GetValue<int>());
        Assert.Equal(2, json["subjective"]!["phase"]!.GetValue<int>());
        Assert.Equal(12, json["gaps"]!.AsArray().Count);
        Assert.Equal(3, json["rules"]!.AsArray().Count);
        Assert.True(json["report"]!["valid"]!.GetValue<bool>());
        Assert.Equal(3, json["report"]!["checks"]!.AsArray().Count);
    }

    [Fact]
    public void Maturity_AsOf_EvaluatesOnThatDate()
    {
        var result = CliRunner.Run("maturity", Sample, "--as-of", "2021-12-01", "--format", "json");

        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("2021-12-01", json["evaluatedOn"]!.GetValue<string>());
        Assert.Equal(1, json["objective"]!["phase"]!.GetValue<int>());
        Assert.Empty(json["freedoms"]!.AsArray());
    }

    [Fact]
    public void Maturity_Svg_WritesAWellFormedRadarChart()
    {
        using var temp = new TempFolder();
        var svg = temp.File("radar.svg");

        var result = CliRunner.Run("maturity", Sample, "--svg", svg);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var document = XDocument.Load(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Contains("nantwich-and-rural", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Maturity_InvalidSample_Exits1WithTheLocatedError()
    {
        using var temp = new TempFolder();
        var svg = temp.File("radar.svg");

        var result = CliRunner.Run("maturity", Invalid, "--svg", svg);

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("$.assessments[40].score", result.Out, StringComparison.Ordinal);
        Assert.Contains("MAT-1 not-evaluated", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(svg));
        Assert.Contains("no radar chart", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Maturity_Output_WritesTheFile()
    {
        using var temp = new TempFolder();
        var output = temp.File("out.txt");

        var result = CliRunner.Run("maturity", Sample, "--output", output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains("MAT-3 met", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Maturity_MissingFile_Exits2()
    {
        var result = CliRunner.Run("maturity", "no-such-file.json");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("File not found", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Maturity_SvgIntoAFolderThatDoesNotExist_Exits2()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("maturity", Sample, "--svg", Path.Combine(temp.Path, "missing", "radar.svg"));

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("Cannot write", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Maturity_BadAsOf_Exits2()
    {
        var result = CliRunner.Run("maturity", Sample, "--as-of", "31/12/2023");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
    }

    [Fact]
    public void Maturity_TooLarge_Exits1WithTheLimit()
    {
        var result = CliRunner.Run("maturity", Sample, "--max-document-bytes", "100");

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("document.too-large", result.Out, StringComparison.Ordinal);
    }
}
