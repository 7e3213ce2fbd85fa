using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class ConsensusRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    [Fact]
    public void Check_Consensus_IsMet()
    {
        var result = GovernanceRules.Consensus.Check(Meeting(GovernanceMatter(), AllSupportBut()), Context);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal(("true", "true", "13"), (result.Figures["quorate"], result.Figures["consensus"], result.Figures["supporting"]));
    }

    [Fact]
    public void Check_NoConsensus_IsAWarning_TheBoardWillAimToDecideByConsensus()
    {
        // "will aim to make decisions by consensus" (l.1292): an aim, read as should.
        var result = GovernanceRules.Consensus.Check(Meeting(GovernanceMatter(), AllSupportBut(("vcs", Position.Object))), Context);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((ConsensusRule.NotReached.Code, Severity.Warning), (issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_CarriedAtAnInquorateMeeting_IsAnError()
    {
        // "… present at a quorate meeting." (l.1292)
        var meeting = Meeting(GovernanceMatter(), AllMembers.Take(3), ("em-liverpool", Position.Support)) with { Recorded = RecordedOutcome.Carried };

        var result = GovernanceRules.Consensus.Check(meeting, Context);

        Assert.Equal([ConsensusRule.NotQuorate.Code, ConsensusRule.DecidedWithoutQuorum.Code], result.Issues.Select(i => i.Code));
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_RecordedNotCarriedDespiteConsensus_IsInformation()
    {
        var result = GovernanceRules.Consensus.Check(Meeting(GovernanceMatter(), AllSupportBut()) with { Recorded = RecordedOutcome.NotCarried }, Context);

        Assert.Equal((ConsensusRule.RecordedNotCarried.Code, Severity.Information), (Assert.Single(result.Issues).Code, result.Issues[0].Severity));
    }

    [Fact]
    public void Check_AMeetingThatDoesNotHoldTogether_ReportsItsIssues()
    {
        var result = GovernanceRules.Consensus.Check(Meeting(GovernanceMatter(), [P("stranger")]), Context);

        Assert.Equal(MeetingIntegrity.UnknownReference.Code, Assert.Single(result.Issues).Code);
        Assert.Equal(Severity.Error, result.Issues[0].Severity);
    }

    [Fact]
    public void Check_AMeetingAfterTheEvaluationDate_IsAnIntegrityError()
    {
        var result = GovernanceRules.Consensus.Check(Meeting(GovernanceMatter(), AllSupportBut()), Context with { EvaluatedOn = MeetingDay.PlusDays(-1) });

        var issue = Assert.Single(result.Issues);
        Assert.Equal((ConsensusRule.DatedAfterEvaluation.Code, Severity.Error, "2021-03-04"), (issue.Code, issue.Severity, issue.OffendingValue));
    }
}
