using CareCommunity.Domain.Quality.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareCommunity.Domain.Quality.Tests.Planning;

public sealed class FinancialYearTests
{
    [Fact]
    public void The2023_24Year_RunsFromTheFirstOfAprilToTheLastOfMarch()
    {
        var year = FinancialYear.Starting(2023);
        Assert.Equal("2023/24", year.ToString());
        Assert.Equal(new LocalDate(2023, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2024, 3, 31), year.End);
        Assert.Equal(year, FinancialYear.Of(new LocalDate(2024, 3, 31)));
        Assert.Equal(FinancialYear.Starting(2024), FinancialYear.Of(new LocalDate(2024, 4, 1)));
        Assert.Equal(FinancialYear.Starting(2022), FinancialYear.Of(new LocalDate(2023, 3, 31)));
    }

    [Theory]
    [InlineData("2023/24", true)]
    [InlineData("2023-24", true)]
    [InlineData("1999/00", true)]
    [InlineData("2023/25", false)]
    [InlineData("23/24", false)]
    [InlineData("2023/2024", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsOnlyAStartAndItsFollowingYear(string? text, bool ok) => Assert.Equal(ok, FinancialYear.TryParse(text, out _));

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property EveryDate_FallsInExactlyTheYearOf_It_AndRoundTripsAsText() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 200_000)), days =>
        {
            var date = new LocalDate(1901, 1, 1).PlusDays(days);
            var year = FinancialYear.Of(date);
            Assert.True(year.Contains(date));
            Assert.False(FinancialYear.Starting(year.StartYear + 1).Contains(date));
            Assert.True(FinancialYear.TryParse(year.ToString(), out var again));
            Assert.Equal(year, again);
        });
}
