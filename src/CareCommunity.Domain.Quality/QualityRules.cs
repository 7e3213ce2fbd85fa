using System.Collections.Immutable;
using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Quality;

/// <summary>
/// The rules of the Juran quality trilogy, QUA-1..QUA-3, one type each in <c>Planning/</c>. A quality plan is
/// checked by <see cref="All"/>; <see cref="Set"/> joins an application's <see cref="RuleCatalogue"/>.
/// </summary>
public static class QualityRules
{
    /// <summary>QUA-1: planning, improvement and control.</summary>
    public static QualityTrilogyRule Trilogy { get; } = new();

    /// <summary>QUA-2: two quality goals from current intelligence.</summary>
    public static TwoQualityGoalsRule TwoGoals { get; } = new();

    /// <summary>QUA-3: led by the leadership team, growing with maturity.</summary>
    public static QualityLedByLeadershipRule LedByLeadership { get; } = new();

    /// <summary>Every QUA rule, in id order.</summary>
    public static ImmutableArray<QualityRule> All { get; } = [Trilogy, TwoGoals, LedByLeadership];

    /// <summary>The QUA rule set for the catalogue.</summary>
    public static RuleSet Set { get; } = new("Juran quality trilogy", All.Select(r => r.Descriptor));

    /// <summary>Checks every QUA rule on a plan: each rule's result and the report of all their issues.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="context">The date and options.</param>
    /// <returns>One result per rule, in id order.</returns>
    public static ImmutableArray<RuleResult> Check(QualityPlan plan, QualityPlanContext context)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        return [.. All.Select(r => r.Check(plan, context))];
    }
}
