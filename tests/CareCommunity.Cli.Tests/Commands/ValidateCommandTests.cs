using CareCommunity.Testing;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareCommunity.Cli.Tests.Support;
using NodaTime;

namespace CareCommunity.Cli.Tests;

public sealed partial class CliApplicationValidateTests
{
    public static TheoryData<string> InvalidSamples() => [.. RepositoryFiles.InvalidSampleNames()];

    // ----- exit codes and output

    [Fact]
    public void Validate_ValidSample_ExitsZeroAndSaysValid()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("evaluated on 2026-11-01", result.Out, StringComparison.Ordinal);
        Assert.Contains("valid: 0 error(s)", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Validate_InvalidSample_ExitsOneAndNamesTheRule(string fileName)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample(fileName));

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("invalid: ", result.Out, StringComparison.Ordinal);
        if (RuleFile().Match(fileName) is { Success: true } match)
        {
            var rule = "CC-" + match.Groups[1].Value;
            Assert.Matches($@"(?m)^ERROR {rule} \[", result.Out);
            Assert.Contains($"\n  {rule} ", result.Out, StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(@"(?m)^ERROR \[", result.Out);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Validate_InvalidSample_NoStackTraceOnEitherStream(string fileName)
    {
        foreach (var format in new[] { "text", "json", "operation-outcome" })
        {
            var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample(fileName), "--format", format);

            Assert.False(CliRunner.HasStackTrace(result.Out), result.ToString());
            Assert.False(CliRunner.HasStackTrace(result.Error), result.ToString());
        }
    }

    [Fact]
    public void Validate_EmptyFile_ExitsOne()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", temp.Write("empty.json", ""));

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("[document.empty]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedFile_ExitsOneWithoutStackTrace()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", temp.Write("bad.json", "{ \"schemaVersion\": \"1.0\", "));

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("[json.malformed]", result.Out, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Out + result.Error));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"organisations\": [null]}")]
    [InlineData("\u00ef\u00bb\u00bf")]
    public void Validate_OtherBadData_ExitsOneWithoutStackTrace(string content)
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", temp.Write("odd.json", content));

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.False(CliRunner.HasStackTrace(result.Out + result.Error), result.ToString());
    }

    [Fact]
    public void Validate_NullArrayElementInOtherwiseCompleteDocument_ExitsOne()
    {
        using var temp = new TempFolder();
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))!.AsObject();
        document["organisations"]![0] = null;

        var result = CliRunner.Run("validate", temp.Write("null-element.json", document.ToJsonString()));

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
    }

    [Fact]
    public void Validate_NullArrayElementInOtherwiseCompleteDocument_NoStackTrace()
    {
        using var temp = new TempFolder();
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))!.AsObject();
        document["organisations"]![0] = null;

        var result = CliRunner.Run("validate", temp.Write("null-element.json", document.ToJsonString()));

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.False(CliRunner.HasStackTrace(result.Out + result.Error), result.ToString());
    }

    // ----- usage errors

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithMessageOnStderr()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json");

        var result = CliRunner.Run("validate", path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("File not found", result.Error, StringComparison.Ordinal);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Validate_Folder_ExitsTwoSayingItIsAFolder()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoFileArgument_ExitsTwo()
    {
        var result = CliRunner.Run("validate");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.StartsWith("carecommunity: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Run_NoArguments_ExitsTwo()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo() =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("check", RepositoryFiles.ValidSample).ExitCode);

    [Fact]
    public void Validate_UnknownOption_ExitsTwo()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--colour");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("JSON")]
    [InlineData("")]
    public void Validate_BadFormat_ExitsTwo(string format)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--format", format);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("01/03/2027")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void Validate_BadAsOf_ExitsTwoNamingTheText(string asOf)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--as-of", asOf);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--as-of", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Run_Help_ExitsZeroAndListsTheCommands()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("validate", result.Out, StringComparison.Ordinal);
        Assert.Contains("rules", result.Out, StringComparison.Ordinal);
        Assert.Contains("schema", result.Out, StringComparison.Ordinal);
    }

    // ----- evaluation date

    [Fact]
    public void Validate_AsOfLater_ReportsCc6OverdueAndExitsOne()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--as-of", "2027-03-01");

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.Contains("evaluated on 2027-03-01", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ERROR CC-6 \[cadence.overdue\]", result.Out);
    }

    [Fact]
    public void Validate_AsOfTheDocumentsDate_SameAsWithout()
    {
        var with = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--as-of", "2026-11-01");
        var without = CliRunner.Run("validate", RepositoryFiles.ValidSample);

        Assert.Equal(without, with);
    }

    [Fact]
    public void Validate_DocumentWithoutAsOf_UsesTheClock()
    {
        using var temp = new TempFolder();
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))!.AsObject();
        document.Remove("asOf");
        var path = temp.Write("no-as-of.json", document.ToJsonString());

        var onTime = CliRunner.RunOn(new LocalDate(2026, 11, 1), "validate", path);
        var late = CliRunner.RunOn(new LocalDate(2027, 3, 1), "validate", path);

        Assert.True(onTime.ExitCode == ExitCodes.Ok, onTime.ToString());
        Assert.Contains("evaluated on 2026-11-01", onTime.Out, StringComparison.Ordinal);
        Assert.True(late.ExitCode == ExitCodes.RulesBroken, late.ToString());
        Assert.Contains("CC-6", late.Out, StringComparison.Ordinal);
    }

    // ----- formats

    [Fact]
    public void Validate_FormatJson_IsAReportWithValid()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.True(json["valid"]!.GetValue<bool>());
        Assert.Equal(0, json["errorCount"]!.GetValue<int>());
    }

    [Fact]
    public void Validate_FormatJsonInvalidSample_ListsTheRuleAndIssues()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-4-leader-not-in-core-group.json"), "-f", "json");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.False(json["valid"]!.GetValue<bool>());
        Assert.Contains("CC-4", json["rulesBroken"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(json["issues"]!.AsArray(), i => i!["location"]!.GetValue<string>() == "$.leadershipTeam[3].personId");
    }

    [Fact]
    public void Validate_FormatOperationOutcome_IsAFhirResource()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-7-no-risk-register.json"), "--format", "operation-outcome");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        Assert.Contains(json["issue"]!.AsArray(), i => i!["severity"]!.GetValue<string>() == "error"
            && i["expression"]![0]!.GetValue<string>() == "$.riskRegister");
    }

    [Fact]
    public void Validate_FormatOperationOutcomeValidSample_HasResourceType()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--format", "operation-outcome");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("OperationOutcome", JsonNode.Parse(result.Out)!["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_Redact_RemovesTheOffendingValues()
    {
        var sample = RepositoryFiles.InvalidSample("structure-bad-values.json");
        var plain = CliRunner.Run("validate", sample, "--format", "json");
        var redacted = CliRunner.Run("validate", sample, "--format", "json", "--redact");

        Assert.Equal(ExitCodes.RulesBroken, redacted.ExitCode);
        var values = JsonNode.Parse(plain.Out)!["issues"]!.AsArray().Select(i => i!["value"]?.GetValue<string>()).OfType<string>().ToArray();
        Assert.Contains("P 001", values);
        Assert.Contains("coach", values);
        var redactedIssues = JsonNode.Parse(redacted.Out)!["issues"]!.AsArray();
        Assert.All(redactedIssues, i => Assert.Equal("[redacted]", i!["value"]!.GetValue<string>()));
        Assert.Equal(
            JsonNode.Parse(plain.Out)!["issues"]!.AsArray().Select(i => i!["location"]!.GetValue<string>()),
            redactedIssues.Select(i => i!["location"]!.GetValue<string>()));
    }

    [Fact]
    public void Validate_RedactText_ShowsNoValues()
    {
        var sample = RepositoryFiles.InvalidSample("structure-bad-values.json");

        var plain = CliRunner.Run("validate", sample);
        var redacted = CliRunner.Run("validate", sample, "--redact");

        Assert.Contains("(value: P 001)", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(value: P 001)", redacted.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(value: coach)", redacted.Out, StringComparison.Ordinal);
        Assert.Contains("(value: [redacted])", redacted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Output_WritesTheFileAndNothingToStdout()
    {
        using var temp = new TempFolder();
        var output = temp.File("report.json");

        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-9-local-variation-over-20-percent.json"), "--format", "json", "--output", output);

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("", result.Error);
        Assert.Contains("CC-9", JsonNode.Parse(File.ReadAllText(output))!["rulesBroken"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public void Validate_OutputText_FileHoldsWhatStdoutWouldHave()
    {
        using var temp = new TempFolder();
        var output = temp.File("report.txt");

        var toFile = CliRunner.Run("validate", RepositoryFiles.ValidSample, "-o", output);
        var toStdout = CliRunner.Run("validate", RepositoryFiles.ValidSample);

        Assert.Equal(ExitCodes.Ok, toFile.ExitCode);
        Assert.Equal("", toFile.Out);
        Assert.Equal(toStdout.Out, File.ReadAllText(output));
    }

    [Fact]
    public void Validate_OutputIntoMissingFolder_ExitsTwoWithoutStackTrace()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "no", "such", "folder", "report.json");

        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--output", output);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("Cannot write", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [GeneratedRegex(@"^cc-([1-9][0-9]*)-", RegexOptions.CultureInvariant)]
    private static partial Regex RuleFile();
}
