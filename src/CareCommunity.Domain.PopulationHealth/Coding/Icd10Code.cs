namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The shape of an ICD-10 code as the mapping reads it: a letter, two digits, then up to four letters or digits, with
/// or without the dot after the third character, in any case (<c>E11.9</c>, <c>e119</c>, <c>E11</c>). Normalised form:
/// upper case without the dot.
/// </summary>
public static class Icd10Code
{
    /// <summary>The longest normalised code accepted.</summary>
    public const int MaxLength = 7;

    /// <summary>Normalises a code into <paramref name="destination"/> (upper case, no dot); does not allocate.</summary>
    /// <param name="code">The code as given.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> characters.</param>
    /// <param name="written">The length written.</param>
    /// <returns>False when the code is not shaped like an ICD-10 code.</returns>
    public static bool TryNormalize(ReadOnlySpan<char> code, Span<char> destination, out int written)
    {
        written = 0;
        code = code.Trim();
        if (code.Length < 3 || destination.Length < MaxLength)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '.')
            {
                if (i != 3 || i == code.Length - 1)
                {
                    return false;
                }

                continue;
            }

            if (written == MaxLength)
            {
                return false;
            }

            c = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            var ok = written switch
            {
                0 => c is >= 'A' and <= 'Z',
                1 or 2 => c is >= '0' and <= '9',
                _ => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z'),
            };
            if (!ok)
            {
                return false;
            }

            destination[written++] = c;
        }

        return written >= 3;
    }

    /// <summary>The normalised form of a code (upper case, no dot).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The normalised code, or null when it is not shaped like an ICD-10 code.</returns>
    public static string? Normalize(string code)
    {
        Guard.Against.Null(code);
        Span<char> buffer = stackalloc char[MaxLength];
        return TryNormalize(code, buffer, out var written) ? new string(buffer[..written]) : null;
    }

    /// <summary>The dotted display form of a normalised code: <c>E119</c> → <c>E11.9</c>, <c>I10</c> → <c>I10</c>.</summary>
    /// <param name="normalized">A normalised code.</param>
    /// <returns>The display form.</returns>
    public static string Display(string normalized)
    {
        Guard.Against.Null(normalized);
        return normalized.Length > 3 ? string.Concat(normalized.AsSpan(0, 3), ".", normalized.AsSpan(3)) : normalized;
    }
}

/// <summary>
/// An inclusive range of ICD-10 codes by prefix: <c>I10-I15</c> holds every code whose first three characters are
/// I10 to I15 (so I15.9 is in, I16 out); <c>N18.3-N18.5</c> every code whose first four are N183 to N185 (so N18.2
/// and a bare N18 are out). A single category (<c>I48</c>) or subcategory (<c>F84.0</c>) is a range of one.
/// </summary>
public sealed record Icd10Range
{
    private Icd10Range(string from, string to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first code, normalised (3 or 4 characters).</summary>
    public string From { get; }

    /// <summary>The last code, normalised (3 or 4 characters).</summary>
    public string To { get; }

    /// <summary>A range.</summary>
    /// <param name="from">The first code, e.g. <c>I10</c> or <c>N18.3</c>.</param>
    /// <param name="to">The last code; the first when omitted.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">A bound is not a 3- or 4-character code, or the bounds are reversed.</exception>
    public static Icd10Range Of(string from, string? to = null)
    {
        var first = Bound(from, nameof(from));
        var last = to is null ? first : Bound(to, nameof(to));
        if (string.CompareOrdinal(first, last) > 0)
        {
            throw new ArgumentException($"The range {from}-{to} runs backwards.", nameof(to));
        }

        return new Icd10Range(first, last);
    }

    /// <summary>True when a normalised code is in the range.</summary>
    /// <param name="normalized">The code, upper case without the dot.</param>
    /// <returns>True when in.</returns>
    public bool Contains(ReadOnlySpan<char> normalized) =>
        normalized.Length >= From.Length
        && normalized.Length >= To.Length
        && normalized[..From.Length].SequenceCompareTo(From) >= 0
        && normalized[..To.Length].SequenceCompareTo(To) <= 0;

    /// <summary>The range in dotted form, e.g. <c>I10-I15</c>, <c>F84.0</c>, <c>N18.3-N18.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        From == To ? Icd10Code.Display(From) : $"{Icd10Code.Display(From)}-{Icd10Code.Display(To)}";

    private static string Bound(string code, string parameter)
    {
        var normalized = Icd10Code.Normalize(Guard.Against.Null(code, parameter));
        return normalized is { Length: 3 or 4 }
            ? normalized
            : throw new ArgumentException($"'{code}' is not a 3- or 4-character ICD-10 code.", parameter);
    }
}
