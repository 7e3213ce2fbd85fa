using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Quality.Control;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>Where the intelligence behind a quality goal comes from ("complaints, incidents, compliments etc", 001 l.166).</summary>
public enum IntelligenceSource
{
    /// <summary>Complaints.</summary>
    Complaints = 0,

    /// <summary>Incidents.</summary>
    Incidents = 1,

    /// <summary>Compliments.</summary>
    Compliments = 2,

    /// <summary>Other local intelligence (audit, dashboards, feedback), named in the goal.</summary>
    Other = 3,
}

/// <summary>
/// Quality planning, the first of Juran's three processes (QUA-1): a goal a care community sets for a financial year
/// from its current intelligence, with the measure that shows it, a target, which way is better and the member of
/// the leadership team who owns it (001 l.166).
/// </summary>
/// <param name="Id">The goal's id, unique within a plan.</param>
/// <param name="Title">What the goal is.</param>
/// <param name="Year">The financial year the goal belongs to.</param>
/// <param name="Source">The intelligence the goal is based on.</param>
/// <param name="Measure">The measure that shows whether the goal is met, e.g. "falls with harm per 1,000 occupied bed days".</param>
/// <param name="Target">The target value of the measure, when one is set.</param>
/// <param name="Direction">Which way the measure improves.</param>
/// <param name="Owner">The member of the leadership team who owns the goal.</param>
public sealed record QualityGoal(
    QualityGoalId Id, string Title, FinancialYear Year, IntelligenceSource Source, string Measure, decimal? Target, ImprovementDirection Direction, PersonId Owner)
{
    /// <summary>What the goal is; never blank.</summary>
    public string Title { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Title)); } = Guard.Against.NullOrWhiteSpace(Title, nameof(Title));

    /// <summary>The measure; never blank.</summary>
    public string Measure { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Measure)); } = Guard.Against.NullOrWhiteSpace(Measure, nameof(Measure));
}

/// <summary>
/// Quality improvement, the second of Juran's processes (QUA-1): an initiative started for a quality goal, with its
/// aim, its expected impact in the short, medium and long term and its project initiation document (004 l.2281-2296,
/// l.2037), and the measures that will show the impact.
/// </summary>
/// <param name="Goal">The goal it improves.</param>
/// <param name="Project">The initiative (aim, expected impact, project initiation document).</param>
/// <param name="Measures">The measures that will show its impact.</param>
public sealed record QualityImprovement(QualityGoalId Goal, Initiative Project, System.Collections.Immutable.ImmutableArray<string> Measures)
{
    /// <summary>The measures; a default array reads as empty.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Measures { get; init; } = Measures.IsDefault ? [] : Measures;
}
