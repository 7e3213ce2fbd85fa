using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace CareCommunity.Domain;

/// <summary>
/// The model's own guard clauses, as extensions of Ardalis.GuardClauses' <see cref="IGuardClause"/>, so call sites read
/// like the specification: <c>Guard.Against.DefaultId(person)</c>. Guards are for programmer errors; bad data in a
/// document is a validation issue, never an exception. Each guard returns its input so it can be used in an
/// initializer.
/// </summary>
internal static class DomainGuards
{
    /// <summary>Throws when an id is its type's default value, which identifies nothing.</summary>
    /// <typeparam name="TId">An id type of the model (<c>PersonId</c>, <c>PlaceId</c>, …).</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="id">The id.</param>
    /// <param name="parameterName">The parameter's name; filled in by the compiler.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The id is the default value.</exception>
    public static TId DefaultId<TId>(this IGuardClause guardClause, TId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
        where TId : struct, IEquatable<TId> =>
        id.Equals(default)
            ? throw new ArgumentException("An id is required; the default value identifies nothing.", parameterName)
            : id;

    /// <summary>
    /// Throws when a value is not one of its enum's named members. Unlike Ardalis' <c>EnumOutOfRange</c>
    /// (an <c>InvalidEnumArgumentException</c>), this throws <see cref="ArgumentOutOfRangeException"/>, the model's
    /// documented exception for an undefined enum value.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter's name; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guardClause, TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {typeof(TEnum).Name}.");

    /// <summary>Throws when an amount of money that cannot be negative (a budget, a cost) is.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="parameterName">The parameter's name; filled in by the compiler.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Money NegativeAmount(this IGuardClause guardClause, Money amount, [CallerArgumentExpression(nameof(amount))] string? parameterName = null) =>
        amount.IsNegative
            ? throw new ArgumentOutOfRangeException(parameterName, amount, "An amount of money here must not be negative.")
            : amount;
}
