namespace CareCommunity.Domain.PopulationHealth.Tests;

public sealed class PopulationHealthGuardsTests
{
    [Fact]
    public void UndefinedEnum_ThrowsArgumentOutOfRange_NamingTheParameter()
    {
        var frailty = (FrailtyLevel)7;

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Ardalis.GuardClauses.Guard.Against.UndefinedEnum(frailty));

        Assert.Equal("frailty", e.ParamName);
        Assert.Equal(FrailtyLevel.Mild, Ardalis.GuardClauses.Guard.Against.UndefinedEnum(FrailtyLevel.Mild));
    }
}
