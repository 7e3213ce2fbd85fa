using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Specifications;

public sealed class AdoptOrAdaptRuleTests
{
    private static readonly AdoptOrAdaptRule Rule = OperatingModelRules.AdoptOrAdapt;

    private static SpecificationElement Element(ElementImportance importance, AdoptionMode mode, GovernanceApproval? approval = null) =>
        new("Care Communities specification", "Anticipatory care", importance, mode, approval);

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("2", Figure(result, "elements"));
        Assert.Equal("1", Figure(result, "adopted"));
        Assert.Equal("1", Figure(result, "adapted"));
        Assert.Equal("1", Figure(result, "adaptedWithApproval"));
    }

    [Fact]
    public void Check_AdaptedWithoutApproval_IsInformation()
    {
        // "adjusting the model operationally would require formal governance approval": a 2017 suggestion.
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSpecification(Element(ElementImportance.Desirable, AdoptionMode.Adapt)));
        Single(Rule, result, AdoptOrAdaptRule.AdaptationNotApproved, Severity.Information, "$.specifications[2].approval");
        AssertMetCleanly(Rule, result);
        Assert.Equal("2", Figure(result, "adapted"));
        Assert.Equal("1", Figure(result, "adaptedWithApproval"));
    }

    [Fact]
    public void Check_AdaptedWithoutApproval_RaisedToErrorByOverride_IsNotMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSpecification(Element(ElementImportance.Desirable, AdoptionMode.Adapt)),
            Raise(AdoptOrAdaptRule.AdaptationNotApproved, Severity.Error));
        Single(Rule, result, AdoptOrAdaptRule.AdaptationNotApproved, Severity.Error, "$.specifications[2].approval");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_CoreElementNotDelivered_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSpecification(Element(ElementImportance.Core, AdoptionMode.NotDelivered)));
        var issue = Single(Rule, result, AdoptOrAdaptRule.CoreElementNotDelivered, Severity.Information, "$.specifications[2].mode");
        Assert.Equal("notDelivered", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_DesirableElementNotDelivered_IsFine()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSpecification(Element(ElementImportance.Desirable, AdoptionMode.NotDelivered)));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_ApprovalAfterTheEvaluationDate_IsDateInFutureError()
    {
        var approval = new GovernanceApproval("Care Communities Development & Operational Group", new LocalDate(2025, 4, 1));
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSpecification(Element(ElementImportance.Core, AdoptionMode.Adapt, approval)));
        var issue = Single(Rule, result, DocumentIntegrity.DateInFuture, Severity.Error, "$.specifications[2].approval.approvedOn");
        Assert.Equal("2025-04-01", issue.OffendingValue);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnreadableElement_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { Specifications = draft.Specifications.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Equal("2", Figure(result, "elements"));
    }

    [Fact]
    public void Descriptor_IsASuggestion()
    {
        Assert.Equal(Modality.May, AdoptOrAdaptRule.AdaptationNotApproved.Modality);
        Assert.Equal(Severity.Information, AdoptOrAdaptRule.AdaptationNotApproved.DefaultSeverity);
        Assert.Equal(Severity.Information, AdoptOrAdaptRule.CoreElementNotDelivered.DefaultSeverity);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
