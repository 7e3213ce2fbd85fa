using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// Identifies one counterpart of the memorandum: an executed copy, an original in itself (MOU-9), e.g. <c>counterpart-cheshire-east</c>. Follows the <see cref="Identifier"/> rule: a lower-case slug.
/// </summary>
/// <remarks>Equality is ordinal. The default value has no text and is not a valid id.</remarks>
public readonly record struct CounterpartId : IComparable<CounterpartId>
{
    private readonly string? _value;

    private CounterpartId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id.</summary>
    /// <param name="value">A slug such as <c>counterpart-cheshire-east</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static CounterpartId Create(string value) =>
        Identifier.IsValid(value) ? new(value) : throw new ArgumentException(Identifier.Explain("counterpart id", value), nameof(value));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out CounterpartId id)
    {
        id = Identifier.IsValid(value) ? new CounterpartId(value!) : default;
        return !id.IsDefault;
    }

    /// <inheritdoc />
    public int CompareTo(CounterpartId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
