using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Leadership;

/// <summary>
/// CC-4, the leadership and management team, drawn from the core group: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="LeadershipDrawnFromCoreGroupRuleTests"/>).
/// </summary>
public sealed class LeadershipDrawnFromCoreGroupRuleValidatorTests
{
    [Fact]
    public void Validate_Cc4_VacantSocialCareLead_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutLeader(LeadershipRole.SocialCareLead));
        Assert.Equal("CC-4", issue.Rule.ToString());
        Assert.Equal(LeadershipDrawnFromCoreGroupRule.RoleVacant.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.leadershipTeam", issue.Location.ToString());
        Assert.Equal("socialCareLead", issue.OffendingValue);
    }

    [Fact]
    public void Validate_Cc4_VacantLeaderSeverityOption_IsHonoured() =>
        Assert.Equal(Severity.Information, OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutLeader(LeadershipRole.PcnClinicalDirector),
            new OperatingModelOptions { VacantLeadershipRoleSeverity = Severity.Information }).Severity);

    [Fact]
    public void Validate_Cc4_LeaderNotHoldingTheExpectedCoreRole_IsInformation()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.SocialCareLead, SamplePeople.PublicHealth));
        Assert.Equal("CC-4", issue.Rule.ToString());
        Assert.Equal(LeadershipDrawnFromCoreGroupRule.CoreRoleMismatch.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.leadershipTeam[4].personId", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc4_NursingLeadWhoIsADoctor_IsInformationUnlessAnyCoreGroupMemberMayHoldIt()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithProfession(SamplePeople.MentalHealth, Profession.Doctor);
        var issue = OnlyIssue(builder);
        Assert.Equal("CC-4", issue.Rule.ToString());
        Assert.Equal(LeadershipDrawnFromCoreGroupRule.NursingOrAhpLeadProfession.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.leadershipTeam[3].personId", issue.Location.ToString());
        Assert.Empty(Validate(builder, new OperatingModelOptions { NursingOrAhpLead = NursingOrAhpLeadPolicy.AnyCoreGroupMember }).Issues);
    }

    [Fact]
    public void Validate_Cc4_NursingLeadWithUnrecordedProfession_IsInformation() =>
        Assert.Equal(Severity.Information, OnlyIssue(LocalCareCommunityBuilder.Valid().WithProfession(SamplePeople.MentalHealth, Profession.Unspecified)).Severity);

    [Fact]
    public void Validate_Cc4_NursingLeadWhoIsAnAhp_IsFine() =>
        Assert.Empty(Validate(LocalCareCommunityBuilder.Valid().WithProfession(SamplePeople.MentalHealth, Profession.AlliedHealthProfessional)).Issues);
}
