using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class NoConsensusRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    [Fact]
    public void Check_NoConsensusOnAnOrdinaryMatter_MayBeReferred_Information()
    {
        // "it may be referred to the dispute resolution procedure … by any of the affected Partners for resolution." (l.1292)
        var result = GovernanceRules.NoConsensus.Check(Meeting(GovernanceMatter("halton-mbc"), AllSupportBut(("em-liverpool", Position.Object))), Context);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((NoConsensusRule.Referable.Code, Severity.Information), (issue.Code, issue.Severity));
        Assert.Contains("halton-mbc", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CapitalCarriedBelow75Percent_IsAnError_WithTheFigures()
    {
        var meeting = Meeting(Capital(), ("ccg-chair", Position.Support), ("ccg-ao", Position.Object)) with { Recorded = RecordedOutcome.Carried };

        var result = GovernanceRules.NoConsensus.Check(meeting, Context);

        Assert.Equal([NoConsensusRule.BelowSeventyFivePercent.Code, NoConsensusRule.CarriedBelowSeventyFivePercent.Code], result.Issues.Select(i => i.Code));
        Assert.Equal(("1", "2", "2", "-1"), (result.Figures["numerator"], result.Figures["denominator"], result.Figures["votesRequired"], result.Figures["margin"]));
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_AnOrdinaryMatterCarriedWithoutConsensus_IsAnError()
    {
        var meeting = Meeting(GovernanceMatter(), AllSupportBut(("lay-2", Position.Object))) with { Recorded = RecordedOutcome.Carried };

        var result = GovernanceRules.NoConsensus.Check(meeting, Context);

        Assert.Contains(result.Issues, i => i.Code == NoConsensusRule.CarriedWithoutConsensus.Code && i.Severity == Severity.Error);
    }

    [Fact]
    public void Check_Consensus_MeansMou5DoesNotApply()
    {
        var result = GovernanceRules.NoConsensus.Check(Meeting(Capital(), ("ccg-chair", Position.Support), ("ccg-ao", Position.Support)), Context);

        Assert.Empty(result.Issues);
        Assert.Equal(RuleStatus.Met, result.Status);
    }
}
