using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// The outcome of checking one rule on one document: met, not met or not evaluated, a one-sentence summary, the
/// figures the rule looked at, and the issues it raised. Every rule runs on every document, so a report carries one
/// result per rule and one error never hides another.
/// </summary>
/// <param name="Rule">The rule checked.</param>
/// <param name="Status">What the check concluded.</param>
/// <param name="Summary">What the rule looked at and found, in one or two sentences.</param>
/// <param name="Figures">The figures the rule looked at, by name (camelCase), in name order.</param>
/// <param name="Issues">The issues raised, in the order raised.</param>
public sealed record RuleResult(
    RuleId Rule, RuleStatus Status, string Summary, ImmutableSortedDictionary<string, string> Figures, ImmutableArray<ValidationIssue> Issues)
{
    /// <summary>The number of errors raised.</summary>
    public int Errors => Issues.Count(i => i.Severity == Severity.Error);

    /// <summary>The number of warnings raised.</summary>
    public int Warnings => Issues.Count(i => i.Severity == Severity.Warning);

    /// <summary>The number of information issues raised.</summary>
    public int Information => Issues.Count(i => i.Severity == Severity.Information);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Rule} {StatusText(Status)}: {Summary} ({Errors} error(s), {Warnings} warning(s), {Information} information)");

    /// <summary>The status as documents spell it: <c>met</c>, <c>not-met</c>, <c>not-evaluated</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The spelling.</returns>
    public static string StatusText(RuleStatus status) => status switch
    {
        RuleStatus.Met => "met",
        RuleStatus.NotMet => "not-met",
        _ => "not-evaluated",
    };
}
