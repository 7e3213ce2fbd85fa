using CareCommunity.Domain.Governance.Disputes;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeProcessTests
{
    [Fact]
    public void ToMermaid_DrawsEveryStepOfTheModel_AndNothingElse()
    {
        var text = DisputeProcess.ToMermaid();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("stateDiagram-v2", lines[0]);
        var arrows = lines.Where(l => l.Contains(" --> ", StringComparison.Ordinal) && l.Contains(" : ", StringComparison.Ordinal)).ToArray();
        var steps = DisputeProcess.TransitionsUnder(DisputeOptions.Default);
        Assert.Equal(steps.Length, arrows.Length);
        foreach (var step in steps)
        {
            var from = step.From == DisputeState.NotRaised ? "[*]" : step.From.ToString();
            Assert.Contains(arrows, a => a.TrimStart().StartsWith($"{from} --> {step.To} : {ModelText.Of(step.Event)}", StringComparison.Ordinal));
        }

        Assert.Contains("    Resolved --> [*]", lines);
        Assert.Contains("    FinallyResolved --> [*]", lines);
        Assert.Contains("    state \"I. Partnership Executive seeks to resolve (30 days)\" as StageOneExecutive", lines);
    }

    [Fact]
    public void ToMermaid_FollowsTheStageThreeOption()
    {
        var byGroup = DisputeProcess.ToMermaid();
        var byBoard = DisputeProcess.ToMermaid(DisputeOptions.Default with { StageThreeTrigger = StageThreeTrigger.PartnershipBoard });

        Assert.Contains("StageTwoNoMajority --> StageThreeFacilitator", byGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("partnershipBoardCouldNotDecide", byGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("StageTwoBoardNoDecision", byGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("StageTwoNoMajority --> StageThreeFacilitator", byBoard, StringComparison.Ordinal);
        Assert.Contains("StageTwoAdvised --> StageTwoBoardNoDecision : partnershipBoardCouldNotDecide", byBoard, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryState_IsReachableFromRaising_AndEveryOpenStateHasANextStep()
    {
        var steps = DisputeProcess.TransitionsUnder(DisputeOptions.Default with { StageThreeTrigger = StageThreeTrigger.Either });
        var reached = new HashSet<DisputeState> { DisputeState.NotRaised };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var s in steps.Where(s => reached.Contains(s.From)))
            {
                grew |= reached.Add(s.To);
            }
        }

        Assert.Equal(Enum.GetValues<DisputeState>().Order(), reached.Order());
        Assert.All(Enum.GetValues<DisputeState>().Where(s => !DisputeProcess.IsClosed(s)), s => Assert.Contains(steps, t => t.From == s));
        Assert.All(Enum.GetValues<DisputeState>().Where(DisputeProcess.IsClosed), s => Assert.DoesNotContain(steps, t => t.From == s));
    }

    [Theory]
    [InlineData(DisputeState.GoodFaith, DisputeStage.BeforeTheProcess)]
    [InlineData(DisputeState.StageOneExecutive, DisputeStage.StageI)]
    [InlineData(DisputeState.StageTwoBoardNoDecision, DisputeStage.StageII)]
    [InlineData(DisputeState.StageThreeFacilitator, DisputeStage.StageIII)]
    [InlineData(DisputeState.StageFourDecided, DisputeStage.StageIV)]
    [InlineData(DisputeState.FinallyResolved, DisputeStage.Closed)]
    public void StageOf_MapsEachStateToItsStage(DisputeState state, DisputeStage stage) =>
        Assert.Equal(stage, DisputeProcess.StageOf(state));

    [Fact]
    public void EveryStep_CitesTheMemorandum()
    {
        Assert.All(DisputeProcess.Transitions, t => Assert.Equal("004_0b226576d97cd4ce.txt", t.Source.Citation.Document.FileName));
        Assert.Contains(DisputeProcess.Transitions, t => t.ToString() == "stageOneExecutive --referredToChiefOfficer--> stageTwoChiefOfficer [cannot resolve within 30 days]");
    }
}
