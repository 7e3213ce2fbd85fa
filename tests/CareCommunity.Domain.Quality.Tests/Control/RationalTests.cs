using CareCommunity.Domain.Quality.Control;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class RationalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0.0000001")]
    [InlineData("3000000000")]
    [InlineData("-123456789012345678901.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    public void FromDecimal_ToDecimal_RoundTrips(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(value, Rational.FromDecimal(value).ToDecimal());
    }

    [Fact]
    public void ToDecimal_RoundsOnceHalfToEven()
    {
        // 2/3 = 0.666… to 28 decimals; 1/8 exactly.
        Assert.Equal(0.6666666666666666666666666667m, (Rational.FromInt(2) / Rational.FromInt(3)).ToDecimal());
        Assert.Equal(0.125m, (Rational.FromInt(1) / Rational.FromInt(8)).ToDecimal());
        Assert.True(Rational.FromInt(1) / Rational.FromInt(3) * Rational.FromInt(3) == Rational.FromInt(1));
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public bool AnyDecimal_RoundTrips(int lo, int mid, int hi, bool negative, byte scale)
    {
        var value = new decimal(lo, mid, hi, negative, (byte)(scale % 29));
        return Rational.FromDecimal(value).ToDecimal() == value;
    }
}
