using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>
/// One error never hides another: a document that leaves the Healthwatch role vacant (CC-2), puts a non-member on the
/// leadership team (CC-4), changes a post without an impact assessment (CC-8) and spends 31.8% of its offer on local
/// variation (CC-9) reports all four rules' errors, at their paths, in one run and in every format.
/// </summary>
public sealed class ValidateMultiRuleTests
{
    private static readonly string[] Expected = ["CC-2", "CC-4", "CC-8", "CC-9"];

    private static readonly (string Rule, string Location)[] Errors =
    [
        ("CC-2", "$.coreGroup"),
        ("CC-4", "$.leadershipTeam[3].personId"),
        ("CC-8", "$.costCentre.changes[0].impactAssessment"),
        ("CC-9", "$.offer"),
    ];

    [Fact]
    public void Text_ReportsAllFourRulesErrors()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.MultiRuleSample);

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("invalid: 4 error(s)", result.Out, StringComparison.Ordinal);
        foreach (var (rule, location) in Errors)
        {
            Assert.Contains($"ERROR {rule} [", result.Out, StringComparison.Ordinal);
            Assert.Contains($"] {location}:", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_ListsTheFourRulesBrokenAndTheirErrorsAtTheirPaths()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.MultiRuleSample, "--format", "json");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(Expected, json["rulesBroken"]!.AsArray().Select(r => r!.GetValue<string>()));
        var errors = json["issues"]!.AsArray().Where(i => i!["severity"]!.GetValue<string>() == "error")
            .Select(i => (i!["rule"]!.GetValue<string>(), i["location"]!.GetValue<string>())).Order().ToArray();
        Assert.Equal(Errors, errors);
    }

    [Fact]
    public void OperationOutcome_HasAnErrorIssueAtEachPath()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.MultiRuleSample, "--format", "operation-outcome");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        var errorPaths = json["issue"]!.AsArray().Where(i => i!["severity"]!.GetValue<string>() == "error")
            .Select(i => i!["expression"]![0]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Errors.Select(e => e.Location).Order(StringComparer.Ordinal), errorPaths);
    }

    [Fact]
    public void Explain_GivesALineForEachOfTheElevenRules()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.MultiRuleSample, "--explain");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var lines = result.Out.Split('\n').Where(l => l.StartsWith("  CC-", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal)).ToArray();
        for (var n = 1; n <= 11; n++)
        {
            Assert.Single(lines, l => l.StartsWith($"  CC-{n} ", StringComparison.Ordinal) && (l.Contains(" Met:", StringComparison.Ordinal) || l.Contains(" Not met:", StringComparison.Ordinal)));
        }

        foreach (var rule in Expected)
        {
            Assert.Contains(lines, l => l.StartsWith($"  {rule} Not met:", StringComparison.Ordinal));
        }
    }
}

/// <summary>The limit options: defined once, each a usage of <see cref="CareCommunity.Domain.Validation.ValidationLimits"/>.</summary>
public sealed class ValidateLimitOptionsTests
{
    [Fact]
    public void MaxIssues_CapsTheReport_WithASummaryOfWhatWasLeftOut()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.MultiRuleSample, "--max-issues", "2", "--format", "json");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        var issues = JsonNode.Parse(result.Out)!["issues"]!.AsArray();
        Assert.Equal(3, issues.Count);
        Assert.Contains(issues, i => i!["code"]!.GetValue<string>() == "report.issues-left-out");
    }

    [Fact]
    public void MaxDocumentBytes_ReportsALargerFile_WithoutReadingIt()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--max-document-bytes", "100");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("[document.too-large]", result.Out, StringComparison.Ordinal);
        Assert.Contains("--max-document-bytes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxTextLength_MakesALongerNameAnIssue()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, "--max-text-length", "5");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("[value.too-long] $.name", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-issues", "0")]
    [InlineData("--max-list-length", "many")]
    public void BadLimit_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }
}
