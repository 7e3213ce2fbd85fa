namespace CareCommunity.Domain;

/// <summary>Argument checks for programmer errors, so call sites read like the specification.</summary>
internal static class Preconditions
{
    internal static void CheckId(bool isDefault, string paramName)
    {
        if (isDefault)
        {
            throw new ArgumentException("An id is required; the default value identifies nothing.", paramName);
        }
    }

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }

    internal static string CheckText(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    internal static void CheckNotNegative(Money value, string paramName)
    {
        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "An amount of money here must not be negative.");
        }
    }
}
