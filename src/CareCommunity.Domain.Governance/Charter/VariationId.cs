using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// Identifies a variation of the memorandum (MOU-8), e.g. <c>variation-2021-terms-of-reference</c>. Follows the <see cref="Identifier"/> rule: a lower-case slug.
/// </summary>
/// <remarks>Equality is ordinal. The default value has no text and is not a valid id.</remarks>
public readonly record struct VariationId : IComparable<VariationId>
{
    private readonly string? _value;

    private VariationId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id.</summary>
    /// <param name="value">A slug such as <c>variation-2021-terms-of-reference</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static VariationId Create(string value) =>
        Identifier.IsValid(value) ? new(value) : throw new ArgumentException(Identifier.Explain("variation id", value), nameof(value));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out VariationId id)
    {
        id = Identifier.IsValid(value) ? new VariationId(value!) : default;
        return !id.IsDefault;
    }

    /// <inheritdoc />
    public int CompareTo(VariationId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
