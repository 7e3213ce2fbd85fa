namespace CareCommunity.Domain.PopulationHealth.Tests.Complexity;

public sealed class ComplexityCriteriaTests
{
    [Fact]
    public void Names_AreTheWireNames_InOrderAToD()
    {
        Assert.Equal(
            ["two-or-more-long-term-conditions", "learning-disability-or-autism", "serious-mental-illness", "frailty-and-listed-condition"],
            ComplexityCriteriaNames.InOrder.Select(ComplexityCriteriaNames.Name));
        Assert.Empty(ComplexityCriteriaNames.NamesOf(ComplexityCriteria.None));
    }

    [Fact]
    public void Name_RefusesCombinations_AndParseRoundTrips()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplexityCriteriaNames.Name(ComplexityCriteria.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplexityCriteriaNames.Name(ComplexityCriteria.SeriousMentalIllness | ComplexityCriteria.LearningDisabilityOrAutism));
        foreach (var criterion in ComplexityCriteriaNames.InOrder)
        {
            Assert.True(ComplexityCriteriaNames.TryParse(ComplexityCriteriaNames.Name(criterion), out var parsed));
            Assert.Equal(criterion, parsed);
        }

        Assert.False(ComplexityCriteriaNames.TryParse("complex", out _));
    }
}
