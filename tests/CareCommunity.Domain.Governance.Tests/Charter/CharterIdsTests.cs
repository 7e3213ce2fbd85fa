using CareCommunity.Domain.Governance.Charter;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>The three slug ids of the charter: <see cref="MemorandumVersionId"/>, <see cref="VariationId"/>, <see cref="CounterpartId"/>.</summary>
public sealed class CharterIdsTests
{
    [Theory]
    [InlineData("cm-hcp-mou-2020-11-draft", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Upper", false)]
    [InlineData("-leading", false)]
    [InlineData("has space", false)]
    public void TryCreate_FollowsTheIdentifierRule(string? text, bool valid)
    {
        Assert.Equal(valid, MemorandumVersionId.TryCreate(text, out var v));
        Assert.Equal(valid, VariationId.TryCreate(text, out var w));
        Assert.Equal(valid, CounterpartId.TryCreate(text, out var c));
        Assert.Equal(!valid, v.IsDefault);
        Assert.Equal(!valid, w.IsDefault);
        Assert.Equal(!valid, c.IsDefault);
        Assert.Equal(valid ? text : "", v.Value);
    }

    [Fact]
    public void Create_ThrowsWithTheKindOfId_AndCompareIsOrdinal()
    {
        Assert.Contains("memorandum version id", Assert.Throws<ArgumentException>(() => MemorandumVersionId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.Contains("variation id", Assert.Throws<ArgumentException>(() => VariationId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.Contains("counterpart id", Assert.Throws<ArgumentException>(() => CounterpartId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.True(MemorandumVersionId.Create("a").CompareTo(MemorandumVersionId.Create("b")) < 0);
        Assert.True(VariationId.Create("b").CompareTo(VariationId.Create("a")) > 0);
        Assert.Equal(0, CounterpartId.Create("c").CompareTo(CounterpartId.Create("c")));
        Assert.Equal("c", CounterpartId.Create("c").ToString());
    }
}
