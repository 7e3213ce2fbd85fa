using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>Why an event cannot be appended to a dispute's history.</summary>
public enum DisputeRejectionKind
{
    /// <summary>The event is dated before the last event of the history.</summary>
    OutOfTimeOrder = 0,

    /// <summary>The process does not allow the event in the dispute's current state.</summary>
    OutOfSequence = 1,

    /// <summary>The matter is not one the Memorandum's dispute resolution process applies to.</summary>
    OutsideTheProcess = 2,

    /// <summary>The event names partners inconsistently with the dispute (a referrer not affected, a vote in favour by a
    /// non-participant, a rejection by a partner not affected).</summary>
    InconsistentParties = 3,

    /// <summary>A referral to the Chief Officer before stage I's window ended, under <see cref="EarlyReferral.NotBeforeWindowEnds"/>.</summary>
    TooEarly = 4,
}

/// <summary>
/// Why an event was not appended: which event (its index in the history it would have joined), which rule, the state
/// the dispute was in and what was expected instead.
/// </summary>
/// <param name="Index">The index the event would have had.</param>
/// <param name="Event">The event.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="State">The dispute's state before the event.</param>
/// <param name="Expected">What the process expected instead.</param>
/// <param name="Source">The sentence of the Memorandum the rejection follows, if any.</param>
/// <param name="Message">The whole reason in one sentence.</param>
public sealed record DisputeRejection(int Index, DisputeEvent Event, DisputeRejectionKind Kind, DisputeState State, string Expected, SourceQuote? Source, string Message)
{
    /// <summary>The issue definition of this kind of rejection (MOU-7).</summary>
    public IssueDefinition Definition => DisputeResolutionRule.DefinitionOf(Kind);

    /// <summary>The rejection as a validation issue of MOU-7 at <c>$.events[index]</c>.</summary>
    /// <param name="severityOverrides">The user's severity overrides, if any.</param>
    /// <param name="severity">A severity that replaces the definition's default and any override (a history that
    /// rejects an event reports an error).</param>
    /// <returns>The issue.</returns>
    public ValidationIssue ToIssue(IReadOnlyDictionary<IssueCode, Severity>? severityOverrides = null, Severity? severity = null)
    {
        var definition = Definition;
        severity ??= severityOverrides is not null && severityOverrides.TryGetValue(definition.Code, out var chosen) ? chosen : definition.DefaultSeverity;
        return new ValidationIssue(severity.Value, definition.Kind, DisputeResolutionRule.RuleId, definition.Code,
            DocumentPath.Root.Property("events").Index(Index), Message, ModelText.Of(Event.Kind));
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
