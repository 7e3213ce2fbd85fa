using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// The rules of freedom within a framework, MAT-1..MAT-3: one type per rule. Compose <see cref="Set"/> into a
/// <see cref="RuleCatalogue"/> with <see cref="RuleCatalogue.Create"/>.
/// </summary>
public static class MaturityRules
{
    /// <summary>MAT-1: freedom within a framework, earned by maturity.</summary>
    public static FreedomWithinFrameworkRule FreedomWithinFramework { get; } = new();

    /// <summary>MAT-2: progress against the maturity matrix assessed subjectively and objectively.</summary>
    public static SubjectiveAndObjectiveAssessmentRule SubjectiveAndObjective { get; } = new();

    /// <summary>MAT-3: development phases, named individuals by April 2021, working towards phase 3 by April 2022.</summary>
    public static DevelopmentPhasesRule DevelopmentPhases { get; } = new();

    /// <summary>Every rule, in id order.</summary>
    public static ImmutableArray<MaturityRule> All { get; } = [FreedomWithinFramework, SubjectiveAndObjective, DevelopmentPhases];

    /// <summary>The rule set, MAT-1..MAT-3, built from <see cref="All"/>.</summary>
    public static RuleSet Set { get; } = new("Freedom within a framework (maturity)", All.Select(r => r.Descriptor));

    /// <summary>Checks every rule on one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="context">The context.</param>
    /// <returns>One result per rule, in id order.</returns>
    public static ImmutableArray<RuleResult> CheckAll(MaturityRecord record, MaturityContext context) => [.. All.Select(r => r.Check(record, context))];
}
