using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity dispute: every dispute sample in every format at instants, the malformed ones, exit codes.</summary>
public sealed class DisputeCommandTests
{
    private static string Sample(string file) => RepositoryFiles.PathOf("samples/data/governance/" + file);

    public static TheoryData<string, string, string> Samples() => new()
    {
        { "dispute-stage-1-overdue.json", "2021-05-01T09:00:00Z", "stageI" },
        { "dispute-resolved-at-stage-3.json", "2021-06-20T00:00:00Z", "stageIII" },
        { "dispute-resolved-at-stage-3.json", "2021-07-10T00:00:00Z", "closed" },
        { "dispute-final-at-board.json", "2021-12-20T00:00:00Z", "closed" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Dispute_Sample_EveryFormat_Exits0(string file, string at, string stage)
    {
        var text = CliRunner.Run("dispute", Sample(file), "--at", at);
        var json = CliRunner.Run("dispute", Sample(file), "--at", at, "--format", "json");
        var mermaid = CliRunner.Run("dispute", Sample(file), "--at", at, "--format", "mermaid");

        Assert.True(text.ExitCode == ExitCodes.Ok, text.ToString());
        Assert.Contains($"Stage: {stage} (", text.Out, StringComparison.Ordinal);
        Assert.True(json.ExitCode == ExitCodes.Ok, json.ToString());
        Assert.Equal(stage, JsonNode.Parse(json.Out)!["stage"]!.GetValue<string>());
        Assert.True(mermaid.ExitCode == ExitCodes.Ok, mermaid.ToString());
        Assert.StartsWith("stateDiagram-v2\n", mermaid.Out, StringComparison.Ordinal);
        Assert.Contains(" current\n", mermaid.Out, StringComparison.Ordinal);
        Assert.Equal("", text.Error + json.Error + mermaid.Error);
    }

    [Fact]
    public void Dispute_Stage1AfterThirtyDays_ShowsTheOverdueReferral()
    {
        var result = CliRunner.Run("dispute", Sample("dispute-stage-1-overdue.json"), "--at", "2021-05-01T09:00:00Z");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Overdue:\n  - the Executive has not resolved the dispute within the window: the dispute should be referred to Partnership Chief Officer, by 2021-04-23T23:00:00Z", result.Out, StringComparison.Ordinal);
        Assert.Contains("  - referredToChiefOfficer -> stageTwoChiefOfficer", result.Out, StringComparison.Ordinal);
        Assert.Contains("WARNING MOU-7 [dispute.referral-overdue]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispute_Stage1WithinThirtyDays_ShowsWhatIsDueAndByWhen()
    {
        var json = JsonNode.Parse(CliRunner.Run("dispute", Sample("dispute-stage-1-overdue.json"), "--at", "2021-04-10T09:00:00Z", "-f", "json").Out)!;

        Assert.Equal("2021-04-23T23:00:00Z", Assert.Single(json["due"]!.AsArray())!["by"]!.GetValue<string>());
        Assert.Empty(json["overdue"]!.AsArray());
        Assert.Equal(17, json["window"]!["daysElapsed"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("dispute-structure-bad-instant.json", "ERROR [json.wrong-type] $.raisedAt")]
    [InlineData("dispute-structure-unknown-kind.json", "ERROR [value.not-allowed] $.events[0].kind: 'mediationStarted'")]
    [InlineData("dispute-member-not-for-kind.json", "ERROR [dispute-document.member-not-for-kind] $.events[2].facilitator")]
    [InlineData("dispute-out-of-time-order.json", "ERROR MOU-7 [dispute.event-out-of-order] $.events[1]")]
    [InlineData("dispute-out-of-sequence.json", "ERROR MOU-7 [dispute.event-out-of-sequence] $.events[3]")]
    public void Dispute_InvalidSample_Exits1WithTheLocatedError(string file, string error)
    {
        var text = CliRunner.Run("dispute", Sample("invalid/" + file), "--at", "2021-12-31T00:00:00Z");
        var json = CliRunner.Run("dispute", Sample("invalid/" + file), "--at", "2021-12-31T00:00:00Z", "-f", "json");
        var mermaid = CliRunner.Run("dispute", Sample("invalid/" + file), "--at", "2021-12-31T00:00:00Z", "-f", "mermaid");

        Assert.True(text.ExitCode == ExitCodes.RulesBroken, text.ToString());
        Assert.Contains(error, text.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.RulesBroken, json.ExitCode);
        Assert.False(JsonNode.Parse(json.Out)!["report"]!["valid"]!.GetValue<bool>());
        Assert.Equal(ExitCodes.RulesBroken, mermaid.ExitCode);
        Assert.Contains("the diagram shows the process only", mermaid.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(text.Out + text.Error + json.Error + mermaid.Error));
    }

    [Fact]
    public void Dispute_WithoutAt_Exits2()
    {
        var result = CliRunner.Run("dispute", Sample("dispute-stage-1-overdue.json"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--at", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-05-01")]
    [InlineData("2021-05-01T09:00:00+01:00")]
    [InlineData("yesterday")]
    public void Dispute_BadAt_Exits2NamingTheForm(string at)
    {
        var result = CliRunner.Run("dispute", Sample("dispute-stage-1-overdue.json"), "--at", at);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--at '{at}' is not an instant in the form yyyy-MM-ddTHH:mm:ssZ (UTC).", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispute_MissingFile_Exits2NamingIt()
    {
        var result = CliRunner.Run("dispute", "no-such-dispute.json", "--at", "2021-05-01T09:00:00Z");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("File not found: 'no-such-dispute.json'", result.Error, StringComparison.Ordinal);
    }
}
