using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// QUA-3: quality management is led by the care community's leadership team, and responsibility and accountability
/// for quality grow as the community matures (the freedom "accountability for the quality of integrated services"
/// follows the community's objectively assessed phase).
/// </summary>
public sealed class QualityLedByLeadershipRule : QualityRule
{
    /// <summary>A goal is owned by someone outside the leadership team.</summary>
    public static IssueDefinition OwnerNotInLeadershipTeam { get; } = new(IssueCode.Create("quality.owner-not-in-leadership-team"), IssueKind.BusinessRule, Modality.Must,
        "A quality goal is owned by someone who is not a member of the care community's leadership team.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("QUA-3"), "Quality led by the leadership team, growing with maturity",
        "The quality management approach is led by the care community leadership team, with support from all partners; as care communities "
        + "mature they take on more responsibility and accountability for the quality of integrated services.",
        [
            Model.Quote(166, Modality.Must,
                "The enabling support to develop this approach will come from all partners and be led by the Care Community Leadership team."),
            Model.Quote(166, Modality.Must,
                "As Care Communities mature, they will take on more responsibility and accountability for quality of care of integrated services."),
        ],
        [OwnerNotInLeadershipTeam]);

    /// <inheritdoc />
    public override RuleResult Check(QualityPlan document, QualityPlanContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var leaders = document.LeadershipTeam.ToHashSet();
        int led = 0;
        for (var i = 0; i < document.Goals.Length; i++)
        {
            if (document.Goals[i] is not { } goal)
            {
                e.CouldNotEvaluate($"the quality goal at index {i} could not be read.");
                continue;
            }

            if (leaders.Contains(goal.Owner))
            {
                led++;
            }
            else
            {
                e.Raise(OwnerNotInLeadershipTeam, DocumentPath.Root.Property("goals").Index(i).Property("owner"),
                    $"Quality goal '{goal.Id}' is owned by '{goal.Owner}', who is not in the leadership team: quality management is led by the Care Community Leadership team (QUA-3).",
                    goal.Owner.Value);
            }
        }

        e.Figure("leadershipTeam", leaders.Count);
        e.Figure("goalsLedByTheLeadershipTeam", led);
        return e.Finish($"{led} of {document.Goals.Count(g => g is not null)} quality goal(s) are owned by the leadership team of {leaders.Count}.");
    }
}
