using System.Globalization;
using System.Text;
using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Governance;

/// <summary>
/// Writes a dispute's status at an instant (<see cref="DisputeDocument.Read(ReadOnlySpan{byte}, DisputeReadSettings?)"/>):
/// the stage and state, what is due and by when, what is overdue, the events allowed next, MOU-7's result and the
/// report; as text (<see cref="Format"/>), JSON (<see cref="Serialize"/>, <c>docs/schemas/dispute-status.schema.json</c>)
/// or a Mermaid state diagram of the process with the current state marked (<see cref="Mermaid"/>). It only reports:
/// the status comes from <see cref="DisputeHistory.StatusAt(Instant)"/>.
/// </summary>
public static class DisputeStatusWriter
{
    /// <summary>The status as its JSON contract.</summary>
    /// <param name="result">The result of reading a dispute document.</param>
    /// <returns>The contract.</returns>
    public static DisputeStatusReportContract ToContract(DisputeReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rule = new RuleResultContract(result.Rule.Rule.ToString(), RuleResult.StatusText(result.Rule.Status), result.Rule.Summary, result.Rule.Figures);
        var report = ValidationReportJson.ToContract(result.Report, result.Status?.Why);
        if (result.Status is not { } explained || result.History is not { } history)
        {
            return new DisputeStatusReportContract([], [], [], rule, report, result.DisputeId, result.At);
        }

        var s = explained.Value;
        var w = s.Window;
        return new DisputeStatusReportContract(
            [.. s.Due.Select(Obligation)],
            [.. s.Overdue.Select(Obligation)],
            [.. s.AllowedNext.Select(n => new DisputeNextStepContract(EnumText.Format(n.Event), EnumText.Format(n.To), n.Condition.Length == 0 ? null : n.Condition, n.NotBefore))],
            rule,
            report)
        {
            DisputeId = result.DisputeId,
            At = s.AsOf,
            Stage = EnumText.Format(s.Stage),
            State = EnumText.Format(s.State),
            Description = DisputeProcess.Describe(s.State),
            Closed = s.IsClosed,
            EventsConsidered = s.EventsConsidered,
            EventsLater = history.Events.Length - s.EventsConsidered,
            Window = w is null ? null : new StageOneWindowContract(w.Opened, w.Ends, w.Days, EnumText.Format(w.Reading), w.DaysElapsedAt(s.AsOf), w.HasEndedAt(s.AsOf)),
            LastVote = s.LastVote is { } v ? new MajorityVoteContract(v.InFavour, v.Base, v.Needed, v.IsMajority) : null,
            Conclusion = explained.Why.Conclusion,
        };
    }

    /// <summary>The status as indented JSON.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(DisputeReadResult result) =>
        ReadableJson.Serialize(ToContract(result), CareCommunityJsonContext.Default.DisputeStatusReportContract);

    /// <summary>The status as text: stage, window, due, overdue, next, MOU-7, then the report.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Format(DisputeReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        if (result.Status is { } explained && result.History is { } history)
        {
            var s = explained.Value;
            text.Append(CultureInfo.InvariantCulture, $"Dispute {result.DisputeId ?? "(no id)"} at {Instant(s.AsOf)}\n");
            text.Append(CultureInfo.InvariantCulture, $"Stage: {EnumText.Format(s.Stage)} ({EnumText.Format(s.State)}: {DisputeProcess.Describe(s.State)}){(s.IsClosed ? ", closed" : "")}\n");
            text.Append(CultureInfo.InvariantCulture, $"Events considered: {s.EventsConsidered} of {history.Events.Length} (the raising included)\n");
            if (s.Window is { } w)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"Stage I window: {w.Days} days ({EnumText.Format(w.Reading)}), opened {w.Format(w.Opened)}, ends {w.Format(w.Ends)}; day {w.DaysElapsedAt(s.AsOf)}{(w.HasEndedAt(s.AsOf) ? ", ended" : "")}\n");
            }

            if (s.LastVote is { } v)
            {
                text.Append(CultureInfo.InvariantCulture, $"Last vote: {v.InFavour} of {v.Base} in favour, {v.Needed} needed: {(v.IsMajority ? "a majority" : "no majority")}\n");
            }

            Obligations(text, "Due", s.Due);
            Obligations(text, "Overdue", s.Overdue);
            text.Append("Allowed next:");
            if (s.AllowedNext.IsEmpty)
            {
                text.Append(" nothing further is expected");
            }

            text.Append('\n');
            foreach (var n in s.AllowedNext)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {EnumText.Format(n.Event)} -> {EnumText.Format(n.To)}")
                    .Append(n.Condition.Length == 0 ? "" : $" [{n.Condition}]")
                    .Append(n.NotBefore is { } nb ? $", not before {Instant(nb)}" : "")
                    .Append('\n');
            }
        }
        else
        {
            text.Append("No status: the dispute document could not be read into a history the process allows, or no instant was given.\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{result.Rule.Rule} {RuleResult.StatusText(result.Rule.Status)}: {result.Rule.Summary}\n");
        text.Append('\n').Append(ValidationReportText.Format(result.Report, RuleCatalogue.Create(DisputeRules.Set)));
        return text.ToString();
    }

    /// <summary>
    /// The dispute resolution process (under the history's options) as a Mermaid <c>stateDiagram-v2</c>
    /// (<see cref="DisputeProcess.ToMermaid"/>), with the state at the instant marked <c>current</c> and the states the
    /// history passed through marked <c>visited</c>.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The diagram; the bare process when there is no status.</returns>
    public static string Mermaid(DisputeReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var diagram = new StringBuilder(DisputeProcess.ToMermaid(result.History?.Options));
        if (result.Status is { } explained && result.History is { } history && explained.Value.State != DisputeState.NotRaised)
        {
            var current = explained.Value.State;
            var replay = DisputeHistory.Empty(history.Options);
            var states = new List<DisputeState>();
            foreach (var e in history.Events.Take(explained.Value.EventsConsidered))
            {
                replay = replay.Append(e).ValueOrDefault ?? replay;
                states.Add(replay.State);
            }

            var visited = states.Where(state => state != current).Distinct().ToArray();
            diagram.Append("    classDef visited fill:#dde7f0,stroke:#4a6f8a\n");
            diagram.Append("    classDef current fill:#ffd27f,stroke:#b36b00,stroke-width:2px\n");
            if (visited.Length > 0)
            {
                diagram.Append("    class ").Append(string.Join(",", visited)).Append(" visited\n");
            }

            diagram.Append("    class ").Append(current).Append(" current\n");
        }

        return diagram.ToString();
    }

    private static void Obligations(StringBuilder text, string heading, IReadOnlyCollection<DisputeObligation> obligations)
    {
        text.Append(heading).Append(':').Append(obligations.Count == 0 ? " nothing\n" : "\n");
        foreach (var o in obligations)
        {
            text.Append("  - ").Append(o.What)
                .Append(o.By is { } by ? $", by {Instant(by)}" : "")
                .Append(CultureInfo.InvariantCulture, $" ({EnumText.Format(o.Modality)}, {o.Source.Citation.Location})\n");
        }
    }

    private static DisputeObligationContract Obligation(DisputeObligation o) =>
        new(o.What, EnumText.Format(o.Modality), new ClauseContract(o.Source.Citation.ToString(), EnumText.Format(o.Source.Modality), o.Source.Text), o.By);

    private static string Instant(Instant t) => InstantPattern.ExtendedIso.Format(t);
}
