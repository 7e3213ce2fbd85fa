using System.Globalization;
using System.Text;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// A location in a document, written as a JSON-path-like expression: <c>$</c> is the document,
/// <c>$.coreGroup[2].personId</c> a member of an element of an array. Paths into the domain model use the
/// same member names as the JSON contracts, so a path found by a domain rule points into the JSON document.
/// </summary>
/// <remarks>Immutable; appending returns a new path. Member names that are not plain identifiers are written
/// in bracket form, <c>$['odd name']</c>. The default value is the root.</remarks>
public readonly struct DocumentPath : IEquatable<DocumentPath>
{
    private readonly string? _value;

    private DocumentPath(string value) => _value = value;

    /// <summary>The document itself: <c>$</c>.</summary>
    public static DocumentPath Root => default;

    /// <summary>True for the root path.</summary>
    public bool IsRoot => _value is null or "$";

    /// <summary>The path to a member of the element at this path.</summary>
    /// <param name="name">The member name, as in the JSON document.</param>
    /// <returns>The longer path.</returns>
    public DocumentPath Property(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var plain = (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return new DocumentPath(plain
            ? $"{ToString()}.{name}"
            : $"{ToString()}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']");
    }

    /// <summary>The path to an element of the array at this path.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The longer path.</returns>
    public DocumentPath Index(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new DocumentPath(string.Create(CultureInfo.InvariantCulture, $"{ToString()}[{index}]"));
    }

    /// <summary>
    /// Appends a relative path to this one: <c>$.a</c> appended with <c>$.b[0]</c> is <c>$.a.b[0]</c>. Used to
    /// anchor the issues of a factory, reported relative to its own argument, into the whole document.
    /// </summary>
    /// <param name="relative">A path whose root stands for the element at this path.</param>
    /// <returns>The combined path.</returns>
    public DocumentPath Append(DocumentPath relative) => relative.IsRoot
        ? this
        : new DocumentPath(ToString() + relative.ToString()[1..]);

    /// <summary>Creates a path from its text, as produced by <see cref="ToString"/> or by System.Text.Json.</summary>
    /// <param name="text">Text starting with <c>$</c>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException">The text does not start with <c>$</c>.</exception>
    public static DocumentPath FromText(string text)
    {
        Guard.Against.Null(text);
        if (!text.StartsWith('$'))
        {
            throw new ArgumentException($"A document path starts with '$': '{text}'.", nameof(text));
        }

        return text == "$" ? Root : new DocumentPath(text);
    }

    /// <inheritdoc />
    public bool Equals(DocumentPath other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The path's text, e.g. <c>$.coreGroup[2].personId</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? "$";

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentPath left, DocumentPath right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentPath left, DocumentPath right) => !left.Equals(right);
}
