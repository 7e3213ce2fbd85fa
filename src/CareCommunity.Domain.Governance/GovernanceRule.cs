using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance;

/// <summary>What the Memorandum's rules need besides the document: the date they are evaluated on (never the system
/// clock), the memorandum, the options and the user's severity overrides.</summary>
/// <param name="EvaluatedOn">The date of the evaluation.</param>
/// <param name="Memorandum">The memorandum; <see cref="Governance.Memorandum.Draft2020"/> when null.</param>
/// <param name="Options">The options; <see cref="GovernanceOptions.Default"/> when null.</param>
/// <param name="SeverityOverrides">Severities the user chose for issue codes.</param>
public sealed record GovernanceContext(LocalDate EvaluatedOn, Memorandum? Memorandum = null, GovernanceOptions? Options = null,
    IReadOnlyDictionary<IssueCode, Severity>? SeverityOverrides = null)
{
    /// <summary>The memorandum in force.</summary>
    public Memorandum EffectiveMemorandum => Memorandum ?? Governance.Memorandum.Draft2020;

    /// <summary>The options in force.</summary>
    public GovernanceOptions EffectiveOptions => Options ?? GovernanceOptions.Default;
}

/// <summary>A rule of the Memorandum of Understanding, checked on one kind of document (a partner register, a Board,
/// a Board meeting).</summary>
/// <typeparam name="TDocument">What the rule checks.</typeparam>
public abstract class GovernanceRule<TDocument> : DocumentRule<TDocument, GovernanceContext>
{
    private protected GovernanceRule()
    {
    }

    /// <summary>Starts an evaluation with the context's severity overrides.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The evaluation.</returns>
    private protected RuleEvaluation Begin(GovernanceContext context) => new(Descriptor, context.SeverityOverrides);
}
