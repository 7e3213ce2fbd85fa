using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests;

public sealed class PopulationHealthRuleTests
{
    [Fact]
    public void Context_UsesTheDefaultClassifier_WhenNoneIsGiven()
    {
        var classifier = new PopulationClassifier(segmentation: PopulationSegmentation.WithRisk);

        Assert.Same(PopulationClassifier.Default, new PopulationContext(ReferenceDate).EffectiveClassifier);
        Assert.Same(classifier, new PopulationContext(ReferenceDate, classifier).EffectiveClassifier);
    }

    [Fact]
    public void APopulation_IsEmptyByDefault_AndThePlaceWhenNoCommunityIsNamed()
    {
        var population = new CommunityPopulation();

        Assert.Empty(population.Residents);
        Assert.Null(population.Community);
    }

    [Fact]
    public void Rules_RefuseNullArguments()
    {
        foreach (var rule in PopulationHealthRules.All)
        {
            Assert.Throws<ArgumentNullException>(() => rule.Check(null!, new PopulationContext(ReferenceDate)));
            Assert.Throws<ArgumentNullException>(() => rule.Check(new CommunityPopulation(), null!));
        }
    }

    [Fact]
    public void FigureNames_AreCamelCase()
    {
        var results = PopulationHealthRules.Check(new CommunityPopulation { Residents = [Resident()] }, new PopulationContext(ReferenceDate, new PopulationClassifier(segmentation: PopulationSegmentation.WithRisk)));

        Assert.All(results.SelectMany(r => r.Figures.Keys), k => Assert.Matches("^[a-z][A-Za-z0-9]*$", k));
    }
}
