using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The shared small parsers and writers: dates written as NodaTime's ISO pattern writes them (decision 0065).</summary>
public sealed class ResidentTextTests
{
    private static readonly LocalDate First = new(1, 1, 1);

    private static readonly Arbitrary<LocalDate> Dates =
        Gen.Choose(0, Period.Between(First, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days).Select(d => First.PlusDays(d)).ToArbitrary();

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public Property FormatDate_AnyDateFromYear1To9999_IsWhatTheIsoPatternWrites() =>
        Prop.ForAll(Dates, d => ResidentText.FormatDate(d) == LocalDatePattern.Iso.Format(d));

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public Property FormatDate_ThenTryParseDate_GivesTheDateBack() =>
        Prop.ForAll(Dates, d => ResidentText.TryParseDate(ResidentText.FormatDate(d).AsSpan(), out var back) && back == d);

    [Theory]
    [InlineData(0, 1, 1, "0000-01-01")]
    [InlineData(-44, 3, 15, "-0044-03-15")]
    public void FormatDate_OutsideYears1To9999_FallsBackToTheIsoPattern(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ResidentText.FormatDate(new LocalDate(year, month, day)));
}
