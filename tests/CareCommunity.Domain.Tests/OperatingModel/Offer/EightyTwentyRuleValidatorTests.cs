using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Offer;

/// <summary>
/// CC-9, the 80:20 principle: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="EightyTwentyRuleTests"/>).
/// </summary>
public sealed class EightyTwentyRuleValidatorTests
{
    [Fact]
    public void Validate_Cc9_LocalVariationOverTwentyPercentOfSpend_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithOfferSplit(790_000m, 210_000m));
        Assert.Equal("CC-9", issue.Rule.ToString());
        Assert.Equal(EightyTwentyRule.LocalVariationOverShare.Code, issue.Code);
        Assert.Equal("$.offer", issue.Location.ToString());
        Assert.Equal("0.21", issue.OffendingValue);
        Assert.EndsWith("(CC-9)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc9_ExactlyEightyTwenty_IsWithinThePrinciple() =>
        Assert.Empty(Validate(LocalCareCommunityBuilder.Valid().WithOfferSplit(800_000m, 200_000m)).Issues);

    [Fact]
    public void Validate_Cc9_MaximumLocalVariationShareOption_IsHonoured() =>
        Assert.Empty(Validate(LocalCareCommunityBuilder.Valid().WithOfferSplit(750_000m, 250_000m), new OperatingModelOptions { MaximumLocalVariationShare = 0.25m }).Issues);

    [Fact]
    public void Validate_Cc9_ByElementCount_OneOfTwoElementsIsOverShare()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid(), new OperatingModelOptions { EightyTwentyBasis = EightyTwentyBasis.ElementCount });
        Assert.Equal(EightyTwentyRule.LocalVariationOverShare.Code, issue.Code);
        Assert.Equal("0.5", issue.OffendingValue);
    }
}
