using System.Globalization;

namespace CareCommunity.Domain;

/// <summary>
/// An amount of money in pounds sterling, held as a <see cref="decimal"/> (never a binary floating-point number).
/// Amounts may be negative (a reduction in cost). Arithmetic is exact; nothing is rounded until formatted. An amount is
/// created within ±<see cref="MaxPounds"/>, so that totals of amounts, as the rules add them up, cannot overflow.
/// </summary>
/// <remarks>Equality and ordering are those of the amount. The default value is £0.00.</remarks>
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal pounds) => Pounds = pounds;

    /// <summary>
    /// The largest amount, either way, that <see cref="FromPounds"/> accepts: £1,000,000,000,000, a trillion pounds (NHS
    /// England's yearly budget is under a fifth of it). With it, a sum overflows <see cref="decimal"/> only past 79
    /// quadrillion amounts, where an unbounded amount (up to about 7.9 × 10^28) overflowed a sum of two.
    /// </summary>
    public const decimal MaxPounds = 1_000_000_000_000m;

    /// <summary>£0.00.</summary>
    public static Money Zero => default;

    /// <summary>The amount in pounds.</summary>
    public decimal Pounds { get; }

    /// <summary>An amount in pounds.</summary>
    /// <param name="pounds">The amount, from −<see cref="MaxPounds"/> to <see cref="MaxPounds"/>.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond ±<see cref="MaxPounds"/>.</exception>
    public static Money FromPounds(decimal pounds) => new(Guard.Against.OutOfRange(pounds, nameof(pounds), -MaxPounds, MaxPounds));

    /// <summary>True when <paramref name="pounds"/> is within ±<see cref="MaxPounds"/>, the amounts <see cref="FromPounds"/> accepts.</summary>
    /// <param name="pounds">The amount.</param>
    /// <returns>True when it can be held.</returns>
    public static bool IsWithinRange(decimal pounds) => pounds is >= -MaxPounds and <= MaxPounds;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Pounds < 0;

    /// <summary>The sum of amounts.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The sum; £0.00 for none.</returns>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Guard.Against.Null(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.Pounds;
        }

        return new Money(total);
    }

    /// <inheritdoc />
    public int CompareTo(Money other) => Pounds.CompareTo(other.Pounds);

    /// <summary>Formats as pounds with two decimal places, invariantly: <c>£1,234.50</c>, <c>-£12.00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var rounded = Math.Round(Pounds, 2, MidpointRounding.AwayFromZero);
        return (rounded < 0 ? "-£" : "£") + Math.Abs(rounded).ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => new(left.Pounds + right.Pounds);

    /// <summary>Subtracts an amount.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => new(left.Pounds - right.Pounds);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => new(-value.Pounds);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when left is less.</returns>
    public static bool operator <(Money left, Money right) => left.Pounds < right.Pounds;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when left is greater.</returns>
    public static bool operator >(Money left, Money right) => left.Pounds > right.Pounds;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when left is not greater.</returns>
    public static bool operator <=(Money left, Money right) => left.Pounds <= right.Pounds;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when left is not less.</returns>
    public static bool operator >=(Money left, Money right) => left.Pounds >= right.Pounds;
}
