namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ConditionTests
{
    [Fact]
    public void Conditions_AreNumbered0To20_InTheContractsOrder_TheFourteenOfCpx1DFirst()
    {
        var values = Enum.GetValues<Condition>();

        Assert.Equal(Enumerable.Range(0, 21).Select(i => (byte)i), values.Select(v => (byte)v));
        Assert.Equal(ConditionSet.ConditionCount, values.Length);
        Assert.Equal(values.Take(15), ComplexityDefinition.ListedConditionsOfSeed);
    }
}
