using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// Identifies a named person, e.g. <c>p-0042</c>. Follows the <see cref="Identifier"/> rule: a lower-case slug.
/// </summary>
/// <remarks>Equality is ordinal. The default value has no text and is not a valid id.</remarks>
public readonly record struct PersonId : IComparable<PersonId>
{
    private readonly string? _value;

    private PersonId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>Creates an id.</summary>
    /// <param name="value">A slug such as <c>p-0042</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static PersonId Create(string value) => new(Identifier.Check("person id", value, nameof(value)));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out PersonId id)
    {
        id = Identifier.IsValid(value) ? new PersonId(value!) : default;
        return !id.IsDefault;
    }

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc />
    public int CompareTo(PersonId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
