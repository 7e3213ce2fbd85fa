using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.CoreGroups;

/// <summary>
/// CC-2, the core group's eight roles, held by named individuals: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="CoreGroupRolesRuleTests"/>).
/// </summary>
public sealed class CoreGroupRolesRuleValidatorTests
{
    [Fact]
    public void Validate_Cc2_VacantHealthwatchRole_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Healthwatch));
        Assert.Equal("CC-2", issue.Rule.ToString());
        Assert.Equal(CoreGroupRolesRule.RoleVacant.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(IssueKind.Required, issue.Kind);
        Assert.Equal("$.coreGroup", issue.Location.ToString());
        Assert.Equal("healthwatch", issue.OffendingValue);
        Assert.Contains("named holder", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc2_VacantRoleWithWarningSeverity_IsAWarningAndTheReportIsValid()
    {
        var report = Validate(LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Vcfse),
            OperatingModelOptions.Default with { VacantCoreRoleSeverity = Severity.Warning });
        var issue = Assert.Single(report.Issues);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_Cc2_HolderFromUnexpectedKindOfOrganisation_IsInformation()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithEmployer(SamplePeople.Healthwatch, SampleOrganisations.Council));
        Assert.Equal("CC-2", issue.Rule.ToString());
        Assert.Equal(CoreGroupRolesRule.RoleOrganisationMismatch.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.coreGroup[6].role", issue.Location.ToString());
    }
}
