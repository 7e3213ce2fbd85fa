using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.CoreGroups;

public sealed class CoreGroupRolesRuleTests
{
    private static readonly CoreGroupRolesRule Rule = OperatingModelRules.CoreGroupRoles;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("8", Figure(result, "coreRolesHeld"));
        Assert.Equal("", Figure(result, "vacantCoreRoles"));
    }

    [Fact]
    public void Check_VacantHealthwatchRole_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Healthwatch));
        Assert.Equal(RuleStatus.NotMet, result.Status);
        var issue = Single(Rule, result, CoreGroupRolesRule.RoleVacant, Severity.Error, "$.coreGroup");
        Assert.Equal("healthwatch", issue.OffendingValue);
        Assert.Equal("7", Figure(result, "coreRolesHeld"));
        Assert.Equal("healthwatch", Figure(result, "vacantCoreRoles"));
    }

    [Fact]
    public void Check_EmptyCoreGroup_ReportsEveryRoleVacantOnce()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithCoreGroup([]));
        Assert.Equal(8, result.Issues.Count(i => i.Code == CoreGroupRolesRule.RoleVacant.Code));
        Assert.Equal(8, result.Errors);
        Assert.Equal("0", Figure(result, "coreRolesHeld"));
    }

    [Theory]
    [InlineData(Severity.Warning, RuleStatus.NotMet)]
    [InlineData(Severity.Information, RuleStatus.Met)]
    public void Check_VacantRole_TakesTheChosenSeverity(Severity severity, RuleStatus status)
    {
        var options = new OperatingModelOptions { VacantCoreRoleSeverity = severity };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Vcfse), options);
        Single(Rule, result, CoreGroupRolesRule.RoleVacant, severity, "$.coreGroup");
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Check_SeverityOverride_WinsOverVacantCoreRoleSeverity()
    {
        var options = Raise(CoreGroupRolesRule.RoleVacant, Severity.Information) with { VacantCoreRoleSeverity = Severity.Error };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Vcfse), options);
        Single(Rule, result, CoreGroupRolesRule.RoleVacant, Severity.Information, "$.coreGroup");
    }

    [Fact]
    public void Check_RoleHeldTwice_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().AddCoreMember(SamplePeople.Councillor, CoreRole.SocialCare));
        var issue = Single(Rule, result, CoreGroupRolesRule.RoleHeldTwice, Severity.Information, "$.coreGroup[8].role");
        Assert.Equal("socialCare", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_RoleHeldByAnUnexpectedKindOfOrganisation_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Vcfse, SamplePeople.Councillor));
        var issue = Single(Rule, result, CoreGroupRolesRule.RoleOrganisationMismatch, Severity.Information, "$.coreGroup[7].role");
        Assert.Equal("vcfse", issue.OffendingValue);
        Assert.Contains("localCouncil", issue.Message, StringComparison.Ordinal);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_RoleOrganisationMismatch_CanBeRaisedToError()
    {
        var options = Raise(CoreGroupRolesRule.RoleOrganisationMismatch, Severity.Error);
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Vcfse, SamplePeople.Councillor), options);
        Single(Rule, result, CoreGroupRolesRule.RoleOrganisationMismatch, Severity.Error, "$.coreGroup[7].role");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnlistedHolder_IsUnknownPersonError_AndTheRoleCountsAsHeld()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Healthwatch, PersonId.Create("p-ghost")));
        var issue = Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.coreGroup[6].personId");
        Assert.Equal("p-ghost", issue.OffendingValue);
        Assert.DoesNotContain(result.Issues, i => i.Code == CoreGroupRolesRule.RoleVacant.Code);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnreadableMember_WithAVacancyAtInformation_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { CoreGroup = WithNullAt(draft.CoreGroup, 6) };
        var options = new OperatingModelOptions { VacantCoreRoleSeverity = Severity.Information };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf, options);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
        Assert.Contains("could not be read", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableMember_WithAVacancy_DoesNotCascadeIntoAVacancy()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { CoreGroup = WithNullAt(draft.CoreGroup, 6) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.DoesNotContain(result.Issues, i => i.Code == CoreGroupRolesRule.RoleVacant.Code);
    }

    [Fact]
    public void Check_UnreadableExtraMember_WithNoVacancy_IsMet()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { CoreGroup = draft.CoreGroup.Add(null) };
        AssertMetCleanly(Rule, Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf));
    }

    [Fact]
    public void Descriptor_SeveritiesFollowTheModality()
    {
        Assert.Equal(Modality.Must, CoreGroupRolesRule.RoleVacant.Modality);
        Assert.Equal(Severity.Error, CoreGroupRolesRule.RoleVacant.DefaultSeverity);
        Assert.Equal(Severity.Information, CoreGroupRolesRule.RoleHeldTwice.DefaultSeverity);
        Assert.Equal(Severity.Information, CoreGroupRolesRule.RoleOrganisationMismatch.DefaultSeverity);
        Assert.Equal("core-group.role-vacant", CoreGroupRolesRule.RoleVacant.Code.ToString());
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
