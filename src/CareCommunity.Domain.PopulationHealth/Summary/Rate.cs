using System.Globalization;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A rate as an exact fraction: how many of how many. Nothing is rounded until asked for, and then by a stated rule
/// (<see cref="Percent"/>, <see cref="PerThousand"/>: decimal arithmetic, midpoints rounded to even).
/// </summary>
/// <param name="Numerator">How many.</param>
/// <param name="Denominator">Of how many; 0 when there is nobody to count (the rate is then undefined).</param>
public readonly record struct Rate(long Numerator, long Denominator)
{
    /// <summary>True when the denominator is not zero.</summary>
    public bool IsDefined => Denominator != 0;

    /// <summary>The rate as a decimal fraction (0 to 1), exact to decimal's 28 digits; null when undefined.</summary>
    public decimal? Value => IsDefined ? (decimal)Numerator / Denominator : null;

    /// <summary>The rate as a percentage rounded to <paramref name="decimals"/> places, midpoints to even; null when undefined.</summary>
    /// <param name="decimals">Decimal places, 0 to 10.</param>
    /// <returns>The percentage.</returns>
    public decimal? Percent(int decimals = 1) => Scaled(100, decimals);

    /// <summary>The rate per 1,000 rounded to <paramref name="decimals"/> places, midpoints to even; null when undefined.</summary>
    /// <param name="decimals">Decimal places, 0 to 10.</param>
    /// <returns>The rate per thousand.</returns>
    public decimal? PerThousand(int decimals = 1) => Scaled(1000, decimals);

    /// <summary>The fraction, e.g. <c>19/21</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private decimal? Scaled(int scale, int decimals)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 10);
        return IsDefined ? Math.Round((decimal)Numerator * scale / Denominator, decimals, MidpointRounding.ToEven) : null;
    }
}
