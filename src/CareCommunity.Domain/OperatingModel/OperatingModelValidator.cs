using System.Collections.Immutable;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// Checks a care community against the operating model's rules CC-1..CC-11 on a given date. The validator is the list
/// of its rules (<see cref="OperatingModelRules.All"/>): every rule runs on every document, on the lenient
/// <see cref="CareCommunityDraft"/>, so one error never hides another. Never throws for bad data. Time-dependent rules
/// use the date passed in, or a clock's date: never the system clock.
/// </summary>
public sealed class OperatingModelValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">The readings the sources leave open; <see cref="OperatingModelOptions.Default"/> when null.</param>
    /// <param name="rules">The rules to run; <see cref="OperatingModelRules.All"/> when null.</param>
    public OperatingModelValidator(OperatingModelOptions? options = null, IEnumerable<OperatingModelRule>? rules = null)
    {
        Options = options ?? OperatingModelOptions.Default;
        Rules = rules is null ? OperatingModelRules.All : [.. rules];
    }

    /// <summary>The options in force.</summary>
    public OperatingModelOptions Options { get; }

    /// <summary>The rules the validator runs, in order.</summary>
    public ImmutableArray<OperatingModelRule> Rules { get; }

    /// <summary>Validates on today's date in Europe/London, as told by the clock.</summary>
    /// <param name="community">The community.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(LocalCareCommunity community, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Validate(community, clock.GetCurrentInstant().InZone(OperatingModelOptions.London).Date);
    }

    /// <summary>Validates a built community on a date.</summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(LocalCareCommunity community, LocalDate asOf) => Check(CareCommunityDraft.Of(community), asOf).Report;

    /// <summary>Validates a draft on a date: every rule, whatever the others found.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(CareCommunityDraft draft, LocalDate asOf) => Check(draft, asOf).Report;

    /// <summary>
    /// Checks every rule on a draft and returns each rule's result (met, not met or not evaluated, with the figures it
    /// looked at and its issues) and the report of all issues, the document's integrity issues first.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <param name="asOf">The evaluation date; null skips the time-dependent checks.</param>
    /// <returns>The results and the report.</returns>
    public OperatingModelCheck Check(CareCommunityDraft draft, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var context = OperatingModelContext.For(draft, asOf, Options);
        var integrity = DocumentIntegrity.Check(draft, context);
        var results = Rules.Select(rule => rule.Check(draft, context)).ToImmutableArray();
        var report = ValidationReport.FromIssues(integrity.Concat(results.SelectMany(r => r.Issues)));
        return new OperatingModelCheck(draft, report, results);
    }

    /// <summary>
    /// Validates a built community on a date and explains the answer: for every rule CC-1..CC-11, whether it is met,
    /// not met or could not be evaluated, the figures it looked at and how many issues it raised.
    /// </summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report, with one <see cref="RuleApplication"/> per rule, in id order.</returns>
    public Explained<ValidationReport> ValidateAndExplain(LocalCareCommunity community, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(community);
        return ValidateAndExplain(CareCommunityDraft.Of(community), asOf);
    }

    /// <summary>Validates a draft on a date and explains the answer rule by rule.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report, with one <see cref="RuleApplication"/> per rule, in id order.</returns>
    public Explained<ValidationReport> ValidateAndExplain(CareCommunityDraft draft, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var check = Check(draft, asOf);
        return new Explained<ValidationReport>(check.Report, check.Explain($"{draft.Name ?? "The care community"} on {ModelText.Date(asOf)}: {check.Report}"));
    }

    /// <summary>The 80:20 balance of an offer (CC-9) under this validator's options, explained.</summary>
    /// <param name="offer">The offer's elements.</param>
    /// <returns>The balance and why.</returns>
    public Explained<OfferBalance> EvaluateEightyTwenty(IEnumerable<OfferElement> offer) => EightyTwentyRule.Evaluate(offer, Options);
}

/// <summary>The outcome of checking the operating model's rules on one draft.</summary>
/// <param name="Draft">The draft checked.</param>
/// <param name="Report">Every issue, the document's integrity issues first, then each rule's in rule order.</param>
/// <param name="Results">One result per rule run, in order.</param>
public sealed record OperatingModelCheck(CareCommunityDraft Draft, ValidationReport Report, ImmutableArray<RuleResult> Results)
{
    /// <summary>The ids of the rules not met (an error or a warning).</summary>
    public IEnumerable<RuleId> RulesNotMet => Results.Where(r => r.Status == RuleStatus.NotMet).Select(r => r.Rule);

    /// <summary>The check as an explanation: one <see cref="RuleApplication"/> per rule, applied when met.</summary>
    /// <param name="conclusion">The conclusion to state.</param>
    /// <returns>The explanation.</returns>
    public Explanation Explain(string conclusion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conclusion);
        return new Explanation(conclusion, [.. Results.Select(r =>
        {
            var tally = r.Issues.IsEmpty ? "no issues"
                : $"{ModelText.Count(r.Errors)} error(s), {ModelText.Count(r.Issues.Length - r.Errors)} other issue(s)";
            var status = r.Status switch
            {
                RuleStatus.Met => "Met",
                RuleStatus.NotMet => "Not met",
                _ => "Not evaluated",
            };
            return RuleApplication.Of(r.Rule, r.Status == RuleStatus.Met, $"{status}: {r.Summary} ({tally})",
                [.. r.Figures, new("status", RuleResult.StatusText(r.Status)), new("errors", ModelText.Count(r.Errors)),
                 new("otherIssues", ModelText.Count(r.Issues.Length - r.Errors))]);
        })]);
    }
}
