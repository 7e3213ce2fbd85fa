using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// Collects issues while a validator walks a document, then produces a <see cref="ValidationReport"/>.
/// Validators of every package use it; it is the one mutable type of the kernel and is not thread-safe.
/// </summary>
public sealed class IssueCollector
{
    private readonly List<ValidationIssue> _issues = [];

    /// <summary>The issues collected so far.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>True when an error has been collected.</summary>
    public bool HasErrors => _issues.Exists(i => i.Severity == Severity.Error);

    /// <summary>Adds an issue.</summary>
    /// <param name="issue">The issue.</param>
    public void Add(ValidationIssue issue)
    {
        Guard.Against.Null(issue);
        _issues.Add(issue);
    }

    /// <summary>Adds issues, anchored under a prefix.</summary>
    /// <param name="issues">Issues whose locations are relative to <paramref name="prefix"/>.</param>
    /// <param name="prefix">Where they sit in the document.</param>
    public void AddRange(IEnumerable<ValidationIssue> issues, DocumentPath prefix = default)
    {
        Guard.Against.Null(issues);
        _issues.AddRange(issues.Select(i => i.At(prefix)));
    }

    /// <summary>Adds an error.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="rule">The rule broken, or null.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="location">Where.</param>
    /// <param name="message">What, where and why.</param>
    /// <param name="value">The offending value, if any.</param>
    public void Error(IssueKind kind, RuleId? rule, IssueCode code, DocumentPath location, string message, string? value = null) =>
        Add(new ValidationIssue(Severity.Error, kind, rule, code, location, message, value));

    /// <summary>Adds a warning.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="rule">The rule concerned, or null.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="location">Where.</param>
    /// <param name="message">What, where and why.</param>
    /// <param name="value">The offending value, if any.</param>
    public void Warning(IssueKind kind, RuleId? rule, IssueCode code, DocumentPath location, string message, string? value = null) =>
        Add(new ValidationIssue(Severity.Warning, kind, rule, code, location, message, value));

    /// <summary>Adds an issue for information.</summary>
    /// <param name="kind">What kind of finding it is.</param>
    /// <param name="rule">The rule concerned, or null.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="location">Where.</param>
    /// <param name="message">The finding.</param>
    /// <param name="value">The value concerned, if any.</param>
    public void Information(IssueKind kind, RuleId? rule, IssueCode code, DocumentPath location, string message, string? value = null) =>
        Add(new ValidationIssue(Severity.Information, kind, rule, code, location, message, value));

    /// <summary>The report of everything collected.</summary>
    /// <returns>The report.</returns>
    public ValidationReport ToReport() => ValidationReport.FromIssues(_issues);
}
