using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>The ids of the population health rules (domain brief §4).</summary>
public static class PopulationHealthRuleIds
{
    /// <summary>POP-1: KNOW the population's needs, ENGAGE with it, MANAGE it through segmentation.</summary>
    public static RuleId KnowEngageManage { get; } = RuleId.Parse("POP-1");

    /// <summary>POP-2: the segmentation cube, stage of life × holistic needs.</summary>
    public static RuleId Segmentation { get; } = RuleId.Parse("POP-2");

    /// <summary>CPX-1: the proposed definition of complexity.</summary>
    public static RuleId Complexity { get; } = RuleId.Parse("CPX-1");
}
