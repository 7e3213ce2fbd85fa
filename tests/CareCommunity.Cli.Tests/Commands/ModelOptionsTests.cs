using CareCommunity.Testing;
using CareCommunity.Cli.Tests.Support;

namespace CareCommunity.Cli.Tests;

/// <summary>The validate command's model options: the readings the seeds leave open, chosen on the command line.</summary>
public class CliApplicationOptionsTests
{
    [Fact]
    public void Validate_VacantRolesWarning_TurnsTheCc2SampleValid()
    {
        var strict = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-2-healthwatch-role-vacant.json"));
        var lenient = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-2-healthwatch-role-vacant.json"), "--vacant-roles", "warning");

        Assert.Equal(ExitCodes.RulesBroken, strict.ExitCode);
        Assert.Equal(ExitCodes.Ok, lenient.ExitCode);
        Assert.Contains("WARNING CC-2 [core-group.role-vacant]", lenient.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverdueWarning_TurnsTheCc6SampleValid()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-6-place-report-overdue.json"), "--overdue", "warning");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("WARNING CC-6 [cadence.overdue]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxLocalShare_MovesTheCc9Boundary()
    {
        // The CC-9 sample's local variation is 31.8% of the offer by spend.
        Assert.Equal(ExitCodes.RulesBroken, CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-9-local-variation-over-20-percent.json"), "--max-local-share", "0.31").ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-9-local-variation-over-20-percent.json"), "--max-local-share", "0.32").ExitCode);
    }

    [Fact]
    public void Validate_EightyTwentyByElementCount_MeasuresElementsNotSpend()
    {
        // By count the CC-9 sample has 2 local elements of 5: 40%.
        var result = CliRunner.Run("validate", RepositoryFiles.InvalidSample("cc-9-local-variation-over-20-percent.json"), "--eighty-twenty-basis", "element-count");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("Local variation is 40% of the offer by ElementCount", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GraceDays_KeepsAJustEndedPeriodDue()
    {
        // The valid sample's last Place report is for the period ending 2026-09-30; the period from 2026-10-01 ends
        // 2026-11-30. On 2026-12-05 that report is overdue, unless 7 days' grace are given.
        var strict = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--as-of", "2026-12-05");
        var grace = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--as-of", "2026-12-05", "--grace-days", "7");

        Assert.Equal(ExitCodes.RulesBroken, strict.ExitCode);
        Assert.Contains("[cadence.overdue]", strict.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[cadence.overdue]", grace.Out, StringComparison.Ordinal);
        Assert.Contains("within its 7 days' grace", grace.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--grace-days", "-1", "--grace-days")]
    [InlineData("--max-local-share", "1.5", "--max-local-share")]
    [InlineData("--escalation-threshold", "26", "--escalation-threshold")]
    [InlineData("--vacant-roles", "sometimes", "--vacant-roles")]
    [InlineData("--nursing-ahp-lead", "anyone", "--nursing-ahp-lead")]
    public void Validate_OptionOutOfRange_IsAUsageError(string option, string value, string named)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }
}

/// <summary>validate --explain: every rule, met or not, with its figures.</summary>
public class CliApplicationExplainTests
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
public class CliApplicationBatchTests
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
