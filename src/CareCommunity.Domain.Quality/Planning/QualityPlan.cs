using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// A care community's quality plan as documented, before any rule is checked: its leadership team, its quality goals
/// and the improvement projects started for them. The lenient view the QUA rules run on: an unreadable goal or
/// project is a null entry at its index.
/// </summary>
public sealed record QualityPlan
{
    /// <summary>The care community, if readable.</summary>
    public CareCommunityId? Community { get; init; }

    /// <summary>The members of the community's leadership and management team (CC-4), who lead quality (001 l.166).</summary>
    public ImmutableArray<PersonId> LeadershipTeam { get; init; } = [];

    /// <summary>The quality goals, as listed.</summary>
    public ImmutableArray<QualityGoal?> Goals { get; init; } = [];

    /// <summary>The quality improvement projects, as listed.</summary>
    public ImmutableArray<QualityImprovement?> Improvements { get; init; } = [];
}

/// <summary>The readings of the QUA rules the seed leaves open (docs/decisions/0021).</summary>
public sealed record QualityOptions
{
    /// <summary>The defaults.</summary>
    public static QualityOptions Default { get; } = new();

    /// <summary>
    /// The financial years in which two quality goals are asked for. The seed names one, 2023/24 (a must); asking two
    /// in every later year is the library's reading, reported as information unless raised. Default: 2023/24 only as a
    /// must, later years as the library's reading.
    /// </summary>
    public bool TwoGoalsInLaterYears { get; init; } = true;

    /// <summary>How many goals are asked for in a year. Default 2, as the seed.</summary>
    public int GoalsPerYear { get; init => field = Guard.Against.OutOfRange(value, nameof(GoalsPerYear), 1, 100); } = 2;

    /// <summary>Severities chosen for particular issue codes, as in <see cref="OperatingModelOptions.SeverityOverrides"/>.</summary>
    public ImmutableDictionary<Validation.IssueCode, Validation.Severity> SeverityOverrides { get; init; } =
        ImmutableDictionary<Validation.IssueCode, Validation.Severity>.Empty;
}

/// <summary>What a QUA rule needs besides the plan: the date it is checked on and the options.</summary>
/// <param name="AsOf">The date; years that have not started by then are not checked.</param>
/// <param name="Options">The options.</param>
public sealed record QualityPlanContext(LocalDate AsOf, QualityOptions Options)
{
    /// <summary>The options; never null.</summary>
    public QualityOptions Options { get; init; } = Options ?? QualityOptions.Default;
}
