using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// Identifies an organisation: a partner of a care community, e.g. <c>cwp</c>. Follows the <see cref="Identifier"/> rule: a lower-case slug.
/// </summary>
/// <remarks>Equality is ordinal. The default value has no text and is not a valid id.</remarks>
public readonly record struct OrganisationId : IComparable<OrganisationId>
{
    private readonly string? _value;

    private OrganisationId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>Creates an id.</summary>
    /// <param name="value">A slug such as <c>cwp</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static OrganisationId Create(string value) => new(Identifier.Check("organisation id", value, nameof(value)));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out OrganisationId id)
    {
        id = Identifier.IsValid(value) ? new OrganisationId(value!) : default;
        return !id.IsDefault;
    }

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc />
    public int CompareTo(OrganisationId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
