using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// The outcome of a factory that validates: either a value, or the issues that stopped it being made. Expected
/// failures are values, not exceptions (compare NodaTime's <c>ParseResult</c>).
/// </summary>
/// <typeparam name="T">The type made.</typeparam>
/// <remarks>Issue locations are relative to the factory's argument: anchor them with
/// <see cref="IssueCollector.AddRange"/> or <see cref="ValidationIssue.At"/>.</remarks>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, ImmutableArray<ValidationIssue> issues, bool success)
    {
        _value = value;
        Issues = issues;
        IsSuccess = success;
    }

    /// <summary>True when a value was made.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrDefault))]
    public bool IsSuccess { get; }

    /// <summary>The issues: at least one error on failure; possibly warnings on success.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>The value on success, otherwise the default.</summary>
    public T? ValueOrDefault => _value;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure; the message lists its issues.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No {typeof(T).Name} was made: {string.Join("; ", Issues)}");

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <param name="warnings">Non-error issues found while making it.</param>
    /// <returns>The result.</returns>
    public static Result<T> Success(T value, IEnumerable<ValidationIssue>? warnings = null)
    {
        var issues = warnings?.ToImmutableArray() ?? [];
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(warnings));
        }

        return new Result<T>(value, issues, true);
    }

    /// <summary>A failed result.</summary>
    /// <param name="issues">The issues; at least one must be an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No issue is an error.</exception>
    public static Result<T> Failure(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var list = issues.ToImmutableArray();
        if (!list.Any(i => i.Severity == Severity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(issues));
        }

        return new Result<T>(default, list, false);
    }

    /// <summary>Gets the value without throwing.</summary>
    /// <param name="value">The value on success.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success: {_value}" : $"Failure: {Issues.Length} issue(s)";
}
