using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A resident's pseudonymous identifier, e.g. <c>ce-0000001</c>: 1 to 64 characters of ASCII letters, digits,
/// <c>.</c>, <c>_</c> and <c>-</c>. Case-sensitive; equality is ordinal.
/// </summary>
/// <remarks>
/// The library never needs to know who a resident is: use a pseudonym, never an NHS number. The default value has no
/// text and is not a valid id.
/// </remarks>
public readonly record struct ResidentId : IComparable<ResidentId>
{
    /// <summary>The longest identifier allowed.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private ResidentId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>True when <paramref name="text"/> is a valid resident id.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the UTF-8 bytes are a valid resident id (all allowed characters are ASCII).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > MaxLength)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (!IsAllowed((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates an id.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid resident id.</exception>
    public static ResidentId Create(string value) =>
        TryCreate(value, out var id) ? id : throw new ArgumentException(Explain(value), nameof(value));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out ResidentId id)
    {
        id = value is not null && IsValid(value.AsSpan()) ? new ResidentId(value) : default;
        return !id.IsDefault;
    }

    /// <summary>Creates an id from UTF-8 bytes without throwing; allocates the id's string once when valid.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreateFromUtf8(ReadOnlySpan<byte> utf8, out ResidentId id)
    {
        id = IsValid(utf8) ? new ResidentId(System.Text.Encoding.ASCII.GetString(utf8)) : default;
        return !id.IsDefault;
    }

    /// <summary>Why <paramref name="text"/> is not a valid resident id, for messages.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static string Explain(string? text) =>
        $"'{text}' is not a valid resident id: use 1 to {MaxLength} ASCII letters, digits, '.', '_' or '-'.";

    /// <inheritdoc />
    public int CompareTo(ResidentId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-';
}
