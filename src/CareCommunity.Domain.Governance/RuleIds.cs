using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance;

/// <summary>The ids of the Memorandum's rules, for the types that name them before the rule types are built.</summary>
internal static class RuleIds
{
    public static RuleId Partners { get; } = RuleId.Parse("MOU-1");

    public static RuleId DecisionLevels { get; } = RuleId.Parse("MOU-2");

    public static RuleId DelegatedPowers { get; } = RuleId.Parse("MOU-3");

    public static RuleId Consensus { get; } = RuleId.Parse("MOU-4");

    public static RuleId NoConsensus { get; } = RuleId.Parse("MOU-5");

    public static RuleId Eligibility { get; } = RuleId.Parse("MOU-6");

    public static RuleId BoardMembership { get; } = RuleId.Parse("MOU-10");
}
