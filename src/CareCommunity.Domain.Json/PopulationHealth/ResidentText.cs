using System.Text;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The small parsers both input formats share, over UTF-8 bytes (NDJSON) and over characters (CSV): dates, ids,
/// frailty levels, care community slugs; and the bounded echo of an offending value. Nothing here allocates but the
/// echo, which runs only for a rejected line.
/// </summary>
internal static class ResidentText
{
    /// <summary>The earliest birth date accepted.</summary>
    public static readonly NodaTime.LocalDate EarliestBirthDate = new(1900, 1, 1);

    private static readonly byte[][] FrailtyLevelNames = [.. new[] { "fit", "mild", "moderate", "severe" }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// Writes a date <c>yyyy-MM-dd</c>, as <c>LocalDatePattern.Iso</c> does for years 0001-9999, without NodaTime's pattern
    /// engine, whose first use costs a short run tens of milliseconds (decision 0065).
    /// </summary>
    public static string FormatDate(NodaTime.LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}")
            : NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Parses <c>yyyy-MM-dd</c> (a real calendar date, years 0001-9999) from UTF-8.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> s, out NodaTime.LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        var y = Digits(s[0], s[1], s[2], s[3]);
        var m = Digits(s[5], s[6]);
        var d = Digits(s[8], s[9]);
        return Make(y, m, d, out date);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> from characters.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out NodaTime.LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        var y = Digits(B(s[0]), B(s[1]), B(s[2]), B(s[3]));
        var m = Digits(B(s[5]), B(s[6]));
        var d = Digits(B(s[8]), B(s[9]));
        return Make(y, m, d, out date);
    }

    private static byte B(char c) => c < 128 ? (byte)c : (byte)0;

    private static bool Make(int y, int m, int d, out NodaTime.LocalDate date)
    {
        date = default;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new NodaTime.LocalDate(y, m, d);
        return true;
    }

    private static int Digits(byte a, byte b) => IsDigit(a) && IsDigit(b) ? ((a - '0') * 10) + (b - '0') : -1;

    private static int Digits(byte a, byte b, byte c, byte d) =>
        IsDigit(a) && IsDigit(b) && IsDigit(c) && IsDigit(d) ? ((a - '0') * 1000) + ((b - '0') * 100) + ((c - '0') * 10) + (d - '0') : -1;

    private static bool IsDigit(byte b) => unchecked((uint)(b - '0')) <= 9;

    /// <summary>A frailty level by name (<c>fit</c>, <c>mild</c>, <c>moderate</c>, <c>severe</c>).</summary>
    public static bool TryParseFrailtyLevel(ReadOnlySpan<byte> s, out FrailtyLevel level)
    {
        for (var i = 0; i < FrailtyLevelNames.Length; i++)
        {
            if (s.SequenceEqual(FrailtyLevelNames[i]))
            {
                level = (FrailtyLevel)i;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>A frailty level by name, from characters.</summary>
    public static bool TryParseFrailtyLevel(ReadOnlySpan<char> s, out FrailtyLevel level)
    {
        Span<byte> bytes = stackalloc byte[8];
        level = default;
        return s.Length <= bytes.Length && Ascii.FromUtf16(s, bytes, out var n) == System.Buffers.OperationStatus.Done
            && TryParseFrailtyLevel(bytes[..n], out level);
    }

    /// <summary>
    /// The offending value for an issue: the text when it is at most <paramref name="max"/> characters, else its first
    /// <paramref name="max"/> characters followed by an ellipsis, with the full length.
    /// </summary>
    public static (string Value, int? Length) Echo(ReadOnlySpan<byte> utf8, int max)
    {
        var chars = Encoding.UTF8.GetCharCount(utf8);
        if (chars <= max)
        {
            return (Encoding.UTF8.GetString(utf8), null);
        }

        var text = Encoding.UTF8.GetString(utf8[..(int)Math.Min(utf8.Length, (long)max * 4)]);
        return (Cut(text, max), chars);
    }

    /// <summary>The same for characters.</summary>
    public static (string Value, int? Length) Echo(ReadOnlySpan<char> text, int max) =>
        text.Length <= max ? (text.ToString(), null) : (Cut(text[..Math.Min(text.Length, max + 1)].ToString(), max), text.Length);

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}

/// <summary>The care communities a reader accepts, matched from UTF-8 or characters without allocating.</summary>
internal sealed class CommunityTable
{
    private readonly byte[][] _utf8;
    private readonly string[] _text;
    private readonly ByteLookup _lookup;

    public CommunityTable(IReadOnlyList<CareCommunityId> communities)
    {
        Ids = [.. communities];
        _text = [.. communities.Select(c => c.Value)];
        _utf8 = [.. _text.Select(Encoding.UTF8.GetBytes)];
        _lookup = new ByteLookup(_text);
    }

    /// <summary>The communities, in the order given (a resident's community is an index into it).</summary>
    public CareCommunityId[] Ids { get; }

    /// <summary>Each community's slug in UTF-8.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => _utf8[index];

    public int IndexOf(ReadOnlySpan<byte> slug) => _lookup.IndexOf(slug);

    public int IndexOf(ReadOnlySpan<char> slug)
    {
        for (var i = 0; i < _text.Length; i++)
        {
            if (slug.SequenceEqual(_text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
