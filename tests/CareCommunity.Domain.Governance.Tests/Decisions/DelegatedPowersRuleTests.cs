using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class DelegatedPowersRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    [Fact]
    public void Check_PowersDelegatedByAPartner_IsMet()
    {
        var result = GovernanceRules.DelegatedPowers.Check(Meeting(GovernanceMatter(), AllSupportBut()), Context);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["delegatedByPartners"]);
    }

    [Fact]
    public void Check_ActingWithoutPowers_IsAnError_AndANonMembersDelegationDoesNotCount()
    {
        // "The Partnership Board will not act where it has no formal powers delegated by any Partner." (l.1290)
        var matter = Matter.WholePartnership("Oversight of trusts", MemorandumElement.NationalAndRegionalSupport, [Org("nhse-nhsi")], []);

        var result = GovernanceRules.DelegatedPowers.Check(Meeting(matter, AllSupportBut()) with { Recorded = RecordedOutcome.Carried }, Context);

        Assert.Equal(
            [(DelegatedPowersRule.NonMemberDelegation.Code, Severity.Information), (DelegatedPowersRule.NoPowers.Code, Severity.Information),
                (DelegatedPowersRule.ActedWithoutPowers.Code, Severity.Error)],
            result.Issues.Select(i => (i.Code, i.Severity)));
    }
}
