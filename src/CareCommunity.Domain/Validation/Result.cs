using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using FailureCase = CareCommunity.Domain.Validation.Failure;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// The outcome of a factory that validates: either the value made, or a <see cref="Validation.Failure"/> carrying the
/// issues that stopped it being made. Expected failures are values, not exceptions (compare NodaTime's
/// <c>ParseResult</c>). A closed choice of two cases built on OneOf: <c>Match</c> and <c>Switch</c> make the caller
/// handle both, e.g. <c>result.Match(group => …, failure => failure.Issues)</c>.
/// </summary>
/// <typeparam name="T">The type made.</typeparam>
/// <remarks>
/// Issue locations are relative to the factory's argument: anchor them with <see cref="IssueCollector.AddRange"/> or
/// <see cref="ValidationIssue.At"/>. Equality is OneOf's: the same case holding equal contents.
/// </remarks>
public sealed class Result<T> : OneOfBase<T, FailureCase>
{
    private Result(OneOf<T, FailureCase> outcome, ImmutableArray<ValidationIssue> issues)
        : base(outcome) => Issues = issues;

    /// <summary>True when a value was made.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrDefault))]
    public bool IsSuccess => IsT0;

    /// <summary>The issues: the failure's issues (at least one error) on failure; possibly warnings on success.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>The value on success, otherwise the default.</summary>
    public T? ValueOrDefault => IsT0 ? AsT0 : default;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure; the message lists its issues.</exception>
    public new T Value => IsT0
        ? AsT0
        : throw new InvalidOperationException($"No {typeof(T).Name} was made: {string.Join("; ", Issues)}");

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <param name="warnings">Non-error issues found while making it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A warning is an error.</exception>
    public static Result<T> Success(T value, IEnumerable<ValidationIssue>? warnings = null)
    {
        var issues = warnings?.ToImmutableArray() ?? [];
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(warnings));
        }

        return new Result<T>(OneOf<T, FailureCase>.FromT0(value), issues);
    }

    /// <summary>A failed result.</summary>
    /// <param name="issues">The issues; at least one must be an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No issue is an error.</exception>
    public static Result<T> Failure(IEnumerable<ValidationIssue> issues)
    {
        var failure = new FailureCase(issues);
        return new Result<T>(OneOf<T, FailureCase>.FromT1(failure), failure.Issues);
    }

    /// <summary>Gets the value without throwing.</summary>
    /// <param name="value">The value on success.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = ValueOrDefault;
        return IsSuccess;
    }

    /// <inheritdoc />
    public override string ToString() => IsT0 ? $"Success: {AsT0}" : $"Failure: {Issues.Length} issue(s)";
}

/// <summary>
/// The failure case of <see cref="Result{T}"/>: nothing was made, and these are the issues why — at least one an error.
/// </summary>
public sealed class Failure
{
    /// <summary>Creates the failure.</summary>
    /// <param name="issues">The issues; at least one must be an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is null.</exception>
    /// <exception cref="ArgumentException">No issue is an error.</exception>
    public Failure(IEnumerable<ValidationIssue> issues)
    {
        var list = Guard.Against.Null(issues).ToImmutableArray();
        if (!list.Any(i => i.Severity == Severity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(issues));
        }

        Issues = list;
    }

    /// <summary>The issues, in the order found; at least one is an error.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <inheritdoc />
    public override string ToString() => $"Failure: {Issues.Length} issue(s)";
}
