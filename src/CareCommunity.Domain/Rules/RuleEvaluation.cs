using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// What a rule's check writes as it runs: the issues it raises (each through its <see cref="IssueDefinition"/>, so
/// its severity follows the source's wording or the user's override) and the figures it looked at. The check ends
/// with <see cref="Finish"/>, which gives the <see cref="RuleResult"/>.
/// </summary>
/// <remarks>Mutable and not thread-safe: one evaluation per rule per document.</remarks>
public sealed class RuleEvaluation
{
    private readonly List<ValidationIssue> _issues = [];
    private readonly SortedDictionary<string, string> _figures = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<IssueCode, Severity> _overrides;
    private string? _notEvaluated;

    /// <summary>Starts the evaluation of a rule.</summary>
    /// <param name="rule">The rule being checked.</param>
    /// <param name="severityOverrides">Severities the user chose for particular issue codes; none when null.</param>
    public RuleEvaluation(Rule rule, IReadOnlyDictionary<IssueCode, Severity>? severityOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        _overrides = severityOverrides ?? ImmutableDictionary<IssueCode, Severity>.Empty;
    }

    /// <summary>The rule being checked.</summary>
    public Rule Rule { get; }

    /// <summary>The issues raised so far.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>The severity an issue of this definition gets: the user's override, else the definition's default.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The severity.</returns>
    public Severity SeverityOf(IssueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return _overrides.TryGetValue(definition.Code, out var chosen) ? chosen : definition.DefaultSeverity;
    }

    /// <summary>Raises an issue.</summary>
    /// <param name="definition">Which kind of issue; its severity follows from it.</param>
    /// <param name="location">Where in the document.</param>
    /// <param name="message">What, where and why, in the documents' spellings.</param>
    /// <param name="value">The offending value, if any.</param>
    /// <param name="severity">A severity that replaces the definition's default (for options with their own
    /// setting); a user's override of the code still wins.</param>
    public void Raise(IssueDefinition definition, DocumentPath location, string message, string? value = null, Severity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var chosen = _overrides.TryGetValue(definition.Code, out var o) ? o : severity ?? definition.DefaultSeverity;
        _issues.Add(new ValidationIssue(chosen, definition.Kind, Rule.Id, definition.Code, location, message, value));
    }

    /// <summary>Records a figure the rule looked at.</summary>
    /// <param name="name">Its name, camelCase.</param>
    /// <param name="value">Its value, as text.</param>
    public void Figure(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _figures[name] = value;
    }

    /// <summary>Records a count the rule looked at.</summary>
    /// <param name="name">Its name, camelCase.</param>
    /// <param name="value">The count.</param>
    public void Figure(string name, long value) => Figure(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Records an amount or share the rule looked at.</summary>
    /// <param name="name">Its name, camelCase.</param>
    /// <param name="value">The amount.</param>
    public void Figure(string name, decimal value) => Figure(name, value.ToString("0.####", CultureInfo.InvariantCulture));

    /// <summary>
    /// Says the rule could not be evaluated (what it looks at could not be read). Unless the rule also raised an
    /// error or warning, its status is <see cref="RuleStatus.NotEvaluated"/>.
    /// </summary>
    /// <param name="reason">Why, in one sentence.</param>
    public void CouldNotEvaluate(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _notEvaluated ??= reason;
    }

    /// <summary>Ends the check.</summary>
    /// <param name="summary">What the rule looked at and found, in one or two sentences.</param>
    /// <returns>The result: not met when an error or warning was raised, else not evaluated when
    /// <see cref="CouldNotEvaluate"/> was called, else met.</returns>
    public RuleResult Finish(string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        var broken = _issues.Exists(i => i.Severity != Severity.Information);
        var status = broken ? RuleStatus.NotMet : _notEvaluated is not null ? RuleStatus.NotEvaluated : RuleStatus.Met;
        var text = status == RuleStatus.NotEvaluated ? $"{summary} Not evaluated: {_notEvaluated}" : summary;
        return new RuleResult(Rule.Id, status, text, _figures.ToImmutableSortedDictionary(StringComparer.Ordinal), [.. _issues]);
    }
}
