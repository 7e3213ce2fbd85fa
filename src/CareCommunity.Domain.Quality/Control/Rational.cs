using System.Globalization;
using System.Numerics;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// An exact rational number (a fraction of two <see cref="BigInteger"/>s, denominator positive, in lowest terms),
/// so that means, limits and sigma lines are compared with the points without rounding. Converted to
/// <see cref="decimal"/> only for reporting.
/// </summary>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        _denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public static Rational Zero => default;

    public static Rational FromInt(long value) => new(value, BigInteger.One);

    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        if (value < 0m)
        {
            mantissa = -mantissa;
        }

        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>A fraction such as 266/100 for 2.66.</summary>
    public static Rational Of(long numerator, long denominator) => new(numerator, denominator);

    public int Sign => Numerator.Sign;

    public static Rational operator +(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => b.Numerator.IsZero
        ? throw new DivideByZeroException()
        : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static Rational Abs(Rational value) => value.Sign < 0 ? new Rational(-value.Numerator, value.Denominator) : value;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The nearest <see cref="decimal"/> (28 or 29 significant digits), rounded half to even: the only rounding.</summary>
    public decimal ToDecimal()
    {
        var integer = BigInteger.Abs(Numerator / Denominator);
        var integerDigits = integer.IsZero ? 1 : integer.ToString(CultureInfo.InvariantCulture).Length;
        for (var scale = Math.Clamp(29 - integerDigits, 0, 28); ; scale--)
        {
            var scaled = BigInteger.DivRem(Numerator * BigInteger.Pow(10, scale), Denominator, out var remainder);
            var twice = BigInteger.Abs(remainder) * 2;
            if (twice > Denominator || (twice == Denominator && !scaled.IsEven))
            {
                scaled += Numerator.Sign;
            }

            var magnitude = BigInteger.Abs(scaled);
            if (magnitude.GetBitLength() > 96 && scale > 0)
            {
                continue;
            }

            var digits = scale;
            while (digits > 0 && !magnitude.IsZero && (magnitude % 10).IsZero)
            {
                magnitude /= 10;
                digits--;
            }

            var bytes = new byte[12];
            magnitude.TryWriteBytes(bytes, out _, isUnsigned: true);
            return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8),
                scaled.Sign < 0, (byte)digits);
        }
    }

    public override string ToString() => ToDecimal().ToString(CultureInfo.InvariantCulture);
}
