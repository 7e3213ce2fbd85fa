using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity spc: a measure series (CSV or JSON) as an XmR chart in text, JSON and SVG; exit codes and usage errors.</summary>
public sealed class SpcCommandTests
{
    private static readonly string SampleCsv = RepositoryFiles.PathOf("samples/data/quality/falls-with-harm.csv");
    private static readonly string SampleJson = RepositoryFiles.PathOf("samples/data/quality/falls-with-harm.json");
    private static readonly string MalformedCsv = RepositoryFiles.PathOf("samples/data/quality/invalid/falls-with-harm.malformed.csv");

    /// <summary>20 monthly points alternating 10 and 11, with the values given at some indexes.</summary>
    private static string Series(params (int Index, decimal Value)[] changes)
    {
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 10m : 11m).ToArray();
        foreach (var (index, value) in changes)
        {
            values[index] = value;
        }

        return "date,value\n" + string.Concat(values.Select((v, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{2024 + (i / 12)}-{(i % 12) + 1:00}-01,{v}\n")));
    }

    [Fact]
    public void Spc_SampleJson_Text_GivesLimitsSignalsIconsAndWhy()
    {
        var result = CliRunner.Run("spc", SampleJson);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Falls with harm per 1,000 occupied bed days: 24 point(s), direction down (lower is better), target 0.6", result.Out, StringComparison.Ordinal);
        Assert.Contains("Partition 1 (2024-01-01 to 2025-12-01, 24 point(s), 24 used): mean 0.795, mean moving range 0.105, process limits 0.516 to 1.075", result.Out, StringComparison.Ordinal);
        Assert.Contains("rule 2 shift (low), points 15-24 (2025-03-01 to 2025-12-01): special cause improvement", result.Out, StringComparison.Ordinal);
        Assert.Contains("Variation: special cause improvement.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Assurance: hit and miss.", result.Out, StringComparison.Ordinal);
        Assert.Contains("SPC-2 applied", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Spc_SampleCsv_Json_IsTheDocumentedContract()
    {
        var result = CliRunner.Run("spc", SampleCsv, "--direction", "down", "--target", "0.6", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("1.0", json["schemaVersion"]!.GetValue<string>());
        Assert.True(json["report"]!["valid"]!.GetValue<bool>());
        var chart = json["chart"]!;
        Assert.Equal("down", chart["direction"]!.GetValue<string>());
        Assert.Equal("mdc-excel", chart["options"]!["preset"]!.GetValue<string>());
        Assert.Equal(24, chart["points"]!.AsArray().Count);
        Assert.Equal("specialCauseImprovement", chart["variation"]!["icon"]!.GetValue<string>());
        Assert.Equal("hitAndMiss", chart["assurance"]!["icon"]!.GetValue<string>());
        Assert.Contains(chart["signals"]!.AsArray(), s => s!["ruleName"]!.GetValue<string>() == "shift" && s["side"]!.GetValue<string>() == "low");
        Assert.NotNull(chart["partitions"]![0]!["limits"]!["upper"]);
    }

    [Fact]
    public void Spc_OptionsOverrideTheDocument()
    {
        var result = CliRunner.Run("spc", SampleJson, "--direction", "up", "--target", "2", "-f", "json");

        var chart = JsonNode.Parse(result.Out)!["chart"]!;
        Assert.Equal("up", chart["direction"]!.GetValue<string>());
        Assert.Equal(2m, chart["target"]!.GetValue<decimal>());
        Assert.Equal("specialCauseConcern", chart["variation"]!["icon"]!.GetValue<string>());
        Assert.Equal("fail", chart["assurance"]!["icon"]!.GetValue<string>());
    }

    [Fact]
    public void Spc_Svg_WritesWellFormedSvg()
    {
        using var temp = new TempFolder();
        var svg = temp.File("falls.svg");

        var result = CliRunner.Run("spc", SampleCsv, "--svg", svg);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var root = XDocument.Load(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", root.Name.NamespaceName);
    }

    [Fact]
    public void Spc_Output_WritesTheFile()
    {
        using var temp = new TempFolder();
        var output = temp.File("chart.json");

        var result = CliRunner.Run("spc", SampleCsv, "-f", "json", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.True(JsonNode.Parse(File.ReadAllText(output))!["report"]!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public void Spc_PresetMdcSql_CountsAPointBeyondThreeSigmaTowardTwoOfThree()
    {
        using var temp = new TempFolder();
        var file = temp.Write("series.csv", Series((16, 14.5m), (17, 13.6m)));

        var excel = CliRunner.Run("spc", file, "--preset", "mdc-excel");
        var sql = CliRunner.Run("spc", file, "--preset", "mdc-sql");

        Assert.Equal(ExitCodes.Ok, excel.ExitCode);
        Assert.Equal(ExitCodes.Ok, sql.ExitCode);
        Assert.DoesNotContain("rule 4 two of three", excel.Out, StringComparison.Ordinal);
        Assert.Contains("rule 4 two of three beyond two sigma (high), points 17-18", sql.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_PresetPlotTheDots_ScreensMovingRangeOutliers()
    {
        using var temp = new TempFolder();
        var file = temp.Write("series.csv", Series((10, 17m)));

        var excel = CliRunner.Run("spc", file);
        var dots = CliRunner.Run("spc", file, "--preset", "plot-the-dots");

        Assert.Contains("process limits 6.79 to 14.91", excel.Out, StringComparison.Ordinal);
        Assert.Contains("process limits 8.19 to 13.51, 2 moving range(s) screened out", dots.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_RulePoints_SevenIgnoresASixPointShift()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.csv", "date,value\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"2024-{i + 1:00}-01,{(i < 6 ? 5 : 1)}\n")));

        var six = CliRunner.Run("spc", file, "--format", "json");
        var seven = CliRunner.Run("spc", file, "--rule-points", "7", "--format", "json");

        Assert.Equal(2, JsonNode.Parse(six.Out)!["chart"]!["signals"]!.AsArray().Count);
        Assert.Empty(JsonNode.Parse(seven.Out)!["chart"]!["signals"]!.AsArray());
        Assert.True(JsonNode.Parse(seven.Out)!["chart"]!["partitions"]![0]!["runChart"]!.GetValue<bool>());
    }

    [Fact]
    public void Spc_MalformedCsv_ExitsOneWithEveryLineLocated()
    {
        var result = CliRunner.Run("spc", MalformedCsv);

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("The series could not be charted.", result.Out, StringComparison.Ordinal);
        foreach (var line in new[] { "$.points[1].date: line 3:", "$.points[2].ghosted: line 4:", "$.points[3].value: line 5:", "$.points[4]: line 6:", "$.points[5].value: line 7:", "$.points[6].date: line 8:" })
        {
            Assert.Contains(line, result.Out, StringComparison.Ordinal);
        }

        Assert.False(CliRunner.HasStackTrace(result.Out + result.Error));
    }

    [Fact]
    public void Spc_RefusedSeries_JsonHasNoChartAndNoSvgIsWritten()
    {
        using var temp = new TempFolder();
        var svg = temp.File("no.svg");

        var result = CliRunner.Run("spc", MalformedCsv, "-f", "json", "--svg", svg);

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Null(JsonNode.Parse(result.Out)!["chart"]);
        Assert.False(File.Exists(svg));
        Assert.Contains("was not written", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_TooLarge_ExitsOneWithoutReading()
    {
        var result = CliRunner.Run("spc", SampleCsv, "--max-document-bytes", "100");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("document.too-large", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--direction", "sideways", "--direction")]
    [InlineData("--target", "lots", "--target")]
    [InlineData("--rule-points", "8", "--rule-points")]
    [InlineData("--preset", "excel", "--preset")]
    [InlineData("--format", "xml", "--format")]
    public void Spc_BadOptionValue_ExitsTwoNamingTheOption(string option, string value, string named)
    {
        var result = CliRunner.Run("spc", SampleCsv, option, value);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Spc_MissingFile_ExitsTwoNamingThePath()
    {
        var result = CliRunner.Run("spc", "no-such-series.csv");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'no-such-series.csv'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Spc_SvgIntoAMissingFolder_ExitsTwoNamingThePath()
    {
        using var temp = new TempFolder();
        var svg = Path.Combine(temp.Path, "missing", "chart.svg");

        var result = CliRunner.Run("spc", SampleCsv, "--svg", svg);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(svg, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Spc_NoFile_ExitsTwo() => Assert.Equal(ExitCodes.Usage, CliRunner.Run("spc").ExitCode);
}
