using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Finance;

public sealed class CostCentreAndImpactAssessmentRuleTests
{
    private static readonly CostCentreAndImpactAssessmentRule Rule = OperatingModelRules.CostCentreAndImpactAssessment;

    private static PersonnelChange Change(LocalDate? reportedOn, ImpactAssessment? assessment) =>
        new("A second care coordinator", new LocalDate(2025, 1, 1), Money.FromPounds(32_000m), reportedOn, assessment);

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("3", Figure(result, "posts"));
        Assert.Equal("137050.5", Figure(result, "totalCost"));
        Assert.Equal("1", Figure(result, "changes"));
        Assert.Equal("1", Figure(result, "changesReportedAndAssessed"));
    }

    [Fact]
    public void Check_ChangeWithoutImpactAssessment_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(new LocalDate(2024, 12, 1), null)));
        Single(Rule, result, CostCentreAndImpactAssessmentRule.ImpactAssessmentMissing, Severity.Error, "$.costCentre.changes[1].impactAssessment");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("2", Figure(result, "changes"));
        Assert.Equal("1", Figure(result, "changesReportedAndAssessed"));
    }

    [Fact]
    public void Check_UnreportedChange_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(null, new ImpactAssessment("IA-2024-09", new LocalDate(2024, 12, 1)))));
        Single(Rule, result, CostCentreAndImpactAssessmentRule.ChangeNotReported, Severity.Error, "$.costCentre.changes[1].reportedOn");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_ChangeNeitherReportedNorAssessed_RaisesBoth()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(null, null)));
        Assert.Equal(2, result.Errors);
        Single(Rule, result, CostCentreAndImpactAssessmentRule.ChangeNotReported, Severity.Error, "$.costCentre.changes[1].reportedOn");
        Single(Rule, result, CostCentreAndImpactAssessmentRule.ImpactAssessmentMissing, Severity.Error, "$.costCentre.changes[1].impactAssessment");
    }

    [Fact]
    public void Check_AssessmentAfterTheChangeTookEffect_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(new LocalDate(2024, 12, 1), new ImpactAssessment("IA-2025-01", new LocalDate(2025, 1, 10)))));
        var issue = Single(Rule, result, CostCentreAndImpactAssessmentRule.ImpactAssessmentLate, Severity.Information, "$.costCentre.changes[1].impactAssessment.completedOn");
        Assert.Equal("2025-01-10", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
        Assert.Equal("2", Figure(result, "changesReportedAndAssessed"));
    }

    [Fact]
    public void Check_NoPosts_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutPosts());
        Single(Rule, result, CostCentreAndImpactAssessmentRule.Empty, Severity.Information, "$.costCentre");
        AssertMetCleanly(Rule, result);
        Assert.Equal("0", Figure(result, "totalCost"));
    }

    [Fact]
    public void Check_PostOfAnUnlistedEmployer_IsUnknownOrganisationError()
    {
        var post = new AlignedPost("Pharmacist", OrganisationId.Create("ghost-pharmacy"), Money.FromPounds(40_000m), Money.FromPounds(10_000m));
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithPost(post));
        var issue = Single(Rule, result, DocumentIntegrity.UnknownOrganisation, Severity.Error, "$.costCentre.posts[3].employerId");
        Assert.Equal("ghost-pharmacy", issue.OffendingValue);
        Assert.Equal("187050.5", Figure(result, "totalCost"));
    }

    [Fact]
    public void Check_PostOfAnUnlistedHolder_IsUnknownPersonError()
    {
        var post = new AlignedPost("Pharmacist", SampleOrganisations.Pcn, Money.FromPounds(40_000m), Money.FromPounds(10_000m), PersonId.Create("p-ghost"));
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithPost(post));
        Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.costCentre.posts[3].personId");
    }

    [Fact]
    public void Check_ChangeReportedAfterTheEvaluationDate_IsDateInFutureError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(new LocalDate(2025, 4, 1), new ImpactAssessment("IA", new LocalDate(2024, 12, 1)))));
        Single(Rule, result, DocumentIntegrity.DateInFuture, Severity.Error, "$.costCentre.changes[1].reportedOn");
    }

    [Fact]
    public void Check_SeverityOverride_MakesImpactAssessmentLateAnError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(Change(new LocalDate(2024, 12, 1), new ImpactAssessment("IA", new LocalDate(2025, 1, 10)))),
            Raise(CostCentreAndImpactAssessmentRule.ImpactAssessmentLate, Severity.Error));
        Single(Rule, result, CostCentreAndImpactAssessmentRule.ImpactAssessmentLate, Severity.Error, "$.costCentre.changes[1].impactAssessment.completedOn");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_AssessmentCompletedAfterTheEvaluationDate_IsDateInFutureError()
    {
        var change = new PersonnelChange("A second care coordinator", new LocalDate(2025, 7, 1), Money.Zero, new LocalDate(2025, 3, 1),
            new ImpactAssessment("IA", new LocalDate(2025, 6, 1)));
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithChange(change));
        Single(Rule, result, DocumentIntegrity.DateInFuture, Severity.Error, "$.costCentre.changes[1].impactAssessment.completedOn");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_UnreadablePostOrChange_IsNotEvaluated(bool post)
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = post ? draft with { Posts = draft.Posts.Add(null) } : draft with { Changes = draft.Changes.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Equal("3", Figure(result, "posts"));
        Assert.Equal("1", Figure(result, "changes"));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
