namespace CareCommunity.Domain.PopulationHealth.Tests.Complexity;

public sealed class ComplexityOptionsTests
{
    [Fact]
    public void Defaults_AreTheRecordedReadings()
    {
        var o = ComplexityOptions.Default;

        Assert.False(o.FrailtyIsLongTermCondition);
        Assert.Equal(ConditionSet.All, o.LongTermConditionsCounted);
        Assert.Equal(StrokeAndTiaCounting.OneCondition, o.StrokeAndTia);
        Assert.Equal(AutismReading.OnItsOwn, o.Autism);
    }
}
