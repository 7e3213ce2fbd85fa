using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>
/// The shared small parsers and writers: dates read and written as NodaTime's ISO pattern reads and writes them, but for
/// year 0, here and on the command line (decision 0065).
/// </summary>
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

    /// <summary>Texts close to dates: a date as written (years 0000-9999), with none, one or two of its characters replaced
    /// by a digit, a dash or another character, or cut short.</summary>
    private static readonly Arbitrary<string> NearDates =
        (from year in Gen.Choose(0, 9999)
         from month in Gen.Choose(0, 13)
         from day in Gen.Choose(0, 32)
         from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 9), Gen.Elements("0123456789-+ T٣x".ToCharArray())), 2)
         from cut in Gen.Choose(8, 10)
         from edit in Gen.Elements(0, 1, 2, 3)
         let text = $"{year:D4}-{month:D2}-{day:D2}".ToCharArray()
         select new string(edit switch
         {
             0 => text,
             1 => Apply(text, edits.Take(1)),
             2 => Apply(text, edits),
             _ => text[..cut],
         })).ToArbitrary();

    private static char[] Apply(char[] text, IEnumerable<(int At, char With)> edits)
    {
        foreach (var (at, with) in edits)
        {
            text[at] = with;
        }

        return text;
    }

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public Property FormatDate_AnyDate_IsWhatTheIsoPatternWrites_AndReadsBackFromCharacters() =>
        Prop.ForAll(Dates, d => ResidentText.FormatDate(d) == LocalDatePattern.Iso.Format(d) && ResidentText.TryParseDate(ResidentText.FormatDate(d).AsSpan(), out var back) && back == d);

    [Property(MaxTest = 5000, QuietOnSuccess = true)]
    public Property TryParseDate_AnyTextNearADate_AgreesWithTheIsoPattern_ButForYearZero() =>
        Prop.ForAll(NearDates, text =>
        {
            var ours = ResidentText.TryParseDate(text.AsSpan(), out var date);
            var iso = LocalDatePattern.Iso.Parse(text);
            return text.StartsWith("0000-", StringComparison.Ordinal)
                ? !ours // year 0 (1 BC) is no reference date (decision 0065)
                : ours == iso.Success && (!ours || date == iso.Value);
        });

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("2026-4-01", false)]
    [InlineData(" 2026-04-01", false)]
    [InlineData("2026-04-01 ", false)]
    [InlineData("+2026-04-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("10000-01-01", false)]
    [InlineData("", false)]
    public void TryParseDate_Examples(string text, bool valid) => Assert.Equal(valid, ResidentText.TryParseDate(text.AsSpan(), out _));
}
