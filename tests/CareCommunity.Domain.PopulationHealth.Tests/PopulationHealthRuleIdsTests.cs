namespace CareCommunity.Domain.PopulationHealth.Tests;

public sealed class PopulationHealthRuleIdsTests
{
    [Fact]
    public void Ids_AreThoseOfTheDomainBrief_AndOfTheRules()
    {
        Assert.Equal("POP-1", PopulationHealthRuleIds.KnowEngageManage.ToString());
        Assert.Equal("POP-2", PopulationHealthRuleIds.Segmentation.ToString());
        Assert.Equal("CPX-1", PopulationHealthRuleIds.Complexity.ToString());
        Assert.Equal(PopulationHealthRuleIds.KnowEngageManage, PopulationHealthRules.KnowEngageManage.Id);
        Assert.Equal(PopulationHealthRuleIds.Segmentation, PopulationHealthRules.SegmentationCube.Id);
        Assert.Equal(PopulationHealthRuleIds.Complexity, PopulationHealthRules.Complexity.Id);
    }
}
