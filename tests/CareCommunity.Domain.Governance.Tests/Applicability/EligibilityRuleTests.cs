using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Applicability;

public sealed class EligibilityRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    [Fact]
    public void Check_OnCapital_OnlyTheCommissioningMembersAreEligible_AndACouncillorsPositionIsNotCounted()
    {
        // "Partnership Board members will be eligible to participate on issues which apply to their organisation, in line with
        // the scope of applicable issues set out in Annex 1." (l.1294) Financials apply to CCGs, NHS Providers, NHSE and NHSI.
        var meeting = Meeting(Capital(), ("ccg-chair", Position.Support), ("ccg-ao", Position.Support), ("em-liverpool", Position.Object));

        var result = GovernanceRules.Eligibility.Check(meeting, Context);

        Assert.Equal("2", result.Figures["eligible"]);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(EligibilityRule.PositionNotCounted.Code, issue.Code);
        Assert.Equal("em-liverpool", issue.OffendingValue);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void Check_ASeatMappedToNothing_AndNoEligibleMember_AreReported()
    {
        var mapping = SeatMapping.Default.With(BoardSeat.NhsCommissioningClinicalChair, null).With(BoardSeat.NhsCommissioningAccountableOfficer, null);

        var result = GovernanceRules.Eligibility.Check(Meeting(Capital()), Context with { Options = new GovernanceOptions { SeatMapping = mapping } });

        Assert.Equal(2, result.Issues.Count(i => i.Code == EligibilityRule.SeatWithoutColumn.Code));
        Assert.Single(result.Issues, i => i.Code == EligibilityRule.NoEligibleMember.Code);
    }

    [Fact]
    public void Check_AMeetingThatDoesNotHoldTogether_IsNotEvaluated()
    {
        var meeting = Meeting(Capital(), [P("stranger")]);

        var result = GovernanceRules.Eligibility.Check(meeting, Context);

        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_ACapitalMatterUnderGovernance_IsReported_AndEligibilityFollowsTheElementNamed()
    {
        var matter = Capital() with { Element = MemorandumElement.Governance };

        var result = GovernanceRules.Eligibility.Check(Meeting(matter, AllSupportBut()), Context);

        Assert.Equal(EligibilityRule.FundingMatterElement.Code, Assert.Single(result.Issues).Code);
        Assert.Equal("13", result.Figures["eligible"]);
    }
}
