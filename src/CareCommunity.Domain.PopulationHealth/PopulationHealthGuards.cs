using System.Runtime.CompilerServices;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>The package's guard clauses, as extensions of Ardalis.GuardClauses' <see cref="IGuardClause"/>.</summary>
internal static class PopulationHealthGuards
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is not one of its enum's named members.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter's name; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guardClause, TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {typeof(TEnum).Name}.");
}
