using CareCommunity.Testing;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareCommunity.Cli.Tests.Support;
using NodaTime;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity validate: exit codes, formats, evaluation date, usage and file-system errors.</summary>
public sealed partial class ValidateCommandTests
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

    [Fact]
    public void Validate_OutputUnderAFile_ExitsTwoNamingTheFile()
    {
        using var temp = new TempFolder();
        var file = temp.Write("report.txt", "");
        var output = Path.Combine(file, "report.json");

        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--output", output);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{output}': '{file}' is a file, not a folder.", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Validate_OutputIsAFolder_ExitsTwoSayingSo()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--output", temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{temp.Path}': it is a folder.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OutputIntoMissingFolder_NamesTheMissingFolder()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "no", "report.json");

        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--output", output);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{output}': the folder '{Path.Combine(temp.Path, "no")}' does not exist.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InputUnderAFile_ExitsTwoNamingTheFile()
    {
        using var temp = new TempFolder();
        var file = temp.Write("data.json", "{}");
        var input = Path.Combine(file, "crewe.json");

        var result = CliRunner.Run("validate", input);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"File not found: '{input}': '{file}' is a file, not a folder.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderAmongSeveralFiles_ExitsTwoBeforeValidating()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"'{temp.Path}' is a folder, not a file.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("validating", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Validate_UnreadableFile_ExitsTwoNamingThePath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var path = temp.Write("locked.json", File.ReadAllText(RepositoryFiles.ValidSample));
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(path);

            // Running as root (as CI does), permissions do not stop reading: nothing to test here.
            return;
        }
        catch (UnauthorizedAccessException)
        {
        }

        var result = CliRunner.Run("validate", path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot read '{path}': permission denied.", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    // ----- JSON readability and the rules a report breaks

    [Fact]
    public void Validate_FormatJsonValidSample_BreaksNoRuleAndListsCc6AsInformation()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Empty(json["rulesBroken"]!.AsArray());
        Assert.Equal(["CC-6"], json["rulesWithInformation"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public void Validate_FormatJsonSeveralFiles_EachReportSeparatesBrokenFromInformation()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, RepositoryFiles.InvalidSample("cc-7-no-risk-register.json"), "--format", "json");

        var documents = JsonNode.Parse(result.Out)!["documents"]!.AsArray();
        Assert.Empty(documents[0]!["report"]!["rulesBroken"]!.AsArray());
        Assert.Contains("CC-7", documents[1]!["report"]!["rulesBroken"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("operation-outcome")]
    public void Validate_JsonFormats_WriteApostrophesAsThemselves(string format)
    {
        using var temp = new TempFolder();
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))!.AsObject();
        document["colour"] = "blue";
        var path = temp.Write("crewe's.json", document.ToJsonString());

        var result = CliRunner.Run("validate", path, "--format", format);

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("'colour'", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", result.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^cc-([1-9][0-9]*)-", RegexOptions.CultureInvariant)]
    private static partial Regex RuleFile();
}

/// <summary>validate --explain: every rule, met or not, with its figures.</summary>
public class ValidateExplainTests
{
    [Fact]
    public void Validate_Explain_ListsEveryRuleWithMetOrNotMet()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-9-local-variation-over-20-percent.json"), "--explain");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("Why:", result.Out, StringComparison.Ordinal);
        Assert.Contains("CC-9 Not met: Local variation is 31.8%", result.Out, StringComparison.Ordinal);
        Assert.Contains("CC-2 Met: 8 of the 8 core roles", result.Out, StringComparison.Ordinal);
        Assert.Equal(11, result.Out.Split('\n').Count(l => l.StartsWith("  CC-", StringComparison.Ordinal) && (l.Contains(" Met:", StringComparison.Ordinal) || l.Contains(" Not met:", StringComparison.Ordinal))));
    }

    [Fact]
    public void Validate_ExplainJson_HasAChecksArrayOfElevenRules()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--explain", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(11, checks.GetArrayLength());
        Assert.All(checks.EnumerateArray(), c => Assert.True(c.GetProperty("met").GetBoolean()));
        Assert.Equal("8", checks[1].GetProperty("inputs").GetProperty("coreRolesHeld").GetString());
    }

    [Fact]
    public void Validate_WithoutExplain_HasNoChecks()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.TryGetProperty("checks", out _));
    }
}

/// <summary>validate with several files: every document reported, a summary, exit 1 when any is invalid.</summary>
public class ValidateBatchTests
{
    [Fact]
    public void Validate_SeveralFiles_ReportsEachAndSummarises()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, RepositoryFiles.PathOf("samples/data/cheshire-east-care-communities.json"),
            RepositoryFiles.InvalidSample("cc-7-no-risk-register.json"));

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("3 documents: 2 valid, 1 invalid", result.Out, StringComparison.Ordinal);
        Assert.Contains("place document", result.Out, StringComparison.Ordinal);
        Assert.Contains("[risk-register.missing]", result.Out, StringComparison.Ordinal);
        Assert.Contains("validating 3/3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryInvalidSampleAtOnce_AccountsForEveryFileInJson()
    {
        var files = RepositoryFiles.InvalidSampleNames().Select(RepositoryFiles.InvalidSample).ToArray();

        var result = CliRunner.Run(["validate", .. files, "--format", "json"]);

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(files, documents.EnumerateArray().Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(files.Length, json.RootElement.GetProperty("invalidCount").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("validCount").GetInt32());
    }

    [Fact]
    public void Validate_SeveralFilesAllValid_ExitsZero()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, RepositoryFiles.PathOf("samples/data/cheshire-east-care-communities.json"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("2 documents: 2 valid, 0 invalid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralFilesAsOperationOutcome_IsAUsageError()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, RepositoryFiles.ValidSample, "--format", "operation-outcome");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("one document", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneMissingFileAmongSeveral_IsAUsageErrorBeforeAnythingIsValidated()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "samples/data/nope.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.DoesNotContain("validating", result.Error, StringComparison.Ordinal);
    }
}
