using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// Dates on the command line, <c>yyyy-MM-dd</c> (years 0001 to 9999), read and written without NodaTime's pattern engine,
/// whose first use costs a short command tens of milliseconds (docs/decisions/0065). A test holds both to
/// <c>LocalDatePattern.Iso</c> on every date they share.
/// </summary>
internal static class IsoDate
{
    /// <summary>Reads a date written <c>yyyy-MM-dd</c>: exactly ten characters, ASCII digits, a real calendar date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when true.</param>
    /// <returns>True when <paramref name="text"/> is such a date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Number(text[..4]);
        var month = Number(text.Slice(5, 2));
        var day = Number(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Writes a date <c>yyyy-MM-dd</c>, as <c>LocalDatePattern.Iso</c> does for years 0001 to 9999.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}")
            : NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The value of a run of ASCII digits, or -1.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
