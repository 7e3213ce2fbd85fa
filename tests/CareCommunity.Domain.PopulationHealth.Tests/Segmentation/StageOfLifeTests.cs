namespace CareCommunity.Domain.PopulationHealth.Tests.Segmentation;

public sealed class StageOfLifeTests
{
    [Fact]
    public void SegmentNames_AreTheWireNames()
    {
        Assert.Equal(["children-and-young-people", "working-age-adults", "older-people"], Enum.GetValues<StageOfLife>().Select(SegmentNames.Name));
        Assert.Equal(["currently-well", "long-term-conditions", "complex"], Enum.GetValues<HolisticNeed>().Select(SegmentNames.Name));
        Assert.Equal(["low", "high"], Enum.GetValues<RiskLevel>().Select(SegmentNames.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentNames.Name((StageOfLife)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentNames.Name((HolisticNeed)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentNames.Name((RiskLevel)2));
    }
}
