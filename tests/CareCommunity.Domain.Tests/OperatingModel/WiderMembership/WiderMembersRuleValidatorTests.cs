using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.WiderMembership;

/// <summary>
/// CC-5, wider members and aligned secondary-care clinical leaders: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="WiderMembersRuleTests"/>).
/// </summary>
public sealed class WiderMembersRuleValidatorTests
{
    [Fact]
    public void Validate_Cc5_NoWiderMembers_IsWarning()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutWiderMembers());
        Assert.Equal("CC-5", issue.Rule.ToString());
        Assert.Equal(WiderMembersRule.None.Code, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Contains("local councillors", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc5_NoAlignedClinicalLead_IsWarning()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutAlignedClinicalLeads());
        Assert.Equal("CC-5", issue.Rule.ToString());
        Assert.Equal(WiderMembersRule.NoAlignedClinicalLead.Code, issue.Code);
        Assert.Equal("$.alignedClinicalLeads", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc5_AlignedLeadFromAGpPractice_IsWarning()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithAlignedClinicalLead(SamplePeople.PracticeNurse, "Practice nursing"));
        Assert.Equal(WiderMembersRule.AlignedLeadNotSecondaryCare.Code, issue.Code);
        Assert.Equal("$.alignedClinicalLeads[1].personId", issue.Location.ToString());
    }
}
