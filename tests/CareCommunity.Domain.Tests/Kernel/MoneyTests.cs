using CareCommunity.Domain;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.Kernel;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("-12", "-£12.00")]
    [InlineData("0", "£0.00")]
    [InlineData("0.1", "£0.10")]
    [InlineData("1000000", "£1,000,000.00")]
    [InlineData("47800.50", "£47,800.50")]
    public void ToString_Amount_FormatsInvariantlyWithPoundSign(string pounds, string expected) =>
        Assert.Equal(expected, Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void FromPounds_UpToATrillionEitherWay_IsHeld_AndBeyondIsRefused()
    {
        Assert.Equal(Money.MaxPounds, Money.FromPounds(Money.MaxPounds).Pounds);
        Assert.Equal(-Money.MaxPounds, Money.FromPounds(-Money.MaxPounds).Pounds);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(Money.MaxPounds + 0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromPounds(decimal.MinValue));
        Assert.True(Money.IsWithinRange(1_000_000_000_000m));
        Assert.False(Money.IsWithinRange(-1_000_000_000_000.01m));
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Sum_OfAmountsAsLargeAsTheyCanBe_NeverOverflows() =>
        Prop.ForAll(Gen.Elements(Money.MaxPounds, -Money.MaxPounds, Money.MaxPounds - 0.01m, 0m).ArrayOf().Where(a => a.Length <= 1000).ToArbitrary(), amounts =>
            Money.Sum(amounts.Select(Money.FromPounds)).Pounds == amounts.Sum());

    [Fact]
    public void ToString_UnderAnyThreadCulture_StaysInvariant()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal("£1,234.50", Money.FromPounds(1234.5m).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Addition_TenthsOfAPound_IsExact()
    {
        var total = Money.Zero;
        for (var i = 0; i < 10; i++)
        {
            total += Money.FromPounds(0.1m);
        }

        Assert.Equal(Money.FromPounds(1m), total);
        Assert.Equal(1.0m, total.Pounds);
    }

    [Fact]
    public void Subtraction_And_Negation_AreExact()
    {
        Assert.Equal(Money.FromPounds(-12m), Money.FromPounds(38m) - Money.FromPounds(50m));
        Assert.Equal(Money.FromPounds(12m), -Money.FromPounds(-12m));
        Assert.True(Money.FromPounds(-0.01m).IsNegative);
        Assert.False(Money.Zero.IsNegative);
    }

    [Fact]
    public void Sum_OfPostsPayAndOnCosts_IsTheTotal()
    {
        var sum = Money.Sum([Money.FromPounds(45_000m), Money.FromPounds(11_500m), Money.FromPounds(0.5m)]);
        Assert.Equal(Money.FromPounds(56_500.5m), sum);
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void Sum_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));

    [Fact]
    public void Default_IsZero() => Assert.Equal("£0.00", default(Money).ToString());

    [Fact]
    public void Equality_IgnoresTrailingZerosOfTheDecimal()
    {
        Assert.Equal(Money.FromPounds(1.0m), Money.FromPounds(1.00m));
        Assert.Equal(Money.FromPounds(1.0m).GetHashCode(), Money.FromPounds(1.00m).GetHashCode());
    }

    [Fact]
    public void Ordering_FollowsTheAmount()
    {
        var small = Money.FromPounds(-5m);
        var large = Money.FromPounds(3m);
        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= Money.FromPounds(-5.00m));
        Assert.True(large >= Money.FromPounds(3m));
        Assert.False(large <= small);
        Assert.True(small.CompareTo(large) < 0);
        Assert.Equal([small, Money.Zero, large], new[] { large, small, Money.Zero }.Order());
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Addition_Property_IsExactCommutativeAndInvertible() =>
        Prop.ForAll(Arb.Zip(DomainArb.Money, DomainArb.Money), t =>
        {
            var (a, b) = t;
            Assert.Equal(a + b, b + a);
            Assert.Equal(a, a + b - b);
            Assert.Equal(a.Pounds + b.Pounds, (a + b).Pounds);
            Assert.Equal(Money.Zero, a + -a);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property ToString_Property_ParsesBackToTheAmountInPence() =>
        Prop.ForAll(DomainArb.Money, m =>
        {
            var text = m.ToString();
            var negative = text.StartsWith("-£", StringComparison.Ordinal);
            Assert.Equal(m.IsNegative, negative);
            var digits = text[(negative ? 2 : 1)..].Replace(",", "", StringComparison.Ordinal);
            var parsed = decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(m.Pounds), parsed);
        });
}
