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

    [Fact]
    public void UndefinedReadings_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplexityOptions { StrokeAndTia = (StrokeAndTiaCounting)5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplexityOptions { Autism = (AutismReading)5 });
        Assert.Throws<ArgumentNullException>(() => ComplexityDefinition.Proposed2024 with { Options = null! });
    }
}
