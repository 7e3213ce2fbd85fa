using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// One finding of a validation: how serious it is, which rule it concerns, a stable code, where in the document it
/// is, a message a person understands and, optionally, the offending value.
/// </summary>
/// <remarks>
/// Documents may hold personal data: use <see cref="Redacted"/> (or <see cref="ValidationReport.Redact"/>) before
/// an issue leaves a trusted boundary. A redacted issue keeps everything but the value.
/// </remarks>
public sealed record ValidationIssue
{
    /// <summary>The text that stands for a redacted value.</summary>
    public const string RedactedValue = "[redacted]";

    /// <summary>Creates an issue.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="rule">The rule it concerns, or null for a purely structural problem that no model rule names.</param>
    /// <param name="code">Its stable code.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="message">A message a person understands: what, where, why.</param>
    /// <param name="offendingValue">The value at fault, as text, if any.</param>
    /// <exception cref="ArgumentException">The code is the default value or the message is blank.</exception>
    public ValidationIssue(Severity severity, IssueKind kind, RuleId? rule, IssueCode code, DocumentPath location, string message, string? offendingValue = null)
    {
        if (code.IsDefault)
        {
            throw new ArgumentException("An issue needs a code.", nameof(code));
        }

        if (rule is { IsDefault: true })
        {
            throw new ArgumentException("Pass null, not default(RuleId), for an issue that names no rule.", nameof(rule));
        }

        Guard.Against.NullOrWhiteSpace(message);
        Severity = severity;
        Kind = kind;
        Rule = rule;
        Code = code;
        Location = location;
        Message = message;
        OffendingValue = offendingValue;
    }

    /// <summary>How serious the issue is.</summary>
    public Severity Severity { get; }

    /// <summary>What kind of problem it is.</summary>
    public IssueKind Kind { get; }

    /// <summary>The rule it concerns, e.g. <c>CC-4</c>; null for a structural problem no model rule names.</summary>
    public RuleId? Rule { get; }

    /// <summary>The stable code.</summary>
    public IssueCode Code { get; }

    /// <summary>Where in the document it is.</summary>
    public DocumentPath Location { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The offending value as text, <see cref="RedactedValue"/> once redacted, or null.</summary>
    public string? OffendingValue { get; }

    /// <summary>True when the offending value has been redacted.</summary>
    public bool IsRedacted => OffendingValue == RedactedValue;

    /// <summary>
    /// This issue with its offending value (if any) replaced by <see cref="RedactedValue"/>: in <see cref="OffendingValue"/>,
    /// and where the message quotes it ('value').
    /// </summary>
    /// <returns>The redacted issue.</returns>
    public ValidationIssue Redacted() => OffendingValue is null or RedactedValue
        ? this
        : new(Severity, Kind, Rule, Code, Location,
            OffendingValue.Length == 0 ? Message : Message.Replace($"'{OffendingValue}'", $"'{RedactedValue}'", StringComparison.Ordinal), RedactedValue);

    /// <summary>This issue with its location anchored under <paramref name="prefix"/>.</summary>
    /// <param name="prefix">Where the element the issue was found relative to sits in the document.</param>
    /// <returns>The re-anchored issue.</returns>
    public ValidationIssue At(DocumentPath prefix) => new(Severity, Kind, Rule, Code, prefix.Append(Location), Message, OffendingValue);

    /// <summary>The issue as one line: severity, rule, code, location and message.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToUpperInvariant()} {(Rule is { } r ? r + " " : "")}[{Code}] {Location}: {Message}";
}
