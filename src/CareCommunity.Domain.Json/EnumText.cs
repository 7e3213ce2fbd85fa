using System.Collections.Frozen;

namespace CareCommunity.Domain.Json;

/// <summary>
/// The JSON spelling of the model's enums: <see cref="ModelText.Of{TEnum}"/>, the member name in camelCase
/// (<c>CoreRole.PcnClinicalDirector</c> is <c>pcnClinicalDirector</c>), so documents and issue messages spell values
/// the same way. Matching is exact (case-sensitive), as JSON Schema's <c>enum</c> is.
/// </summary>
public static class EnumText
{
    /// <summary>The JSON text of an enum value.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name.</returns>
    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    /// <summary>Parses the JSON text of an enum value.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text names one.</param>
    /// <returns>True when the text names a value.</returns>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && Cache<TEnum>.Values.TryGetValue(text, out value);
    }

    /// <summary>Every allowed text for an enum, in declaration order.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <returns>The camelCase names.</returns>
    public static IReadOnlyList<string> AllowedValues(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Enum.GetValuesAsUnderlyingType(enumType).Cast<object>().Select(v => ModelText.Of((Enum)Enum.ToObject(enumType, v))).ToArray();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ModelText.Of(v));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
