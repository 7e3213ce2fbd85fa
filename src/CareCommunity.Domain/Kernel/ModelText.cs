namespace CareCommunity.Domain;

/// <summary>
/// How the model writes an enum value in issues and explanations: its name in camelCase (<c>CoreRole.Healthwatch</c>
/// is <c>healthwatch</c>), the same spelling the JSON documents use, so integrators see one spelling everywhere.
/// </summary>
public static class ModelText
{
    /// <summary>The camelCase name of an enum value.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name with its first letter in lower case.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of((Enum)value);

    /// <summary>The camelCase name of an enum value whose type is known only at run time.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name with its first letter in lower case.</returns>
    public static string Of(Enum value)
    {
        Guard.Against.Null(value);
        var name = value.ToString();
        return name.Length == 0 || !char.IsAsciiLetterUpper(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
