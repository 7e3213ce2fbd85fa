using System.Numerics;
using CareCommunity.Domain.Governance.Decisions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class SeventyFivePercentTestTests
{
    // support/base ≥ 3/4 as an exact rational comparison: cross-multiplied in BigInteger, and again in decimal division
    // (exact for these sizes only because the comparison with 0.75 is at a terminating decimal).
    private static bool Rational(int support, int @base) => new BigInteger(support) * 4 >= new BigInteger(@base) * 3;

    [Fact]
    public void Of_EveryBase1To500_AndEverySupport_EqualsTheExactRationalComparison()
    {
        var checkedPairs = 0;
        for (var b = 1; b <= 500; b++)
        {
            for (var s = 0; s <= b; s++)
            {
                var test = SeventyFivePercentTest.Of(s, b);
                Assert.Equal(Rational(s, b), test.IsCarried);
                Assert.Equal((decimal)s / b >= 0.75m, test.IsCarried);
                Assert.Equal(test.IsCarried, test.Support >= test.VotesRequired);
                checkedPairs++;
            }
        }

        Assert.Equal(500 * 503 / 2, checkedPairs);
    }

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Of_RandomPairs_EqualsTheRationalComparison_AndVotesRequiredIsTheCeiling() =>
        Prop.ForAll(Arb.From(from b in Gen.Choose(1, 500) from s in Gen.Choose(0, b) select (s, b)), pair =>
        {
            var (s, b) = pair;
            var test = SeventyFivePercentTest.Of(s, b);
            var ceiling = (int)BigInteger.Divide(new BigInteger(3 * b) + 3, 4);
            return test.IsCarried == Rational(s, b) && test.VotesRequired == ceiling && 4 * (ceiling - 1) < 3 * b && 4 * ceiling >= 3 * b
                && test.Margin == s - ceiling;
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Of_OneMoreSupporter_NeverFailsWhatCarried() =>
        Prop.ForAll(Arb.From(from b in Gen.Choose(1, 500) from s in Gen.Choose(0, b - 1) select (s, b)), pair =>
            !SeventyFivePercentTest.Of(pair.s, pair.b).IsCarried || SeventyFivePercentTest.Of(pair.s + 1, pair.b).IsCarried);

    [Theory]
    [InlineData(3, 4, true, 3, 0)]
    [InlineData(2, 4, false, 3, -1)]
    [InlineData(7, 9, true, 7, 0)]
    [InlineData(6, 9, false, 7, -1)]
    [InlineData(8, 10, true, 8, 0)]
    [InlineData(2, 2, true, 2, 0)]
    [InlineData(1, 2, false, 2, -1)]
    [InlineData(1, 1, true, 1, 0)]
    public void Of_NotLessThan75Percent_IsGreaterOrEqual(int support, int @base, bool carried, int required, int margin)
    {
        // "supported by not less than 75% of the eligible Partnership Board members" (l.1294): exactly 75% carries.
        var test = SeventyFivePercentTest.Of(support, @base);

        Assert.Equal(carried, test.IsCarried);
        Assert.Equal(required, test.VotesRequired);
        Assert.Equal(margin, test.Margin);
        Assert.Equal(support, test.Numerator);
        Assert.Equal(@base, test.Denominator);
    }

    [Fact]
    public void Of_ABaseOfZero_CarriesNothing_AndBadArgumentsThrow()
    {
        var test = SeventyFivePercentTest.Of(0, 0);
        Assert.False(test.IsCarried);
        Assert.Equal(1, test.VotesRequired);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeventyFivePercentTest.Of(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeventyFivePercentTest.Of(-1, 4));
        Assert.Equal("7 of 9 eligible members support: 4×7 = 28 ≥ 3×9 = 27 (7 required, margin 0)", SeventyFivePercentTest.Of(7, 9).ToString());
    }
}
