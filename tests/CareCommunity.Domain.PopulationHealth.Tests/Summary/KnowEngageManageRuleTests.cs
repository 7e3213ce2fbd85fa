using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Summary;

public sealed class KnowEngageManageRuleTests
{
    private static RuleResult Check(CommunityPopulation population) =>
        PopulationHealthRules.KnowEngageManage.Check(population, new PopulationContext(ReferenceDate));

    [Fact]
    public void AKnownPopulation_MeetsTheRule()
    {
        var result = Check(new CommunityPopulation { Community = Crewe, Residents = [Resident("a"), Resident("b")] });

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["residents"]);
    }

    [Fact]
    public void AnEmptyPopulation_IsNotKnown_AnError()
    {
        var result = Check(new CommunityPopulation { Community = Crewe });

        var issue = Assert.Single(result.Issues);
        Assert.Equal(KnowEngageManageRule.PopulationNotKnown.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void DuplicatesAndResidentsOfAnotherCommunity_AreDocumentIntegrityErrors()
    {
        var result = Check(new CommunityPopulation { Community = Crewe, Residents = [Resident("a"), Resident("a"), Resident("k", community: Knutsford)] });

        Assert.Contains(result.Issues, i => i.Code == KnowEngageManageRule.DuplicateResident.Code && i.OffendingValue == "a");
        Assert.Contains(result.Issues, i => i.Code == KnowEngageManageRule.ResidentOfAnotherCommunity.Code && i.OffendingValue == "k");
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
    }

    [Fact]
    public void ThePlace_HoldsResidentsOfEveryCommunity()
    {
        var result = Check(new CommunityPopulation { Residents = [Resident("a"), Resident("k", community: Knutsford)] });

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["careCommunities"]);
    }

    [Fact]
    public void ManyOffenders_AreCounted_AndTheFirstFiveNamed()
    {
        var others = Enumerable.Range(1, 7).Select(i => Resident($"k{i}", community: Knutsford)).ToArray();

        var issue = Assert.Single(Check(new CommunityPopulation { Community = Crewe, Residents = [.. others] }).Issues);

        Assert.Contains("7 resident(s)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("k5 and 2 more", issue.Message, StringComparison.Ordinal);
    }
}
