using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// A stable, machine-readable code for one kind of validation issue, e.g. <c>core-group.role-vacant</c>.
/// Codes never change meaning between versions, so integrators can match on them; messages may be reworded.
/// </summary>
/// <remarks>A code is lower-case ASCII letters, digits, hyphens and dots, starting with a letter.
/// Equality is ordinal. The default value has no text.</remarks>
public readonly struct IssueCode : IEquatable<IssueCode>
{
    private readonly string? _value;

    private IssueCode(string value) => _value = value;

    /// <summary>True for <c>default(IssueCode)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code's text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">The text is not a valid code.</exception>
    public static IssueCode Create(string value) => TryCreate(value, out var code)
        ? code
        : throw new ArgumentException($"'{value}' is not an issue code: use lower-case letters, digits, '-' and '.', starting with a letter.", nameof(value));

    /// <summary>Creates a code without throwing.</summary>
    /// <param name="value">The code's text.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out IssueCode code)
    {
        code = default;
        if (string.IsNullOrEmpty(value) || value[0] is < 'a' or > 'z' || value.Length > 100)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
            {
                return false;
            }
        }

        code = new IssueCode(value);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(IssueCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? "";

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(IssueCode left, IssueCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(IssueCode left, IssueCode right) => !left.Equals(right);
}
