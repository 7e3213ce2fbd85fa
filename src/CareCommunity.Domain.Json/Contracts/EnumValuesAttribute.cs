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

/// <summary>
/// Marks a numeric member of a contract with the range the model allows; the JSON Schema gives it as
/// <c>minimum</c>/<c>maximum</c> (the reader reports values outside it, naming the rule).
/// </summary>
/// <param name="minimum">The smallest value allowed.</param>
/// <param name="maximum">The largest value allowed, or <see cref="double.NaN"/> for no upper bound.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ValueRangeAttribute(double minimum, double maximum = double.NaN) : Attribute
{
    /// <summary>The smallest value allowed.</summary>
    public double Minimum { get; } = minimum;

    /// <summary>The largest value allowed, or <see cref="double.NaN"/> for no upper bound.</summary>
    public double Maximum { get; } = maximum;
}

/// <summary>Marks a text member of a contract that must not be blank; the JSON Schema requires a non-space character.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class NonBlankAttribute : Attribute;
