using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// QUA-1: quality management has three processes, Juran's trilogy: quality planning (a goal with its measure, target
/// and direction), quality improvement (projects with a project initiation document and expected impact) and quality
/// control (the goal's measure watched with statistical process control).
/// </summary>
public sealed class QualityTrilogyRule : QualityRule
{
    /// <summary>A goal has no target, so it cannot be planned against or controlled.</summary>
    public static IssueDefinition GoalWithoutTarget { get; } = new(IssueCode.Create("quality.goal-without-target"), IssueKind.Required, Modality.Must,
        "A quality goal states no target for its measure: planning sets the goal, control compares the measure with it.");

    /// <summary>A goal has no improvement direction.</summary>
    public static IssueDefinition GoalWithoutDirection { get; } = new(IssueCode.Create("quality.goal-without-direction"), IssueKind.Required, Modality.LibraryReading,
        "A quality goal states no improvement direction, so statistical process control cannot tell improvement from concern.");

    /// <summary>An improvement project names a goal the plan does not hold.</summary>
    public static IssueDefinition ImprovementForUnknownGoal { get; } = new(IssueCode.Create("quality.improvement-for-unknown-goal"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An improvement project names a quality goal the plan does not list.");

    /// <summary>An improvement project states no measure that will show its impact.</summary>
    public static IssueDefinition ImprovementWithoutMeasure { get; } = new(IssueCode.Create("quality.improvement-without-measure"), IssueKind.Required, Modality.LibraryReading,
        "An improvement project names no measure that will show its impact.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("QUA-1"), "Juran's trilogy: quality planning, improvement and control",
        "Quality management has three processes: quality planning (goals), quality improvement and quality control; care communities "
        + "develop systems and processes for each, led by their leadership team.",
        [
            Model.Quote(166, Modality.Must,
                "This will form a process by which the Care Community develops systems and processes for Quality Management (Joseph Juran)."),
            Model.Quote(166, Modality.Must,
                "There are 3 main aspects of quality management which are Quality Planning /goal, Quality Improvement and Quality Control."),
        ],
        [GoalWithoutTarget, GoalWithoutDirection, ImprovementForUnknownGoal, ImprovementWithoutMeasure, DuplicateGoal]);

    /// <summary>Two goals share an id.</summary>
    public static IssueDefinition DuplicateGoal { get; } = new(IssueCode.Create("quality.duplicate-goal-id"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "Two quality goals share an id.");

    /// <inheritdoc />
    public override RuleResult Check(QualityPlan document, QualityPlanContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var goals = DocumentPath.Root.Property("goals");
        var seen = new Dictionary<QualityGoalId, int>();
        int withTarget = 0;
        for (var i = 0; i < document.Goals.Length; i++)
        {
            if (document.Goals[i] is not { } goal)
            {
                e.CouldNotEvaluate($"the quality goal at index {i} could not be read.");
                continue;
            }

            if (!seen.TryAdd(goal.Id, i))
            {
                e.Raise(DuplicateGoal, goals.Index(i).Property("id"), $"The goal id '{goal.Id}' is already used at index {seen[goal.Id]}.", goal.Id.Value);
            }

            if (goal.Target is null)
            {
                e.Raise(GoalWithoutTarget, goals.Index(i).Property("target"),
                    $"Quality goal '{goal.Id}' states no target for '{goal.Measure}': quality planning sets the goal the measure is controlled against (QUA-1).");
            }
            else
            {
                withTarget++;
            }

            if (goal.Direction == ImprovementDirection.Neither)
            {
                e.Raise(GoalWithoutDirection, goals.Index(i).Property("direction"),
                    $"Quality goal '{goal.Id}' states no improvement direction, so a signal in '{goal.Measure}' cannot be called improvement or concern (QUA-1).");
            }
        }

        var improvements = DocumentPath.Root.Property("improvements");
        for (var i = 0; i < document.Improvements.Length; i++)
        {
            if (document.Improvements[i] is not { } improvement)
            {
                e.CouldNotEvaluate($"the improvement project at index {i} could not be read.");
                continue;
            }

            if (!seen.ContainsKey(improvement.Goal) && document.Goals.All(g => g is not null))
            {
                e.Raise(ImprovementForUnknownGoal, improvements.Index(i).Property("goal"),
                    $"Improvement project '{improvement.Project.Id}' is for goal '{improvement.Goal}', which the plan does not list.", improvement.Goal.Value);
            }

            if (improvement.Measures.IsEmpty || improvement.Measures.All(string.IsNullOrWhiteSpace))
            {
                e.Raise(ImprovementWithoutMeasure, improvements.Index(i).Property("measures"),
                    $"Improvement project '{improvement.Project.Id}' names no measure that will show its impact (QUA-1).");
            }
        }

        var goalCount = document.Goals.Count(g => g is not null);
        var improvementCount = document.Improvements.Count(x => x is not null);
        e.Figure("goals", goalCount);
        e.Figure("goalsWithTarget", withTarget);
        e.Figure("improvements", improvementCount);
        return e.Finish($"{goalCount} quality goal(s), {withTarget} with a target; {improvementCount} improvement project(s).");
    }
}
