using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The rules of population health, POP-1, POP-2 and CPX-1, one type each in the folder of its concept (<c>Summary/</c>, <c>Segmentation/</c>, <c>Complexity/</c>). A population is checked by
/// <see cref="All"/>; <see cref="Set"/> joins an application's <see cref="RuleCatalogue"/>.
/// </summary>
public static class PopulationHealthRules
{
    /// <summary>POP-1: know, engage with and manage the population.</summary>
    public static KnowEngageManageRule KnowEngageManage { get; } = new();

    /// <summary>POP-2: the segmentation cube.</summary>
    public static SegmentationCubeRule SegmentationCube { get; } = new();

    /// <summary>CPX-1: the proposed definition of complexity.</summary>
    public static ComplexityRule Complexity { get; } = new();

    /// <summary>Every rule, in id order (CPX before POP).</summary>
    public static ImmutableArray<PopulationHealthRule> All { get; } = [Complexity, KnowEngageManage, SegmentationCube];

    /// <summary>The population health rule set for the catalogue.</summary>
    public static RuleSet Set { get; } = new("Population health", All.Select(r => r.Descriptor));

    /// <summary>Checks every rule on a population: one result per rule, in id order.</summary>
    /// <param name="population">The population.</param>
    /// <param name="context">The reference date, classifier and severity overrides.</param>
    /// <returns>The results.</returns>
    public static ImmutableArray<RuleResult> Check(CommunityPopulation population, PopulationContext context)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(context);
        return [.. All.Select(r => r.Check(population, context))];
    }
}
