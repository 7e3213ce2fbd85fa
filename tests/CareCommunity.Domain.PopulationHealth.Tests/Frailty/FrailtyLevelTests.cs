namespace CareCommunity.Domain.PopulationHealth.Tests.Frailty;

public sealed class FrailtyLevelTests
{
    [Fact]
    public void Levels_AreOrderedFitToSevere_SoModerateToSevereIsAtLeastModerate()
    {
        Assert.Equal([FrailtyLevel.Fit, FrailtyLevel.Mild, FrailtyLevel.Moderate, FrailtyLevel.Severe], Enum.GetValues<FrailtyLevel>());
        Assert.True(FrailtyLevel.Severe > FrailtyLevel.Moderate);
        Assert.Equal([FrailtySource.None, FrailtySource.Stated, FrailtySource.ElectronicFrailtyIndex, FrailtySource.ClinicalFrailtyScale], Enum.GetValues<FrailtySource>());
    }
}
