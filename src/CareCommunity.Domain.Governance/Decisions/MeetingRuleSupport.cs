using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>The evaluation every meeting rule reads; a meeting that does not hold together is reported by MOU-4 only.</summary>
internal static class MeetingRuleSupport
{
    public static MeetingEvaluation? Evaluate(BoardMeeting meeting, GovernanceContext context, RuleEvaluation e)
    {
        var result = BoardMeetingEvaluator.Evaluate(meeting, context.EffectiveMemorandum, context.EffectiveOptions);
        if (result.TryGetValue(out var explained))
        {
            return explained.Value;
        }

        e.CouldNotEvaluate($"the meeting does not hold together ({ModelText.Count(result.Issues.Length)} issue(s), reported by MOU-4).");
        return null;
    }
}
