using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// The identity of a rule in the <see cref="RuleCatalogue"/>: an upper-case prefix naming the area of the model
/// and a number, such as <c>CC-2</c> (care community operating model), <c>CPX-1</c> (definition of complexity)
/// or <c>MOU-5</c> (the Memorandum of Understanding).
/// </summary>
/// <remarks>
/// <para>Equality is ordinal on the text. Ordering sorts by prefix, then numerically by number, so <c>CC-2</c>
/// comes before <c>CC-10</c>.</para>
/// <para>The default value has no text and is not a valid rule id; <see cref="IsDefault"/> tells it apart.
/// This type is an immutable value and is thread-safe.</para>
/// </remarks>
public readonly struct RuleId : IEquatable<RuleId>, IComparable<RuleId>
{
    private readonly string? _value;
    private readonly string? _prefix;

    private RuleId(string value, string prefix, int number)
    {
        _value = value;
        _prefix = prefix;
        Number = number;
    }

    /// <summary>The area prefix, e.g. <c>CC</c>; empty for the default value.</summary>
    public string Prefix => _prefix ?? "";

    /// <summary>The rule's number within its area, e.g. 2 for <c>CC-2</c>.</summary>
    public int Number { get; }

    /// <summary>True for <c>default(RuleId)</c>, which names no rule.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a rule id such as <c>CC-2</c>; throws for text that is not one.</summary>
    /// <param name="text">Two to four upper-case ASCII letters, a hyphen and a positive number without leading zeros.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a rule id.</exception>
    public static RuleId Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var id)
            ? id
            : throw new ArgumentException($"'{text}' is not a rule id: expected an upper-case prefix, a hyphen and a number, such as 'CC-2'.", nameof(text));
    }

    /// <summary>Parses a rule id without throwing.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="id">The rule id, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a rule id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RuleId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash is < 2 or > 4 || dash == text.Length - 1 || text.Length - dash - 1 > 4)
        {
            return false;
        }

        for (var i = 0; i < dash; i++)
        {
            if (text[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }

        if (text[dash + 1] == '0')
        {
            return false;
        }

        var number = 0;
        for (var i = dash + 1; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (text[i] - '0');
        }

        id = new RuleId(text, text[..dash], number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RuleId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders by prefix (ordinal), then by number.</summary>
    /// <param name="other">The rule id to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RuleId other)
    {
        var byPrefix = string.CompareOrdinal(Prefix, other.Prefix);
        return byPrefix != 0 ? byPrefix : Number.CompareTo(other.Number);
    }

    /// <summary>The rule id's text, e.g. <c>CC-2</c>; empty for the default value.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => _value ?? "";

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both name the same rule.</returns>
    public static bool operator ==(RuleId left, RuleId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when the two name different rules.</returns>
    public static bool operator !=(RuleId left, RuleId right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RuleId left, RuleId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RuleId left, RuleId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(RuleId left, RuleId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(RuleId left, RuleId right) => left.CompareTo(right) >= 0;
}
