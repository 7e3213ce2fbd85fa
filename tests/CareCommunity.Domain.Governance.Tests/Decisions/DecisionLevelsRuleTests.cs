using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class DecisionLevelsRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    [Fact]
    public void Check_AWholePartnershipMatter_IsMet()
    {
        var result = GovernanceRules.DecisionLevels.Check(Meeting(GovernanceMatter(), AllSupportBut()), Context);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("wholePartnership", result.Figures["decisionLevel"]);
    }

    [Fact]
    public void Check_TheBoardCarryingAnOrganisationsOwnDecision_IsAnError()
    {
        // "this Memorandum does not affect the individual sovereignty of Partners or their statutory decision-making responsibilities." (l.1284)
        var matter = Matter.ForIndividualOrganisation("Trust budget", MemorandumElement.Financials, Org("mcht"));

        var result = GovernanceRules.DecisionLevels.Check(Meeting(matter, AllSupportBut()) with { Recorded = RecordedOutcome.Carried }, Context);

        Assert.Equal([(DecisionLevelsRule.OutsideMemorandum.Code, Severity.Information), (DecisionLevelsRule.BoardDecidedOutsideMemorandum.Code, Severity.Error)],
            result.Issues.Select(i => (i.Code, i.Severity)));
    }
}
