using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Finance;

/// <summary>
/// CC-8, the cost centre, and reported, impact-assessed changes: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="CostCentreAndImpactAssessmentRuleTests"/>).
/// </summary>
public sealed class CostCentreAndImpactAssessmentRuleValidatorTests
{
    [Fact]
    public void Validate_Cc8_NoAlignedPosts_IsWarning()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutPosts());
        Assert.Equal("CC-8", issue.Rule.ToString());
        Assert.Equal(CostCentreAndImpactAssessmentRule.Empty.Code, issue.Code);
        Assert.Equal("$.costCentre", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc8_ChangeNotReported_IsError()
    {
        var change = new PersonnelChange("Vacancy monies used for a care coordinator", new LocalDate(2025, 1, 1), Money.FromPounds(28_000m), null,
            new ImpactAssessment("IA-2024-11", new LocalDate(2024, 12, 1)));
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithChange(change));
        Assert.Equal("CC-8", issue.Rule.ToString());
        Assert.Equal(CostCentreAndImpactAssessmentRule.ChangeNotReported.Code, issue.Code);
        Assert.Equal("$.costCentre.changes[1].reportedOn", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc8_ChangeWithoutImpactAssessment_IsError()
    {
        var change = new PersonnelChange("Post removed", new LocalDate(2025, 1, 1), Money.FromPounds(-30_000m), new LocalDate(2024, 12, 10), null);
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithChange(change));
        Assert.Equal(CostCentreAndImpactAssessmentRule.ImpactAssessmentMissing.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Contains("an impact assessment must be completed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc8_ImpactAssessmentAfterTheChange_IsInformation()
    {
        var change = new PersonnelChange("Post removed", new LocalDate(2025, 1, 1), Money.FromPounds(-30_000m), new LocalDate(2024, 12, 10),
            new ImpactAssessment("IA-late", new LocalDate(2025, 1, 2)));
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithChange(change));
        Assert.Equal(CostCentreAndImpactAssessmentRule.ImpactAssessmentLate.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.costCentre.changes[1].impactAssessment.completedOn", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc8_ChangeReportedInTheFuture_IsError()
    {
        var change = new PersonnelChange("Post added", new LocalDate(2025, 4, 1), Money.FromPounds(30_000m), new LocalDate(2025, 3, 20),
            new ImpactAssessment("IA", new LocalDate(2025, 3, 1)));
        Assert.Equal(DocumentIntegrity.DateInFuture.Code, OnlyIssue(LocalCareCommunityBuilder.Valid().WithChange(change)).Code);
    }

    [Fact]
    public void AlignedPost_NegativeAmount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignedPost("Coach", SampleOrganisations.Pcn, Money.FromPounds(-1m), Money.Zero));
        Assert.Equal(Money.FromPounds(56_500m), new AlignedPost("Coach", SampleOrganisations.Pcn, Money.FromPounds(45_000m), Money.FromPounds(11_500m)).TotalCost);
    }
}
