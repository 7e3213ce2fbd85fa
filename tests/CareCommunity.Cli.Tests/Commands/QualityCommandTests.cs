using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity quality: a quality plan against QUA-1..QUA-3.</summary>
public sealed class QualityCommandTests
{
    private static readonly string Sample = RepositoryFiles.PathOf("samples/data/quality/quality-plan.json");
    private static readonly string Invalid = RepositoryFiles.PathOf("samples/data/quality/invalid/quality-plan.bad-year.json");

    [Fact]
    public void Quality_ValidSample_Exits0WithEveryRuleMet()
    {
        var result = CliRunner.Run("quality", Sample);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("evaluated on 2023-10-01", result.Out, StringComparison.Ordinal);
        foreach (var rule in new[] { "QUA-1 met", "QUA-2 met", "QUA-3 met" })
        {
            Assert.Contains(rule, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quality_InvalidSample_Exits1WithTheLocatedYear()
    {
        var result = CliRunner.Run("quality", Invalid);

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("[value.invalid-financial-year] $.goals[1].year", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_Json_WritesTheValidationReport()
    {
        var result = CliRunner.Run("quality", Invalid, "--format", "json", "--explain");

        var json = JsonNode.Parse(result.Out)!;
        Assert.False(json["valid"]!.GetValue<bool>());
        Assert.Contains(json["issues"]!.AsArray(), i => i!["location"]!.GetValue<string>() == "$.goals[1].year");
        Assert.Equal(3, json["checks"]!.AsArray().Count);
    }

    [Fact]
    public void Quality_OperationOutcome_WritesAFhirResource()
    {
        var result = CliRunner.Run("quality", Invalid, "--format", "operation-outcome");

        Assert.Equal("OperationOutcome", JsonNode.Parse(result.Out)!["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public void Quality_MissingFile_Exits2()
    {
        var result = CliRunner.Run("quality", "no-such-plan.json");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Quality_Folder_Exits2()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("quality", temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_MalformedJson_Exits1WithAClearIssue()
    {
        using var temp = new TempFolder();
        var path = temp.Write("plan.json", "{\"schemaVersion\": ");

        var result = CliRunner.Run("quality", path);

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("json.malformed", result.Out, StringComparison.Ordinal);
    }
}
