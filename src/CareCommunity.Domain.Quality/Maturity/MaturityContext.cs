using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>The readings of the MAT rules users can choose (docs/decisions/0020).</summary>
public sealed record MaturityOptions
{
    /// <summary>The defaults.</summary>
    public static MaturityOptions Default { get; } = new();

    /// <summary>The split rule for several self-assessments (default: a range of 2 levels is a split).</summary>
    public ConsensusOptions Consensus { get; init; } = ConsensusOptions.Default;

    /// <summary>The subjective-minus-objective gap, in levels, from which MAT-2 reports the two as disagreeing (default 2).</summary>
    public int DisagreementGap { get; init; } = 2;

    /// <summary>"By April 2021" (004 l.2309), read as by 1 April 2021.</summary>
    public LocalDate NamedLeadsBy { get; init; } = new(2021, 4, 1);

    /// <summary>"several enabling themes … as a minimum" (004 l.2309): the list was an image; read as at least this many
    /// themes with a named individual (default 2).</summary>
    public int MinimumNamedThemes { get; init; } = 2;

    /// <summary>The target phase (004 l.2313: phase 3).</summary>
    public DevelopmentPhase TargetPhase { get; init; } = DevelopmentPhase.Phase3;

    /// <summary>"by April 2022" (004 l.2313), read as by 1 April 2022.</summary>
    public LocalDate TargetBy { get; init; } = new(2022, 4, 1);

    /// <summary>"working towards phase 3" read as objectively at this phase or above (default phase 2).</summary>
    public DevelopmentPhase WorkingTowardsFrom { get; init; } = DevelopmentPhase.Phase2;
}

/// <summary>What the MAT rules need besides the record: the date they are evaluated on (never the system clock), the
/// options and the user's severity overrides.</summary>
/// <param name="EvaluatedOn">The date of the evaluation.</param>
/// <param name="Options">The options; <see cref="MaturityOptions.Default"/> when null.</param>
/// <param name="SeverityOverrides">Severities the user chose for issue codes.</param>
public sealed record MaturityContext(LocalDate EvaluatedOn, MaturityOptions? Options = null, IReadOnlyDictionary<IssueCode, Severity>? SeverityOverrides = null)
{
    /// <summary>The options in force.</summary>
    public MaturityOptions EffectiveOptions => Options ?? MaturityOptions.Default;
}

/// <summary>A rule of freedom within a framework (MAT-1..MAT-3), checked on one community's <see cref="MaturityRecord"/>.</summary>
public abstract class MaturityRule : DocumentRule<MaturityRecord, MaturityContext>
{
    private protected MaturityRule()
    {
    }

    /// <summary>Starts an evaluation with the context's severity overrides.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The evaluation.</returns>
    private protected RuleEvaluation Begin(MaturityContext context) => new(Descriptor, context.SeverityOverrides);
}
