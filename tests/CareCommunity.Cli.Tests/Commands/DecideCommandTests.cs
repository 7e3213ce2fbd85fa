using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity decide: every meeting sample in every format, the malformed ones, exit codes.</summary>
public sealed class DecideCommandTests
{
    private static string Sample(string file) => RepositoryFiles.PathOf("samples/data/governance/" + file);

    public static TheoryData<string, string, string> Samples() => new()
    {
        { "meeting-consensus.json", "carried-by-consensus", "Referral to dispute resolution: not needed" },
        { "meeting-capital-75-percent.json", "carried-under-75-percent-rule", "votes required 4, margin 0: carried" },
        { "meeting-ordinary-no-consensus.json", "not-carried-referable", "referable by any of the affected Partners: wirral-council, warrington-borough-council" },
        { "meeting-not-quorate.json", "not-quorate", "Quorum (MOU-4): not quorate" },
        { "meeting-outside-powers.json", "outside-board-powers", "l.1290 (must)" },
        { "meeting-delegated-forum.json", "outside-memorandum", "Decision level (MOU-2): delegatedToCollaborativeForum" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Decide_Sample_Text_GivesTheOutcomeAndExits0(string file, string outcome, string line)
    {
        var result = CliRunner.Run("decide", Sample(file));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith($"{Sample(file)}: meeting document\n", result.Out, StringComparison.Ordinal);
        Assert.Contains($"Outcome: {outcome}\n", result.Out, StringComparison.Ordinal);
        Assert.Contains(line, result.Out, StringComparison.Ordinal);
        Assert.Contains("Rule results:\n  MOU-1 ", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Decide_Sample_Json_GivesTheOutcomeAndExits0(string file, string outcome, string line)
    {
        _ = line;
        var result = CliRunner.Run("decide", Sample(file), "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(outcome, json["outcome"]!["name"]!.GetValue<string>());
        Assert.True(json["report"]!["valid"]!.GetValue<bool>());
        Assert.Equal(7, json["rules"]!.AsArray().Count);
    }

    [Fact]
    public void Decide_Capital_Json_GivesThe75PercentWorking()
    {
        var json = JsonNode.Parse(CliRunner.Run("decide", Sample("meeting-capital-75-percent.json"), "-f", "json").Out)!;

        var working = json["seventyFivePercent"]!;
        Assert.Equal((4, 5, 4, 0), (working["numerator"]!.GetValue<int>(), working["denominator"]!.GetValue<int>(), working["votesRequired"]!.GetValue<int>(), working["margin"]!.GetValue<int>()));
        Assert.Equal("allEligibleMembers", working["base"]!.GetValue<string>());
    }

    [Fact]
    public void Decide_Output_WritesTheFile()
    {
        using var temp = new TempFolder();
        var output = temp.File("decision.json");

        var result = CliRunner.Run("decide", Sample("meeting-consensus.json"), "-f", "json", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Equal("carried-by-consensus", JsonNode.Parse(File.ReadAllText(output))!["outcome"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("meeting-structure-malformed.json", "ERROR [json.malformed] $.matter.powersDelegatedBy[1]")]
    [InlineData("meeting-structure-missing-members.json", "ERROR [json.missing-member] $: Required member(s) missing: 'members'.")]
    [InlineData("meeting-structure-unknown-seat.json", "ERROR [value.not-allowed] $.members[0].seat: 'mayor' is not an allowed value here")]
    [InlineData("meeting-duplicate-member.json", "ERROR MOU-4 [meeting.duplicate] $.members[13].id")]
    [InlineData("meeting-position-of-absent-member.json", "ERROR MOU-4 [meeting.position-of-absent-member] $.members[9].position")]
    [InlineData("meeting-quorum-share-above-one.json", "ERROR [value.not-allowed] $.quorum: This quorum is refused")]
    [InlineData("meeting-unknown-memorandum-version.json", "ERROR [value.unknown-memorandum-version] $.memorandumVersion")]
    public void Decide_InvalidSample_Exits1WithTheLocatedError(string file, string error)
    {
        foreach (var format in new[] { "text", "json" })
        {
            var result = CliRunner.Run("decide", Sample("invalid/" + file), "--format", format);

            Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
            Assert.False(CliRunner.HasStackTrace(result.Out + result.Error));
            if (format == "text")
            {
                Assert.Contains("No decision:", result.Out, StringComparison.Ordinal);
                Assert.Contains(error, result.Out, StringComparison.Ordinal);
            }
            else
            {
                var json = JsonNode.Parse(result.Out)!;
                Assert.False(json["report"]!["valid"]!.GetValue<bool>());
                Assert.Null(json["outcome"]);
            }
        }
    }

    [Fact]
    public void Decide_MissingFile_Exits2NamingIt()
    {
        var result = CliRunner.Run("decide", "no-such-meeting.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("File not found: 'no-such-meeting.json'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UnknownFormat_Exits2()
    {
        var result = CliRunner.Run("decide", Sample("meeting-consensus.json"), "--format", "mermaid");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--format", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OverTheSizeLimit_Exits1WithTooLarge()
    {
        var result = CliRunner.Run("decide", Sample("meeting-consensus.json"), "--max-document-bytes", "100");

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("[document.too-large]", result.Out, StringComparison.Ordinal);
    }
}
