using System.Globalization;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// The number of patients registered with the practices of a care community's footprint (CC-1: a care community is
/// based on a registered population footprint). Always positive.
/// </summary>
public readonly record struct RegisteredPopulation : IComparable<RegisteredPopulation>
{
    private RegisteredPopulation(int count) => Count = count;

    /// <summary>The number of registered patients; positive except in the default value.</summary>
    public int Count { get; }

    /// <summary>Creates a registered population.</summary>
    /// <param name="count">The number of registered patients.</param>
    /// <returns>The population.</returns>
    /// <exception cref="RuleViolationException">The count is not positive (CC-1).</exception>
    public static RegisteredPopulation Create(int count) => count > 0
        ? new RegisteredPopulation(count)
        : throw new RuleViolationException(OperatingModelRules.Footprint.Id, FootprintRule.PopulationNotPositive.Code,
            string.Create(CultureInfo.InvariantCulture, $"A registered population must be positive (CC-1: a care community is based on a registered population footprint); got {count}."),
            nameof(count));

    /// <inheritdoc />
    public int CompareTo(RegisteredPopulation other) => Count.CompareTo(other.Count);

    /// <inheritdoc />
    public override string ToString() => Count.ToString("#,##0", CultureInfo.InvariantCulture);
}
