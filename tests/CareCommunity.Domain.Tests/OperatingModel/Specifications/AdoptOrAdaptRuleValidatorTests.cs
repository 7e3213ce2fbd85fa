using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Specifications;

/// <summary>
/// CC-11, adopt, or adapt with formal governance approval: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="AdoptOrAdaptRuleTests"/>).
/// </summary>
public sealed class AdoptOrAdaptRuleValidatorTests
{
    [Fact]
    public void Validate_Cc11_AdaptedWithoutApproval_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSpecification(
            new SpecificationElement("Care Communities specification", "Care coordination hub", ElementImportance.Desirable, AdoptionMode.Adapt, null)));
        Assert.Equal("CC-11", issue.Rule.ToString());
        Assert.Equal(AdoptOrAdaptRule.AdaptationNotApproved.Code, issue.Code);
        Assert.Equal("$.specifications[2].approval", issue.Location.ToString());
        Assert.Contains("formal governance approval", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc11_CoreElementNotDelivered_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSpecification(
            new SpecificationElement("Care Communities specification", "Anticipatory care", ElementImportance.Core, AdoptionMode.NotDelivered, null)));
        Assert.Equal(AdoptOrAdaptRule.CoreElementNotDelivered.Code, issue.Code);
        Assert.Equal("$.specifications[2].mode", issue.Location.ToString());
        Assert.Equal("notDelivered", issue.OffendingValue);
    }

    [Fact]
    public void Validate_Cc11_DesirableElementNotDelivered_IsFine() =>
        Assert.Empty(Validate(LocalCareCommunityBuilder.Valid().WithSpecification(
            new SpecificationElement("Care Communities specification", "Digital front door", ElementImportance.Desirable, AdoptionMode.NotDelivered, null))).Issues);

    [Fact]
    public void Validate_Cc11_ApprovalInTheFuture_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSpecification(
            new SpecificationElement("Care Communities specification", "Care coordination hub", ElementImportance.Core, AdoptionMode.Adapt,
                new GovernanceApproval("Place board", new LocalDate(2025, 6, 1)))));
        Assert.Equal(DocumentIntegrity.DateInFuture.Code, issue.Code);
        Assert.Equal("$.specifications[2].approval.approvedOn", issue.Location.ToString());
    }
}
