using System.Collections;
using System.Numerics;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A set of <see cref="Condition"/>s as a bit mask (bit <c>n</c> is condition <c>n</c>): a value, cheap to copy, to
/// combine and to count, so that classifying a resident is a handful of bit operations.
/// </summary>
/// <remarks>Equality is the mask's. Enumeration is in <see cref="Condition"/> order and does not allocate.</remarks>
public readonly struct ConditionSet : IEquatable<ConditionSet>, IReadOnlyCollection<Condition>
{
    /// <summary>The number of conditions defined (the highest condition plus one).</summary>
    public const int ConditionCount = (int)Condition.ChronicLiverDisease + 1;

    private const uint AllBits = (1u << ConditionCount) - 1;

    private ConditionSet(uint bits) => Bits = bits;

    /// <summary>The empty set.</summary>
    public static ConditionSet Empty => default;

    /// <summary>Every defined condition.</summary>
    public static ConditionSet All => new(AllBits);

    /// <summary>The mask: bit <c>n</c> set when condition <c>n</c> is in the set.</summary>
    public uint Bits { get; }

    /// <summary>The number of conditions in the set.</summary>
    public int Count => BitOperations.PopCount(Bits);

    /// <summary>True when the set has no condition.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>A set of the given conditions; a repeated condition counts once.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined condition.</exception>
    public static ConditionSet Of(params ReadOnlySpan<Condition> conditions)
    {
        var set = Empty;
        foreach (var condition in conditions)
        {
            set = set.With(condition);
        }

        return set;
    }

    /// <summary>A set from a mask.</summary>
    /// <param name="bits">The mask; only the low <see cref="ConditionCount"/> bits may be set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bit beyond the defined conditions is set.</exception>
    public static ConditionSet FromBits(uint bits) =>
        (bits & ~AllBits) == 0
            ? new ConditionSet(bits)
            : throw new ArgumentOutOfRangeException(nameof(bits), bits, $"Only the low {ConditionCount} bits name conditions.");

    /// <summary>This set with a condition added.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined condition.</exception>
    public ConditionSet With(Condition condition) => new(Bits | Bit(condition));

    /// <summary>This set with a condition removed.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined condition.</exception>
    public ConditionSet Without(Condition condition) => new(Bits & ~Bit(condition));

    /// <summary>True when the set holds the condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>True when held; false for an undefined value.</returns>
    public bool Contains(Condition condition) => (byte)condition < ConditionCount && (Bits & (1u << (int)condition)) != 0;

    /// <summary>The conditions in either set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public ConditionSet Union(ConditionSet other) => new(Bits | other.Bits);

    /// <summary>The conditions in both sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public ConditionSet Intersect(ConditionSet other) => new(Bits & other.Bits);

    /// <summary>The conditions in this set and not in the other.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The difference.</returns>
    public ConditionSet Except(ConditionSet other) => new(Bits & ~other.Bits);

    /// <summary>True when every condition of this set is in <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True for a subset.</returns>
    public bool IsSubsetOf(ConditionSet other) => (Bits & ~other.Bits) == 0;

    /// <summary>An enumerator over the conditions, in <see cref="Condition"/> order; it does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Bits);

    /// <inheritdoc />
    IEnumerator<Condition> IEnumerable<Condition>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ConditionSet other) => Bits == other.Bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConditionSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Bits;

    /// <summary>The kebab-case names, <c>;</c>-separated, in <see cref="Condition"/> order (empty for the empty set).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var names = new List<string>(Count);
        foreach (var condition in this)
        {
            names.Add(ConditionNames.Name(condition));
        }

        return string.Join(';', names);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">A set.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ConditionSet left, ConditionSet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">A set.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ConditionSet left, ConditionSet right) => !left.Equals(right);

    private static uint Bit(Condition condition) =>
        (byte)condition < ConditionCount
            ? 1u << (int)condition
            : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined Condition.");

    /// <summary>Enumerates the conditions of a set in <see cref="Condition"/> order without allocating.</summary>
    public struct Enumerator : IEnumerator<Condition>
    {
        private readonly uint _bits;
        private uint _remaining;

        internal Enumerator(uint bits)
        {
            _bits = bits;
            _remaining = bits;
            Current = default;
        }

        /// <summary>The current condition.</summary>
        public Condition Current { get; private set; }

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <summary>Starts again from the first condition.</summary>
        public void Reset()
        {
            _remaining = _bits;
            Current = default;
        }

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }

        /// <summary>Moves to the next condition.</summary>
        /// <returns>False when there is none.</returns>
        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            var index = BitOperations.TrailingZeroCount(_remaining);
            Current = (Condition)index;
            _remaining &= _remaining - 1;
            return true;
        }
    }
}
