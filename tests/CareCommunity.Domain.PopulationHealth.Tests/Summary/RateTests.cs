namespace CareCommunity.Domain.PopulationHealth.Tests.Summary;

public sealed class RateTests
{
    [Fact]
    public void Rate_IsExact_AndRoundsOnlyWhenAsked_MidpointsToEven()
    {
        var rate = new Rate(19, 21);

        Assert.Equal("19/21", rate.ToString());
        Assert.Equal(90.5m, rate.Percent());
        Assert.Equal(90m, rate.Percent(0));
        Assert.Equal(904.8m, rate.PerThousand());
        Assert.Equal(0.125m, new Rate(1, 8).Value);
        Assert.Equal(12m, new Rate(1, 8).Percent(0));
        Assert.Equal(38m, new Rate(3, 8).Percent(0));
    }

    [Fact]
    public void ARateOfNobody_IsUndefined()
    {
        var rate = new Rate(0, 0);

        Assert.False(rate.IsDefined);
        Assert.Null(rate.Value);
        Assert.Null(rate.Percent());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(1, 2).Percent(11));
    }
}
