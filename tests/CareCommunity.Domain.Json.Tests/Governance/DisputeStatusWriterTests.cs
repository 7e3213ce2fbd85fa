using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Governance;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Testing;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Tests.Governance;

/// <summary>A dispute's status as text, JSON (dispute-status.schema.json) and Mermaid.</summary>
public sealed class DisputeStatusWriterTests
{
    private static DisputeReadResult Read(string file, string at) =>
        DisputeDocument.ReadFile(RepositoryFiles.PathOf("samples/data/governance/" + file), new DisputeReadSettings { At = InstantPattern.ExtendedIso.Parse(at).Value });

    [Theory]
    [InlineData("dispute-stage-1-overdue.json", "2021-05-01T09:00:00Z")]
    [InlineData("dispute-resolved-at-stage-3.json", "2021-06-20T00:00:00Z")]
    [InlineData("dispute-final-at-board.json", "2021-12-20T00:00:00Z")]
    [InlineData("invalid/dispute-out-of-sequence.json", "2021-12-31T00:00:00Z")]
    [InlineData("invalid/dispute-structure-bad-instant.json", "2021-12-31T00:00:00Z")]
    public void Serialize_ConformsToTheDisputeStatusSchema(string file, string at) =>
        Assert.Empty(PublishedSchemas.Problems("dispute-status.schema.json", JsonNode.Parse(DisputeStatusWriter.Serialize(Read(file, at)))));

    [Fact]
    public void Serialize_Overdue_GivesStageWindowOverdueAndNext()
    {
        var json = JsonNode.Parse(DisputeStatusWriter.Serialize(Read("dispute-stage-1-overdue.json", "2021-05-01T09:00:00Z")))!;

        Assert.Equal(("stageI", "stageOneExecutive"), (json["stage"]!.GetValue<string>(), json["state"]!.GetValue<string>()));
        Assert.Equal("2021-04-23T23:00:00Z", json["window"]!["ends"]!.GetValue<string>());
        Assert.True(json["window"]!["ended"]!.GetValue<bool>());
        Assert.Equal("2021-04-23T23:00:00Z", Assert.Single(json["overdue"]!.AsArray())!["by"]!.GetValue<string>());
        Assert.Equal(["referredToChiefOfficer", "resolvedByAgreement"], json["next"]!.AsArray().Select(n => n!["event"]!.GetValue<string>()));
        Assert.Equal("MOU-7", json["rule"]!["rule"]!.GetValue<string>());
    }

    [Fact]
    public void Format_Overdue_SaysWhatIsOverdueAndByWhen()
    {
        var text = DisputeStatusWriter.Format(Read("dispute-stage-1-overdue.json", "2021-05-01T09:00:00Z"));

        Assert.Contains("Stage: stageI (stageOneExecutive", text, StringComparison.Ordinal);
        Assert.Contains("should be referred to Partnership Chief Officer, by 2021-04-23T23:00:00Z (should, l.1618)", text, StringComparison.Ordinal);
        Assert.Contains("  - referredToChiefOfficer -> stageTwoChiefOfficer", text, StringComparison.Ordinal);
        Assert.Contains("WARNING MOU-7 [dispute.referral-overdue]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Closed_ExpectsNothingFurther() =>
        Assert.Contains("Allowed next: nothing further is expected", DisputeStatusWriter.Format(Read("dispute-final-at-board.json", "2021-12-20T00:00:00Z")), StringComparison.Ordinal);

    [Fact]
    public void Mermaid_MarksTheCurrentStateAndTheVisitedOnes()
    {
        var diagram = DisputeStatusWriter.Mermaid(Read("dispute-resolved-at-stage-3.json", "2021-06-20T00:00:00Z"));

        Assert.StartsWith("stateDiagram-v2\n", diagram, StringComparison.Ordinal);
        Assert.EndsWith("    class StageThreeFacilitator current\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    class GoodFaith,GoodFaithFailed,StageOneExecutive,StageTwoChiefOfficer,StageTwoCoordinationGroup,StageTwoRecommended,StageTwoAdvised,StageTwoNotAccepted visited\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_Refused_IsTheBareProcess() =>
        Assert.DoesNotContain("current", DisputeStatusWriter.Mermaid(Read("invalid/dispute-out-of-sequence.json", "2021-12-31T00:00:00Z")), StringComparison.Ordinal);
}
