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

    /// <summary>A date as the documents write it: ISO 8601, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>A share as a percentage with at most one decimal, e.g. <c>0.3</c> is <c>30%</c>.</summary>
    /// <param name="share">The share, 0 to 1.</param>
    /// <returns>The text.</returns>
    public static string Percent(decimal share) => (share * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A count, invariant culture.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
