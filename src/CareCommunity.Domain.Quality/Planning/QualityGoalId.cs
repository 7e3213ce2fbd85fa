using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// Identifies a quality goal, e.g. <c>falls-with-harm</c>. Follows the <see cref="Identifier"/> rule: a lower-case slug.
/// </summary>
/// <remarks>Equality is ordinal. The default value has no text and is not a valid id.</remarks>
public readonly record struct QualityGoalId : IComparable<QualityGoalId>
{
    private readonly string? _value;

    private QualityGoalId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    public string Value => _value ?? "";

    /// <summary>Creates an id.</summary>
    /// <param name="value">A slug such as <c>falls-with-harm</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static QualityGoalId Create(string value) =>
        Identifier.IsValid(value) ? new(value) : throw new ArgumentException(Identifier.Explain("quality goal id", value), nameof(value));

    /// <summary>Creates an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out QualityGoalId id)
    {
        id = Identifier.IsValid(value) ? new QualityGoalId(value!) : default;
        return !id.IsDefault;
    }

    /// <summary>True for the default value.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc />
    public int CompareTo(QualityGoalId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
