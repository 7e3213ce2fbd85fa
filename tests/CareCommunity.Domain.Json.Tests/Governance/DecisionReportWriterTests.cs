using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Governance;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Governance;

/// <summary>The decision as text and as JSON (decision-result.schema.json).</summary>
public sealed class DecisionReportWriterTests
{
    private static MeetingDecisionResult Decide(string file) =>
        MeetingDocument.DecideFile(RepositoryFiles.PathOf("samples/data/governance/" + file));

    public static TheoryData<string> Files() =>
    [
        "meeting-consensus.json", "meeting-capital-75-percent.json", "meeting-ordinary-no-consensus.json", "meeting-not-quorate.json",
        "meeting-outside-powers.json", "meeting-delegated-forum.json", "invalid/meeting-duplicate-member.json", "invalid/meeting-structure-malformed.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Serialize_ConformsToTheDecisionResultSchema(string file) =>
        Assert.Empty(PublishedSchemas.Problems("decision-result.schema.json", JsonNode.Parse(DecisionReportWriter.Serialize(Decide(file)))));

    [Fact]
    public void Serialize_Capital_GivesThe75PercentWorkingAndTheClause()
    {
        var json = JsonNode.Parse(DecisionReportWriter.Serialize(Decide("meeting-capital-75-percent.json")))!;

        var working = json["seventyFivePercent"]!;
        Assert.Equal(("allEligibleMembers", 4, 5, 4, 0, true), (working["base"]!.GetValue<string>(), working["numerator"]!.GetValue<int>(),
            working["denominator"]!.GetValue<int>(), working["votesRequired"]!.GetValue<int>(), working["margin"]!.GetValue<int>(), working["carried"]!.GetValue<bool>()));
        Assert.Equal("carried-under-75-percent-rule", json["outcome"]!["name"]!.GetValue<string>());
        Assert.False(json["outcome"]!["referableToDisputeResolution"]!.GetValue<bool>());
        Assert.Contains(json["outcome"]!["clauses"]!.AsArray(), c => c!["citation"]!.GetValue<string>().EndsWith("l.1294", StringComparison.Ordinal)
            && c["text"]!.GetValue<string>().Contains("not less than 75%", StringComparison.Ordinal));
        Assert.Equal(5, json["eligible"]!.AsArray().Count);
        Assert.Equal(7, json["rules"]!.AsArray().Count);
    }

    [Fact]
    public void Serialize_NoConsensus_SaysWhoMayRefer()
    {
        var json = JsonNode.Parse(DecisionReportWriter.Serialize(Decide("meeting-ordinary-no-consensus.json")))!;

        Assert.True(json["outcome"]!["referableToDisputeResolution"]!.GetValue<bool>());
        Assert.Equal(["wirral-council", "warrington-borough-council"], json["outcome"]!["mayBeReferredBy"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(json["seventyFivePercent"]);
        Assert.False(json["consensus"]!.GetValue<bool>());
    }

    [Fact]
    public void Serialize_Refused_HasOnlyRulesAndReport()
    {
        var json = JsonNode.Parse(DecisionReportWriter.Serialize(Decide("invalid/meeting-duplicate-member.json")))!.AsObject();

        Assert.Null(json["outcome"]);
        Assert.False(json["report"]!["valid"]!.GetValue<bool>());
        Assert.All(json["rules"]!.AsArray(), r => Assert.Equal("not-evaluated", r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public void Format_Capital_ShowsTheWorkingAndTheOutcomeWithItsLine()
    {
        var text = DecisionReportWriter.Format(Decide("meeting-capital-75-percent.json"));

        Assert.Contains("Decision level (MOU-2): wholePartnership", text, StringComparison.Ordinal);
        Assert.Contains("Eligible (MOU-6): 5 of 14", text, StringComparison.Ordinal);
        Assert.Contains("Quorum (MOU-4): quorate: 13 present of 14, 8 required", text, StringComparison.Ordinal);
        Assert.Contains("75% rule (MOU-5): base allEligibleMembers; numerator 4, denominator 5; 4 × 4 = 16 >= 3 × 5 = 15; votes required 4, margin 0: carried", text, StringComparison.Ordinal);
        Assert.Contains("Outcome: carried-under-75-percent-rule", text, StringComparison.Ordinal);
        Assert.Contains("l.1294 (may): \"In respect of referring priorities", text, StringComparison.Ordinal);
        Assert.Contains("Referral to dispute resolution: not referable", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meeting-not-quorate.json", "Quorum (MOU-4): not quorate: 5 present of 14, 8 required", "not applicable: the meeting was not quorate")]
    [InlineData("meeting-outside-powers.json", "Outcome: outside-board-powers", "l.1290 (must)")]
    [InlineData("meeting-delegated-forum.json", "Outcome: outside-memorandum", "the collaborative forum's own memorandum (l.1285)")]
    [InlineData("meeting-ordinary-no-consensus.json", "Consensus (MOU-4, noObjection): no", "referable by any of the affected Partners: wirral-council, warrington-borough-council")]
    public void Format_Outcome_SaysWhyAndWhetherReferable(string file, string line, string referral)
    {
        var text = DecisionReportWriter.Format(Decide(file));

        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.Contains(referral, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Refused_SaysThereIsNoDecision() =>
        Assert.StartsWith("No decision:", DecisionReportWriter.Format(Decide("invalid/meeting-structure-unknown-seat.json")), StringComparison.Ordinal);
}
