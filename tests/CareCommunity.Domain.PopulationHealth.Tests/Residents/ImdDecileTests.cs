namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ImdDecileTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(10, false)]
    public void IsCore20_IsDeciles1And2(int decile, bool core20)
    {
        Assert.Equal(core20, ImdDecile.Create(decile).IsCore20);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void Create_RefusesValuesOutside1To10(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImdDecile.Create(value));
        Assert.False(ImdDecile.TryCreate(value, out _));
    }

    [Fact]
    public void Default_IsNotADecile_NorCore20()
    {
        Assert.Equal(0, default(ImdDecile).Value);
        Assert.False(default(ImdDecile).IsCore20);
        Assert.Equal("7", ImdDecile.Create(7).ToString());
    }
}
