namespace CareCommunity.Domain;

/// <summary>
/// The rule every identifier of the model follows (<see cref="OperatingModel.CareCommunityId"/>,
/// <see cref="OperatingModel.PersonId"/>, …): 1 to 64 characters of lower-case ASCII letters, digits and hyphens,
/// starting with a letter or digit — a slug such as <c>crewe</c> or <c>nantwich-and-rural</c>.
/// </summary>
public static class Identifier
{
    /// <summary>The longest identifier allowed.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="text"/> is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text[0] == '-')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why <paramref name="text"/> is not a valid identifier, for messages.</summary>
    /// <param name="kind">What the identifier identifies, e.g. "person id".</param>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static string Explain(string kind, string? text) =>
        $"'{text}' is not a valid {kind}: use 1 to {MaxLength} lower-case letters, digits and hyphens, starting with a letter or digit.";

    internal static string Check(string kind, string? text, string paramName) =>
        IsValid(text) ? text! : throw new ArgumentException(Explain(kind, text), paramName);
}
