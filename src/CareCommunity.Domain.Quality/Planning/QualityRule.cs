using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>A rule of the Juran quality trilogy (QUA-1..QUA-3), checked on a <see cref="QualityPlan"/>.</summary>
public abstract class QualityRule : DocumentRule<QualityPlan, QualityPlanContext>
{
    /// <summary>The rule's id.</summary>
    public RuleId Id => Descriptor.Id;

    /// <summary>Starts an evaluation with the user's severity overrides.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The evaluation.</returns>
    protected RuleEvaluation Begin(QualityPlanContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new RuleEvaluation(Descriptor, context.Options.SeverityOverrides);
    }

    /// <summary>The seed's own words on quality management, 001 l.166.</summary>
    protected static SeedDocument Model => SeedDocument.CareCommunitiesOperatingModel;
}
