using CareCommunity.Domain.Rules;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.Rules;

public sealed class RuleIdTests
{
    [Theory]
    [InlineData("CC-2", "CC", 2)]
    [InlineData("CC-11", "CC", 11)]
    [InlineData("CPX-1", "CPX", 1)]
    [InlineData("MOU-5", "MOU", 5)]
    [InlineData("ABCD-9999", "ABCD", 9999)]
    public void Parse_RuleId_SplitsPrefixAndNumber(string text, string prefix, int number)
    {
        var id = RuleId.Parse(text);
        Assert.Equal(prefix, id.Prefix);
        Assert.Equal(number, id.Number);
        Assert.Equal(text, id.ToString());
        Assert.False(id.IsDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CC")]
    [InlineData("CC-")]
    [InlineData("C-1")]
    [InlineData("ABCDE-1")]
    [InlineData("cc-2")]
    [InlineData("CC-02")]
    [InlineData("CC-0")]
    [InlineData("CC-2a")]
    [InlineData("CC-12345")]
    [InlineData("CC-1-2")]
    [InlineData(" CC-2")]
    [InlineData("C1-2")]
    public void TryParse_NotARuleId_IsFalse(string text)
    {
        Assert.False(RuleId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
        var ex = Assert.Throws<ArgumentException>(() => RuleId.Parse(text));
        Assert.Equal("text", ex.ParamName);
    }

    [Fact]
    public void TryParse_Null_IsFalse() => Assert.False(RuleId.TryParse(null, out _));

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => RuleId.Parse(null!));

    [Fact]
    public void CompareTo_SameArea_OrdersNumericallySoCc2BeforeCc10()
    {
        Assert.True(RuleId.Parse("CC-2") < RuleId.Parse("CC-10"));
        Assert.True(RuleId.Parse("CC-10") > RuleId.Parse("CC-9"));
        Assert.True(RuleId.Parse("CC-2") <= RuleId.Parse("CC-2"));
        Assert.True(RuleId.Parse("CC-2") >= RuleId.Parse("CC-2"));
        var sorted = new[] { "CC-10", "CC-2", "CC-1", "CC-11", "CC-9" }.Select(RuleId.Parse).Order().Select(r => r.ToString());
        Assert.Equal(["CC-1", "CC-2", "CC-9", "CC-10", "CC-11"], sorted);
    }

    [Fact]
    public void CompareTo_DifferentAreas_OrdersByPrefixFirst()
    {
        Assert.True(RuleId.Parse("CC-99") < RuleId.Parse("CPX-1"));
        Assert.True(RuleId.Parse("CPX-1") < RuleId.Parse("MOU-1"));
    }

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        Assert.Equal(RuleId.Parse("CC-4"), RuleId.Parse("CC-4"));
        Assert.True(RuleId.Parse("CC-4") == RuleId.Parse("CC-4"));
        Assert.True(RuleId.Parse("CC-4") != RuleId.Parse("CC-5"));
        Assert.Equal(RuleId.Parse("CC-4").GetHashCode(), RuleId.Parse("CC-4").GetHashCode());
        Assert.False(RuleId.Parse("CC-4").Equals((object)"CC-4"));
        Assert.True(RuleId.Parse("CC-4").Equals((object)RuleId.Parse("CC-4")));
    }

    [Fact]
    public void Default_IsDefaultWithEmptyText()
    {
        var id = default(RuleId);
        Assert.True(id.IsDefault);
        Assert.Equal("", id.ToString());
        Assert.Equal(0, id.GetHashCode());
        Assert.True(id < RuleId.Parse("CC-1"));
    }

    [Fact]
    public void Default_Prefix_IsEmptyNotNull() => Assert.Equal("", default(RuleId).Prefix);

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Parse_Property_RoundTripsAndOrdersLikeNumbers() =>
        Prop.ForAll(Arb.Zip(DomainArb.Between(1, 9999), DomainArb.Between(1, 9999)), t =>
        {
            var a = RuleId.Parse($"CC-{t.Item1}");
            var b = RuleId.Parse($"CC-{t.Item2}");
            Assert.Equal($"CC-{t.Item1}", a.ToString());
            Assert.Equal(Math.Sign(t.Item1.CompareTo(t.Item2)), Math.Sign(a.CompareTo(b)));
            Assert.Equal(t.Item1 == t.Item2, a == b);
        });
}
