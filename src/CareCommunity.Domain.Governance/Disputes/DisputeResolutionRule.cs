using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// MOU-7: disputes are resolved in good faith first, then where necessary through Place or sector arrangements, then
/// by the four key stages of Annex 4 (004 l.1298-1302, l.1616-1624): the Partnership Executive within 30 days, the
/// Chief Officer and the Co-ordination Group by a majority of those not affected, an independent facilitator, and the
/// Partnership Board's final resolution by majority. The check replays a history's events through
/// <see cref="DisputeProcess"/> and reports every event the process rejects and every overdue step.
/// </summary>
public sealed class DisputeResolutionRule : DocumentRule<DisputeHistoryDraft, DisputeContext>
{
    /// <summary>The rule's id, MOU-7.</summary>
    public static RuleId RuleId { get; } = RuleId.Parse("MOU-7");

    /// <summary>An event dated before the event listed before it.</summary>
    public static IssueDefinition OutOfTimeOrder { get; } = new(IssueCode.Create("dispute.event-out-of-order"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An event is dated before the event listed before it; a dispute's history is kept in time order.");

    /// <summary>An event the process does not allow in the dispute's state.</summary>
    public static IssueDefinition OutOfSequence { get; } = new(IssueCode.Create("dispute.event-out-of-sequence"), IssueKind.BusinessRule, Modality.Must,
        "An event comes out of the sequence of the dispute resolution process (e.g. a facilitator before the Co-ordination Group).");

    /// <summary>A dispute about a matter the process does not apply to.</summary>
    public static IssueDefinition OutsideTheProcess { get; } = new(IssueCode.Create("dispute.matter-outside-process"), IssueKind.BusinessRule, Modality.Must,
        "The dispute is about capital or transformation funding, a delegated decision or an individual organisation's decision, which the Memorandum's process does not resolve.");

    /// <summary>Partners named inconsistently with the dispute.</summary>
    public static IssueDefinition InconsistentParties { get; } = new(IssueCode.Create("dispute.inconsistent-parties"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An event names partners inconsistently with the dispute: a referrer not affected, a vote in favour by a non-participant, a rejection by a partner not affected.");

    /// <summary>A referral before the window ended, under the literal reading.</summary>
    public static IssueDefinition ReferralBeforeWindowEnds { get; } = new(IssueCode.Create("dispute.referral-before-window-ends"), IssueKind.BusinessRule, Modality.LibraryReading,
        "With EarlyReferral.NotBeforeWindowEnds, the dispute is referred to the Chief Officer before stage I's 30 days end (the library's literal reading of \"cannot resolve ... within 30 days\").");

    /// <summary>Stage I's window ended without referral.</summary>
    public static IssueDefinition ReferralOverdue { get; } = new(IssueCode.Create("dispute.referral-overdue"), IssueKind.BusinessRule, Modality.Should,
        "The Executive has not resolved the dispute within 30 days and it has not been referred to the Partnership Chief Officer.");

    /// <summary>An unreadable event or one dated after the evaluation instant.</summary>
    public static IssueDefinition UnreadableEvent { get; } = new(IssueCode.Create("dispute.event-unreadable"), IssueKind.Structure, Modality.DocumentIntegrity,
        "An event could not be read, or is dated after the instant the history is checked at.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId, "Dispute resolution",
        "Partners attempt to resolve disputes in good faith, using Place or sector-based arrangements where necessary; what cannot otherwise be agreed "
        + "goes through the dispute resolution process: I. the Partnership Executive (30 days, then it should be referred to the Partnership Chief Officer); "
        + "II. the Co-ordination Group, where necessary, recommends by a majority of the eligible participating partners not affected, and the Executive advises "
        + "the affected Partners in writing; III. if the parties do not accept, or no decision is reached, an independent facilitator selected by the Chief Officer; "
        + "IV. final resolution by the Partnership Board by majority decision.",
        DisputeQuotes.All,
        [OutOfTimeOrder, OutOfSequence, OutsideTheProcess, InconsistentParties, ReferralBeforeWindowEnds, ReferralOverdue, UnreadableEvent],
        [
            new RuleOption("DisputeOptions.TimeZone", "", "Europe/London", "The time zone the 30 days are counted in (NodaTime tzdb); docs/decisions/0030."),
            new RuleOption("DisputeOptions.WindowDays", "", "30", "The days of stage I; the Memorandum says 30."),
            new RuleOption("DisputeOptions.WindowReading", "", "end-of-last-calendar-day",
                "end-of-last-calendar-day: the window ends at the end of the 30th calendar day after the day it opened; opening-day-counts-as-day-one; elapsed-duration: 30 × 24 hours (docs/decisions/0030)."),
            new RuleOption("DisputeOptions.WindowStart", "", "referral-to-executive", "The 30 days run from the referral to the Executive (stage I), or from the raising of the dispute."),
            new RuleOption("DisputeOptions.EarlyReferral", "", "permitted", "permitted: the 30 days are a maximum; not-before-window-ends: the literal condition, an earlier referral is rejected."),
            new RuleOption("DisputeOptions.StageThreeTrigger", "", "coordination-group",
                "Which body's failure to decide opens stage III: \"Board cannot come to a decision\" read as the Co-ordination Group (default), the Partnership Board as written, or either (docs/decisions/0031)."),
        ]);

    /// <summary>The issue definition of a kind of rejection.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its definition.</returns>
    public static IssueDefinition DefinitionOf(DisputeRejectionKind kind) => kind switch
    {
        DisputeRejectionKind.OutOfTimeOrder => OutOfTimeOrder,
        DisputeRejectionKind.OutOfSequence => OutOfSequence,
        DisputeRejectionKind.OutsideTheProcess => OutsideTheProcess,
        DisputeRejectionKind.InconsistentParties => InconsistentParties,
        _ => ReferralBeforeWindowEnds,
    };

    /// <summary>The codes of every issue MOU-7 raises.</summary>
    /// <returns>The codes, in the order defined.</returns>
    public static IReadOnlyList<IssueCode> RuleIssueCodes() =>
        [OutOfTimeOrder.Code, OutOfSequence.Code, OutsideTheProcess.Code, InconsistentParties.Code, ReferralBeforeWindowEnds.Code, ReferralOverdue.Code, UnreadableEvent.Code];

    /// <inheritdoc />
    public override RuleResult Check(DisputeHistoryDraft document, DisputeContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = new RuleEvaluation(Descriptor, context.Options.SeverityOverrides);
        var history = DisputeHistory.Empty(context.Options);
        var rejected = 0;
        for (var i = 0; i < document.Events.Length; i++)
        {
            var path = DocumentPath.Root.Property("events").Index(i);
            if (document.Events[i] is not { } ev)
            {
                e.Raise(UnreadableEvent, path, string.Create(CultureInfo.InvariantCulture, $"Event {i} could not be read; it is left out of the replay (MOU-7)."));
                e.CouldNotEvaluate("some events could not be read.");
                rejected++;
                continue;
            }

            if (ev.At > context.AsOf)
            {
                e.Raise(UnreadableEvent, path, string.Create(CultureInfo.InvariantCulture, $"Event {i} ({ModelText.Of(ev.Kind)}) is dated {ev.At}, after the instant the history is checked at ({context.AsOf}); it is left out of the replay (MOU-7)."),
                    ev.At.ToString());
                rejected++;
                continue;
            }

            var rejection = history.Check(ev);
            if (rejection is not null)
            {
                var definition = rejection.Definition;
                e.Raise(definition, path, rejection.Message + " The event is left out of the replay.", ModelText.Of(ev.Kind));
                rejected++;
                continue;
            }

            history = history.Append(ev).Value;
        }

        var status = history.StatusAt(context.AsOf).Value;
        foreach (var late in status.Overdue)
        {
            e.Raise(ReferralOverdue, DocumentPath.Root.Property("events"),
                $"On {status.Window!.Format(context.AsOf)}, {status.Window.DaysElapsedAt(context.AsOf)} day(s) into stage I: {late.What}; the window ended {status.Window.Format(status.Window.Ends)} (MOU-7, {late.Source.Citation}).");
        }

        e.Figure("eventsListed", document.Events.Length);
        e.Figure("eventsAccepted", history.Events.Length);
        e.Figure("eventsRejected", rejected);
        e.Figure("state", ModelText.Of(status.State));
        e.Figure("stage", ModelText.Of(status.Stage));
        e.Figure("asOf", context.AsOf.ToString());
        if (status.Window is { } window)
        {
            e.Figure("windowEnds", window.Format(window.Ends));
            e.Figure("daysElapsed", window.DaysElapsedAt(context.AsOf));
        }

        if (status.LastVote is { } vote)
        {
            e.Figure("voteInFavour", vote.InFavour);
            e.Figure("voteBase", vote.Base);
            e.Figure("voteMajority", vote.IsMajority ? "true" : "false");
        }

        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"{history.Events.Length} of {document.Events.Length} event(s) replayed; on {context.AsOf} the dispute is at '{DisputeProcess.Describe(status.State)}' ({ModelText.Of(status.Stage)})."));
    }
}
