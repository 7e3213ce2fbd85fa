namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// Marks a string member of a contract whose value must name a member of an enum, written in camelCase
/// (e.g. <c>pcnClinicalDirector</c>). The JSON Schema lists the allowed values; the reader reports any other value
/// with its location.
/// </summary>
/// <param name="enumType">The enum whose members are allowed.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class EnumValuesAttribute(Type enumType) : Attribute
{
    /// <summary>The enum whose members are allowed.</summary>
    public Type EnumType { get; } = enumType;
}

/// <summary>
/// Marks a string member (or a list of strings) of a contract that holds identifiers (see <see cref="Identifier"/>):
/// the JSON Schema gives their pattern and the reader reports any other text with its location.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class IdentifierValueAttribute : Attribute;
