using CareCommunity.Domain.Governance.Accountability;
using CareCommunity.Domain.Governance.Applicability;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class MutualAccountabilityTests
{
    [Theory]
    [InlineData(ApplicabilityColumn.Ccgs, true)]
    [InlineData(ApplicabilityColumn.NhsProviders, true)]
    [InlineData(ApplicabilityColumn.Councils, true)]
    [InlineData(ApplicabilityColumn.NhseAndNhsi, true)]
    [InlineData(ApplicabilityColumn.Healthwatch, false)]
    [InlineData(ApplicabilityColumn.OtherPartners, false)]
    public void AppliesTo_FollowsAnnex1sMutualAccountabilityRow(ApplicabilityColumn type, bool applies)
    {
        var explained = MutualAccountability.AppliesTo(type);

        Assert.Equal(applies, explained.Value);
        Assert.Contains("l.1503", explained.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendationKind_IsClosed_FiveKindsInTheMemorandumsOrder()
    {
        Assert.Equal(
            [
                "Improvement or recovery plans",
                "More detailed peer-review of specific plans",
                "Commissioning expert external review",
                "Co-ordination of any formal intervention and improvement support",
                "Agreement of any restrictions on access to discretionary funding and financial incentives",
            ],
            RecommendationKind.All.Select(k => k.Words));
        Assert.Empty(typeof(RecommendationKind).GetConstructors());
        Assert.True(RecommendationKind.TryParse("expert-external-review", out var kind));
        Assert.Same(RecommendationKind.ExpertExternalReview, kind);
        Assert.False(RecommendationKind.TryParse("special-measures", out _));
    }

    [Fact]
    public void TheCycleElements_AreTheMemorandumsFiveInOrder()
    {
        Assert.Equal(
            [
                "Monitoring performance against key standards and plans in each place",
                "Ongoing dialogue on delivery and progress",
                "Identifying the need for support through a process of peer review",
                "Agreeing the need for more formal action or intervention on behalf of the partnership",
                "Application of regulatory powers or functions",
            ],
            Enum.GetValues<ImprovementCycleElement>().Select(MutualAccountability.Words));
    }
}
