using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Leadership;

public sealed class LeadershipDrawnFromCoreGroupRuleTests
{
    private static readonly LeadershipDrawnFromCoreGroupRule Rule = OperatingModelRules.LeadershipDrawnFromCoreGroup;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("5", Figure(result, "leadershipRolesHeld"));
        Assert.Equal("", Figure(result, "vacantLeadershipRoles"));
    }

    [Fact]
    public void Check_LeaderNotInTheCoreGroup_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PracticeNurse));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.NotCoreMember, Severity.Error, "$.leadershipTeam[3].personId");
        Assert.Equal("p-practice-nurse", issue.OffendingValue);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Check_VacantSocialCareLead_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutLeader(LeadershipRole.SocialCareLead));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.RoleVacant, Severity.Error, "$.leadershipTeam");
        Assert.Equal("socialCareLead", issue.OffendingValue);
        Assert.Equal("4", Figure(result, "leadershipRolesHeld"));
        Assert.Equal("socialCareLead", Figure(result, "vacantLeadershipRoles"));
    }

    [Theory]
    [InlineData(Severity.Warning, RuleStatus.NotMet)]
    [InlineData(Severity.Information, RuleStatus.Met)]
    public void Check_VacantLeadershipRole_TakesTheChosenSeverity(Severity severity, RuleStatus status)
    {
        var options = new OperatingModelOptions { VacantLeadershipRoleSeverity = severity };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutLeader(LeadershipRole.SocialCareLead), options);
        Single(Rule, result, LeadershipDrawnFromCoreGroupRule.RoleVacant, severity, "$.leadershipTeam");
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Check_RoleAssignedTwice_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().AddLeader(LeadershipRole.SocialCareLead, SamplePeople.SocialCare));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.RoleHeldTwice, Severity.Information, "$.leadershipTeam[5].role");
        Assert.Equal("socialCareLead", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_SocialCareLeadHeldByThePublicHealthMember_IsCoreRoleMismatchInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.SocialCareLead, SamplePeople.PublicHealth));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.CoreRoleMismatch, Severity.Information, "$.leadershipTeam[4].personId");
        Assert.Equal("p-public-health", issue.OffendingValue);
        Assert.Contains("'Public Health'", issue.Message, StringComparison.Ordinal);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_NursingLeadWhoIsNotANurse_IsInformation_UnderTheDefaultPolicy()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PublicHealth));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.NursingOrAhpLeadProfession, Severity.Information, "$.leadershipTeam[3].personId");
        Assert.Contains("publicHealthSpecialist", issue.Message, StringComparison.Ordinal);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_NursingLeadWithNoRecordedProfession_SaysItIsNotRecorded()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.Healthwatch));
        var issue = Single(Rule, result, LeadershipDrawnFromCoreGroupRule.NursingOrAhpLeadProfession, Severity.Information, "$.leadershipTeam[3].personId");
        Assert.Contains("not recorded", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NursingLeadWhoIsNotANurse_IsFine_WhenAnyCoreGroupMemberMayHoldIt()
    {
        var options = new OperatingModelOptions { NursingOrAhpLead = NursingOrAhpLeadPolicy.AnyCoreGroupMember };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PublicHealth), options);
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_AnyCoreGroupMemberPolicy_StillRequiresCoreMembership()
    {
        var options = new OperatingModelOptions { NursingOrAhpLead = NursingOrAhpLeadPolicy.AnyCoreGroupMember };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PracticeNurse), options);
        Single(Rule, result, LeadershipDrawnFromCoreGroupRule.NotCoreMember, Severity.Error, "$.leadershipTeam[3].personId");
    }

    [Fact]
    public void Check_UnlistedLeader_IsUnknownPersonError_AndNothingElse()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.SocialCareLead, PersonId.Create("p-ghost")));
        var issue = Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.leadershipTeam[4].personId");
        Assert.Equal("p-ghost", issue.OffendingValue);
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Check_UnreadableAssignment_WithAVacancyAtInformation_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { LeadershipTeam = WithNullAt(draft.LeadershipTeam, 4) };
        var options = new OperatingModelOptions { VacantLeadershipRoleSeverity = Severity.Information };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf, options);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Contains("could not be read", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableExtraAssignment_WithNoVacancy_IsMet()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { LeadershipTeam = draft.LeadershipTeam.Add(null) };
        AssertMetCleanly(Rule, Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf));
    }

    [Fact]
    public void Check_AssignmentWithAnUndefinedRole_DoesNotThrow()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { LeadershipTeam = draft.LeadershipTeam.Add(new LeadershipAssignment((LeadershipRole)99, SamplePeople.SocialCare)) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        AssertStatusFollowsIssues(result);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
