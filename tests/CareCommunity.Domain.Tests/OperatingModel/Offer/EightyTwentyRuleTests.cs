using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Offer;

public sealed class EightyTwentyRuleTests
{
    private static readonly EightyTwentyRule Rule = OperatingModelRules.EightyTwenty;

    [Fact]
    public void Check_ValidSample_AtExactly80To20_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("spend", Figure(result, "basis"));
        Assert.Equal("800000", Figure(result, "placeConsistent"));
        Assert.Equal("200000", Figure(result, "localVariation"));
        Assert.Equal("0.2", Figure(result, "localShare"));
        Assert.Equal("0.2", Figure(result, "maximumLocalShare"));
    }

    [Fact]
    public void Check_ThirtyPercentLocalVariation_IsOverThe20PercentShare()
    {
        // "80% consistent offer for the population across the Place and 20% local variation": 30% is over.
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithOfferSplit(700_000m, 300_000m));
        var issue = Single(Rule, result, EightyTwentyRule.LocalVariationOverShare, Severity.Error, "$.offer");
        Assert.Equal("0.3", issue.OffendingValue);
        Assert.Contains("30%", issue.Message, StringComparison.Ordinal);
        Assert.Contains("20%", issue.Message, StringComparison.Ordinal);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0.3", Figure(result, "localShare"));
    }

    [Fact]
    public void Check_JustOverTheShare_IsError_JustUnderIsMet()
    {
        Assert.Equal(RuleStatus.NotMet, Check(Rule, LocalCareCommunityBuilder.Valid().WithOfferSplit(799_999m, 200_001m)).Status);
        AssertMetCleanly(Rule, Check(Rule, LocalCareCommunityBuilder.Valid().WithOfferSplit(800_001m, 199_999m)));
    }

    [Fact]
    public void Check_MaximumLocalVariationShare_CanAllowThirtyPercent()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithOfferSplit(700_000m, 300_000m), new OperatingModelOptions { MaximumLocalVariationShare = 0.3m });
        AssertMetCleanly(Rule, result);
        Assert.Equal("0.3", Figure(result, "maximumLocalShare"));
    }

    [Fact]
    public void Check_ByElementCount_TheSampleIsHalfLocal()
    {
        var options = new OperatingModelOptions { EightyTwentyBasis = EightyTwentyBasis.ElementCount };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid(), options);
        var issue = Single(Rule, result, EightyTwentyRule.LocalVariationOverShare, Severity.Error, "$.offer");
        Assert.Equal("0.5", issue.OffendingValue);
        Assert.Equal("1", Figure(result, "placeConsistent"));
        Assert.Equal("1", Figure(result, "localVariation"));
    }

    [Fact]
    public void Check_ByElementCount_FourPlaceElementsToOneLocal_IsMet()
    {
        var builder = LocalCareCommunityBuilder.Valid();
        for (var i = 0; i < 3; i++)
        {
            builder.WithOfferElement(new OfferElement($"Place element {i}", OfferScope.PlaceConsistent, Money.FromPounds(1m)));
        }

        AssertMetCleanly(Rule, Check(Rule, builder, new OperatingModelOptions { EightyTwentyBasis = EightyTwentyBasis.ElementCount }));
    }

    [Fact]
    public void Check_NoOffer_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithOffer());
        AssertMetCleanly(Rule, result);
        Assert.Equal("0", Figure(result, "localShare"));
    }

    [Fact]
    public void Check_OverShare_LoweredToWarningByOverride()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithOfferSplit(700_000m, 300_000m), Raise(EightyTwentyRule.LocalVariationOverShare, Severity.Warning));
        Single(Rule, result, EightyTwentyRule.LocalVariationOverShare, Severity.Warning, "$.offer");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnreadableOfferElement_IsNotEvaluated_AndRaisesNothing()
    {
        var draft = LocalCareCommunityBuilder.Valid().WithOfferSplit(700_000m, 300_000m).BuildDraft();
        draft = draft with { Offer = draft.Offer.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("0.3", Figure(result, "localShare"));
    }

    [Fact]
    public void Evaluate_AgreesWithCheck()
    {
        var offer = LocalCareCommunityBuilder.Valid().WithOfferSplit(700_000m, 300_000m).BuildDraft().Offer.Select(o => o!);
        var balance = EightyTwentyRule.Evaluate(offer);
        Assert.False(balance.Value.WithinPrinciple);
        Assert.Equal(0.3m, balance.Value.LocalShare);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
