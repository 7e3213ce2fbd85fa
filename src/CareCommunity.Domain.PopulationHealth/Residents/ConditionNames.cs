using System.Text;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The kebab-case names of the <see cref="Condition"/>s used on the wire (<c>hypertension</c>,
/// <c>coronary-heart-disease</c>, …), and their parsing from UTF-8 bytes or characters without allocating.
/// </summary>
/// <remarks>Names are matched exactly (ordinal, lower case); anything else is not a condition name.</remarks>
public static class ConditionNames
{
    private static readonly string[] Names =
    [
        "hypertension",
        "depression",
        "asthma",
        "diabetes",
        "coronary-heart-disease",
        "chronic-kidney-disease",
        "hypothyroidism",
        "stroke",
        "transient-ischaemic-attack",
        "copd",
        "cancer",
        "atrial-fibrillation",
        "heart-failure",
        "epilepsy",
        "dementia",
        "peripheral-arterial-disease",
        "rheumatoid-arthritis",
        "osteoporosis",
        "parkinsons-disease",
        "multiple-sclerosis",
        "chronic-liver-disease",
    ];

    private static readonly byte[][] Utf8Names = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Every name, in <see cref="Condition"/> order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The kebab-case name of a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The name, e.g. <c>coronary-heart-disease</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined condition.</exception>
    public static string Name(Condition condition) =>
        (byte)condition < Names.Length
            ? Names[(byte)condition]
            : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined Condition.");

    /// <summary>The kebab-case name of a condition, as UTF-8 bytes (for writers that do not allocate).</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined condition.</exception>
    public static ReadOnlySpan<byte> Utf8Name(Condition condition) =>
        (byte)condition < Utf8Names.Length
            ? Utf8Names[(byte)condition]
            : throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a defined Condition.");

    /// <summary>Parses a name given as UTF-8 bytes; does not allocate.</summary>
    /// <param name="utf8">The bytes, e.g. <c>"copd"u8</c>.</param>
    /// <param name="condition">The condition, when the name is known.</param>
    /// <returns>True when the bytes are exactly one of the names.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Condition condition)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (utf8.SequenceEqual(Utf8Names[i]))
            {
                condition = (Condition)i;
                return true;
            }
        }

        condition = default;
        return false;
    }

    /// <summary>Parses a name given as characters; does not allocate.</summary>
    /// <param name="text">The text, e.g. <c>copd</c>.</param>
    /// <param name="condition">The condition, when the name is known.</param>
    /// <returns>True when the text is exactly one of the names.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Condition condition)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (text.SequenceEqual(Names[i]))
            {
                condition = (Condition)i;
                return true;
            }
        }

        condition = default;
        return false;
    }

    /// <summary>Parses a name.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The text is not a condition name; the message lists the names.</exception>
    public static Condition Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text.AsSpan(), out var condition)
            ? condition
            : throw new ArgumentException($"'{text}' is not a condition name; expected one of: {string.Join(", ", Names)}.", nameof(text));
    }
}
