using CareCommunity.Domain.Governance.Charter;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class CounterpartIdTests
{
    [Theory]
    [InlineData("counterpart-cheshire-east", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Upper", false)]
    [InlineData("-leading", false)]
    [InlineData("has space", false)]
    public void TryCreate_FollowsTheIdentifierRule(string? text, bool valid)
    {
        Assert.Equal(valid, CounterpartId.TryCreate(text, out var id));
        Assert.Equal(!valid, id.IsDefault);
        Assert.Equal(valid ? text : "", id.Value);
        Assert.Equal(valid ? text : "", id.ToString());
    }

    [Fact]
    public void Create_ThrowsNamingTheKindOfId_AndCompareIsOrdinal()
    {
        Assert.Contains("counterpart id", Assert.Throws<ArgumentException>(() => CounterpartId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.True(CounterpartId.Create("a").CompareTo(CounterpartId.Create("b")) < 0);
        Assert.Equal(0, CounterpartId.Create("counterpart-cheshire-east").CompareTo(CounterpartId.Create("counterpart-cheshire-east")));
        Assert.Equal(CounterpartId.Create("counterpart-cheshire-east"), CounterpartId.Create("counterpart-cheshire-east"));
    }
}
