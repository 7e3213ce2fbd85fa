namespace CareCommunity.Domain.PopulationHealth.Tests.Segmentation;

public sealed class PopulationSegmentationTests
{
    [Fact]
    public void Default_HasTheDefaultBands_LeapDayOn1March_AndNoThirdAxis()
    {
        Assert.Equal(AgeBands.Default, PopulationSegmentation.Default.AgeBands);
        Assert.Equal(LeapDayBirthdays.FirstOfMarch, PopulationSegmentation.Default.LeapDayBirthdays);
        Assert.Null(PopulationSegmentation.Default.Risk);
        Assert.Same(ThresholdRiskAxis.Default, PopulationSegmentation.WithRisk.Risk);
    }

    [Fact]
    public void MissingBands_AndUndefinedReadings_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => PopulationSegmentation.Default with { AgeBands = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationSegmentation.Default with { LeapDayBirthdays = (LeapDayBirthdays)2 });
    }
}
