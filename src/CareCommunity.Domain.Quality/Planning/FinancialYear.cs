using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// An NHS financial year, 1 April to 31 March, written as the seeds write it: <c>2023/24</c> ("2 quality goals in
/// 23/24", 001 l.166).
/// </summary>
public readonly record struct FinancialYear : IComparable<FinancialYear>
{
    private FinancialYear(int startYear) => StartYear = startYear;

    /// <summary>The calendar year in which the financial year starts (2023 for 2023/24).</summary>
    public int StartYear { get; }

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>31 March of the following year.</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>The financial year that starts on 1 April of a calendar year.</summary>
    /// <param name="startYear">The calendar year, 1900 to 9998.</param>
    /// <returns>The financial year.</returns>
    public static FinancialYear Starting(int startYear) => new(Guard.Against.OutOfRange(startYear, nameof(startYear), 1900, 9998));

    /// <summary>The financial year a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The financial year.</returns>
    public static FinancialYear Of(LocalDate date) => Starting(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Reads <c>2023/24</c> (or <c>2023-24</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year, when the text is one.</param>
    /// <returns>True when the text names a financial year whose two-digit end follows its start.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FinancialYear year)
    {
        year = default;
        if (text is not { Length: 7 } || (text[4] != '/' && text[4] != '-')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1900 || start > 9998 || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    /// <summary>True when the date falls in this financial year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when within 1 April to 31 March.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>The year as the seeds write it, e.g. <c>2023/24</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");
}
