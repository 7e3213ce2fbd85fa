namespace CareCommunity.Domain.PopulationHealth.Tests.Segmentation;

public sealed class AgeBandsTests
{
    [Theory]
    [InlineData(0, StageOfLife.ChildrenAndYoungPeople)]
    [InlineData(17, StageOfLife.ChildrenAndYoungPeople)]
    [InlineData(18, StageOfLife.WorkingAgeAdults)]
    [InlineData(64, StageOfLife.WorkingAgeAdults)]
    [InlineData(65, StageOfLife.OlderPeople)]
    [InlineData(110, StageOfLife.OlderPeople)]
    public void Default_Is0To17_18To64_65Up(int age, StageOfLife stage)
    {
        Assert.Equal(stage, AgeBands.Default.StageAt(age));
        Assert.Equal("0-17 / 18-64 / 65+", AgeBands.Default.ToString());
    }

    [Theory]
    [InlineData(24, StageOfLife.ChildrenAndYoungPeople)]
    [InlineData(25, StageOfLife.WorkingAgeAdults)]
    [InlineData(65, StageOfLife.WorkingAgeAdults)]
    [InlineData(66, StageOfLife.OlderPeople)]
    public void NapcLikeBands_AreAnOption_WithoutOverlap(int age, StageOfLife stage)
    {
        var napc = AgeBands.Create(25, 66);

        Assert.Equal(stage, napc.StageAt(age));
        Assert.Equal("0-24 / 25-65 / 66+", napc.ToString());
    }

    [Theory]
    [InlineData(0, 65)]
    [InlineData(18, 18)]
    [InlineData(65, 18)]
    [InlineData(18, 151)]
    public void Create_RefusesBandsOutOfOrderOrRange(int working, int older)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AgeBands.Create(working, older));
    }
}
