using CareCommunity.Domain.Governance.Charter;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class VariationIdTests
{
    [Theory]
    [InlineData("variation-2021-terms-of-reference", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Upper", false)]
    [InlineData("-leading", false)]
    [InlineData("has space", false)]
    public void TryCreate_FollowsTheIdentifierRule(string? text, bool valid)
    {
        Assert.Equal(valid, VariationId.TryCreate(text, out var id));
        Assert.Equal(!valid, id.IsDefault);
        Assert.Equal(valid ? text : "", id.Value);
        Assert.Equal(valid ? text : "", id.ToString());
    }

    [Fact]
    public void Create_ThrowsNamingTheKindOfId_AndCompareIsOrdinal()
    {
        Assert.Contains("variation id", Assert.Throws<ArgumentException>(() => VariationId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.True(VariationId.Create("a").CompareTo(VariationId.Create("b")) < 0);
        Assert.Equal(0, VariationId.Create("variation-2021-terms-of-reference").CompareTo(VariationId.Create("variation-2021-terms-of-reference")));
        Assert.Equal(VariationId.Create("variation-2021-terms-of-reference"), VariationId.Create("variation-2021-terms-of-reference"));
    }
}
