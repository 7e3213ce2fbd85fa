using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// A dispute's history (MOU-7): an append-only list of dated events, each accepted only in time order and in the
/// sequence <see cref="DisputeProcess"/> allows. Where the dispute stands at any instant depends on the events dated
/// at or before that instant only (<see cref="StatusAt(Instant)"/>).
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="Append"/> returns a new history. Events dated at the same instant
/// are taken in the order appended.</remarks>
public sealed class DisputeHistory
{
    private readonly ImmutableArray<DisputeState> _states;

    private DisputeHistory(DisputeOptions options, ImmutableArray<DisputeEvent> events, ImmutableArray<DisputeState> states, DisputeFacts facts)
    {
        Options = options;
        Events = events;
        _states = states;
        Facts = facts;
    }

    /// <summary>The options the history was checked under.</summary>
    public DisputeOptions Options { get; }

    /// <summary>The events, in the order appended (never decreasing in time).</summary>
    public ImmutableArray<DisputeEvent> Events { get; }

    /// <summary>The state after the last event.</summary>
    public DisputeState State => _states.IsEmpty ? DisputeState.NotRaised : _states[^1];

    private DisputeFacts Facts { get; }

    /// <summary>A history with no event.</summary>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The empty history.</returns>
    public static DisputeHistory Empty(DisputeOptions? options = null)
    {
        var chosen = options ?? DisputeOptions.Default;
        return new DisputeHistory(chosen, [], [], new DisputeFacts(chosen));
    }

    /// <summary>Builds a history by appending events in order; fails at the first event rejected.</summary>
    /// <param name="events">The events.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The history, or the first rejection as an error of MOU-7.</returns>
    public static Result<DisputeHistory> From(IEnumerable<DisputeEvent> events, DisputeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var history = Empty(options);
        foreach (var e in events)
        {
            var next = history.Append(e);
            if (!next.IsSuccess)
            {
                return next;
            }

            history = next.Value;
        }

        return Result<DisputeHistory>.Success(history);
    }

    /// <summary>Why <paramref name="e"/> cannot be appended, or null when it can.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The rejection, or null.</returns>
    public DisputeRejection? Check(DisputeEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Decide(e).Rejection;
    }

    /// <summary>Appends an event: accepted when it is not dated before the last event and the process allows it in the
    /// current state; otherwise rejected with which event, which rule and what was expected.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The longer history, or the rejection as an error of MOU-7.</returns>
    public Result<DisputeHistory> Append(DisputeEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (step, rejection) = Decide(e);
        return rejection is not null
            ? Result<DisputeHistory>.Failure([rejection.ToIssue(severity: Severity.Error)])
            : Result<DisputeHistory>.Success(new DisputeHistory(Options, Events.Add(e), _states.Add(step!.To), Facts.After(e)));
    }

    /// <summary>Where the dispute stands at <paramref name="t"/>, from the events dated at or before it only, explained:
    /// state and stage, what is due and by when, what is overdue, what may happen next.</summary>
    /// <param name="t">The instant.</param>
    /// <returns>The status, with the rule applications and figures behind it.</returns>
    public Explained<DisputeStatus> StatusAt(Instant t)
    {
        var count = 0;
        while (count < Events.Length && Events[count].At <= t)
        {
            count++;
        }

        var facts = new DisputeFacts(Options);
        for (var i = 0; i < count; i++)
        {
            facts = facts.After(Events[i]);
        }

        var state = count == 0 ? DisputeState.NotRaised : _states[count - 1];
        var last = count == 0 ? (Instant?)null : Events[count - 1].At;
        var (due, overdue) = Obligations(state, facts, t);
        var next = DisputeProcess.TransitionsUnder(Options).Where(s => s.From == state)
            .Select(s => new DisputeNextStep(s.Event, s.To, s.Condition, NotBefore(s.Event, last, facts)))
            .Distinct()
            .ToImmutableArray();
        // The Board votes only at stage IV, after any Co-ordination Group vote: once it has voted, its vote is the last,
        // also when the dispute has since closed.
        var lastVote = facts.LastBoardVote is { } b ? DisputeFacts.BoardVote(b)
            : facts.LastGroupVote is { } g ? facts.CoordinationGroupVote(g)
            : (MajorityVote?)null;
        var status = new DisputeStatus(t, state, count, facts.Window, lastVote, due, overdue, next);
        return new Explained<DisputeStatus>(status, Explain(status, facts));
    }

    /// <summary>Where the dispute stands now, by the injected clock (never the system clock directly).</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The status at <see cref="IClock.GetCurrentInstant"/>.</returns>
    public Explained<DisputeStatus> StatusAt(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return StatusAt(clock.GetCurrentInstant());
    }

    private static Instant? NotBefore(DisputeEventKind kind, Instant? last, DisputeFacts facts)
    {
        if (kind == DisputeEventKind.ReferredToChiefOfficer && facts.ReferralNotBefore is { } windowEnd)
        {
            return last is { } l && l > windowEnd ? l : windowEnd;
        }

        return last;
    }

    private (ImmutableArray<DisputeObligation> Due, ImmutableArray<DisputeObligation> Overdue) Obligations(DisputeState state, DisputeFacts facts, Instant t)
    {
        var due = ImmutableArray.CreateBuilder<DisputeObligation>();
        var overdue = ImmutableArray.CreateBuilder<DisputeObligation>();
        switch (state)
        {
            case DisputeState.GoodFaith:
                due.Add(new("Partners will attempt to resolve in good faith the dispute between them", null, Modality.Must, DisputeQuotes.GoodFaith));
                break;
            case DisputeState.GoodFaithFailed:
            case DisputeState.PlaceOrSectorArrangement:
                due.Add(new("where necessary, Place or sector-based arrangements will be used; the Partnership will apply the dispute resolution process to any issue which cannot otherwise be agreed",
                    null, Modality.Must, DisputeQuotes.ProcessApplies));
                break;
            case DisputeState.StageOneExecutive:
                var window = facts.Window!;
                if (window.HasEndedAt(t))
                {
                    overdue.Add(new("the Executive has not resolved the dispute within the window: the dispute should be referred to Partnership Chief Officer",
                        window.Ends, Modality.Should, DisputeQuotes.StageOne));
                }
                else
                {
                    due.Add(new("the Partnership Executive will seek to resolve the dispute to the mutual satisfaction of each of the affected parties within the window",
                        window.Ends, Modality.Must, DisputeQuotes.StageOne));
                }

                break;
            case DisputeState.StageTwoChiefOfficer:
                due.Add(new("the Partnership Chief Officer will, likely, involve the Partnership Coordination Group", null, Modality.May, DisputeQuotes.StageOne));
                break;
            case DisputeState.StageTwoCoordinationGroup:
                due.Add(new("the Co-ordination Group will consider the issues and, where necessary, make a recommendation based upon a majority decision",
                    null, Modality.Must, DisputeQuotes.StageTwo));
                break;
            case DisputeState.StageTwoNoMajority:
                due.Add(Options.StageThreeTrigger == StageThreeTrigger.PartnershipBoard
                    ? new("no majority of those not affected: the Co-ordination Group has made no recommendation yet", null, Modality.Must, DisputeQuotes.StageTwo)
                    : new("the Co-ordination Group cannot come to a decision: it will be referred to an independent facilitator selected by Partnership's Chief Officer",
                        null, Modality.Must, DisputeQuotes.StageThree));
                break;
            case DisputeState.StageTwoRecommended:
                due.Add(new("The Partnership Executive will advise the affected Partners of its decision in writing", null, Modality.Must, DisputeQuotes.StageTwoAdvice));
                break;
            case DisputeState.StageTwoAdvised:
                due.Add(new("the affected parties accept the decision or do not", null, Modality.Must, DisputeQuotes.StageThree));
                break;
            case DisputeState.StageTwoNotAccepted:
            case DisputeState.StageTwoBoardNoDecision:
                due.Add(new("it will be referred to an independent facilitator selected by Partnership's Chief Officer", null, Modality.Must, DisputeQuotes.StageThree));
                break;
            case DisputeState.StageThreeFacilitator:
                due.Add(new("The facilitator will work with the Partners to resolve the dispute in accordance with the terms of this Memorandum", null, Modality.Must, DisputeQuotes.StageThree));
                break;
            case DisputeState.StageFourBoard:
            case DisputeState.StageFourNoMajority:
                due.Add(new("the Partnership Board's final resolution based upon majority decision", null, Modality.Must, DisputeQuotes.StageFour));
                break;
            case DisputeState.StageFourDecided:
                due.Add(new("the Partnership Board will advise the parties of its decision", null, Modality.Must, DisputeQuotes.StageFour));
                break;
            default:
                break;
        }

        return (due.ToImmutable(), overdue.ToImmutable());
    }

    private Explanation Explain(DisputeStatus status, DisputeFacts facts)
    {
        var rules = ImmutableArray.CreateBuilder<RuleApplication>();
        var after = Events.Length - status.EventsConsidered;
        rules.Add(RuleApplication.Of(DisputeResolutionRule.RuleId, status.State != DisputeState.NotRaised,
            $"{status.EventsConsidered} event(s) dated at or before {status.AsOf} replayed through the process; {after} later event(s) not considered; state: {DisputeProcess.Describe(status.State)}",
            new KeyValuePair<string, string>("eventsConsidered", status.EventsConsidered.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("eventsLater", after.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>("state", ModelText.Of(status.State)),
            new KeyValuePair<string, string>("stage", ModelText.Of(status.Stage))));
        if (facts.Raised is { Matter: { } matter } raised)
        {
            rules.Add(RuleApplication.Of(DisputeResolutionRule.RuleId, matter.IsWithinTheProcess, matter.ScopeReason,
                new KeyValuePair<string, string>("matter", ModelText.Of(matter.Kind)),
                new KeyValuePair<string, string>("affectedPartners", string.Join(",", raised.AffectedPartners))));
        }

        if (facts.Window is { } window && status.State is DisputeState.StageOneExecutive or DisputeState.GoodFaith or DisputeState.GoodFaithFailed or DisputeState.PlaceOrSectorArrangement)
        {
            rules.AddRange(window.ExplainAt(status.AsOf).Why.Rules);
        }

        if (status.LastVote is { } vote)
        {
            var who = status.Stage == DisputeStage.StageIV ? "the Partnership Board's members voting" : "the eligible Partners participating who are not affected by the matter in dispute";
            rules.Add(RuleApplication.Of(DisputeResolutionRule.RuleId, vote.IsMajority,
                $"majority decision: {vote} of {who}; a majority is more than half, a tie is not",
                vote.Figures("vote")));
        }

        var conclusion = $"On {status.AsOf}: {DisputeProcess.Describe(status.State)} ({ModelText.Of(status.Stage)})."
            + (status.Due.IsEmpty ? "" : " Due: " + string.Join("; ", status.Due) + ".")
            + (status.Overdue.IsEmpty ? "" : " Overdue: " + string.Join("; ", status.Overdue) + ".")
            + (status.AllowedNext.IsEmpty ? " Nothing further is expected." : " Next: " + string.Join(", ", status.AllowedNext.Select(n => ModelText.Of(n.Event)).Distinct()) + ".");
        return new Explanation(conclusion, rules.ToImmutable());
    }

    private (DisputeTransition? Step, DisputeRejection? Rejection) Decide(DisputeEvent e)
    {
        var index = Events.Length;
        var state = State;
        if (!Events.IsEmpty && e.At < Events[^1].At)
        {
            var lastEvent = Events[^1];
            return (null, new DisputeRejection(index, e, DisputeRejectionKind.OutOfTimeOrder, state,
                $"an event dated at or after {lastEvent.At}", null,
                $"Event {index} ({ModelText.Of(e.Kind)} at {e.At}) is dated before event {index - 1} ({ModelText.Of(lastEvent.Kind)} at {lastEvent.At}): a dispute's history is appended in time order (MOU-7)."));
        }

        var candidates = DisputeProcess.TransitionsUnder(Options).Where(t => t.From == state).ToArray();
        var matching = candidates.Where(t => t.Event == e.Kind).ToArray();
        if (matching.Length == 0)
        {
            var expected = candidates.Length == 0 ? "no further event (the dispute is closed)" : "one of " + string.Join(", ", candidates.Select(c => ModelText.Of(c.Event)).Distinct());
            var source = candidates.Length == 0 ? null : candidates[0].Source;
            return (null, new DisputeRejection(index, e, DisputeRejectionKind.OutOfSequence, state, expected, source,
                $"Event {index} ({ModelText.Of(e.Kind)} at {e.At}) is out of sequence: the dispute is at '{DisputeProcess.Describe(state)}' ({ModelText.Of(DisputeProcess.StageOf(state))}), where MOU-7 expects {expected}"
                + (source is null ? "." : $" ({source.Citation}).")));
        }

        var content = CheckContent(index, e, state);
        if (content is not null)
        {
            return (null, content);
        }

        return (matching.First(t => t.Selects(Facts, e)), null);
    }

    private DisputeRejection? CheckContent(int index, DisputeEvent e, DisputeState state)
    {
        string Name() => $"Event {index} ({ModelText.Of(e.Kind)} at {e.At})";
        switch (e.Kind)
        {
            case DisputeEventKind.DisputeRaised when !e.Matter!.IsWithinTheProcess:
                return new DisputeRejection(index, e, DisputeRejectionKind.OutsideTheProcess, state,
                    "a dispute about a Partnership Board or other Partnership-related decision", e.Matter.Kind == DisputeMatterKind.DelegatedToCollaborativeForum ? DisputeQuotes.DelegatedDisputes : DisputeQuotes.ReferredByAffected,
                    $"{Name()} raises a dispute outside the Memorandum's dispute resolution process: {e.Matter.ScopeReason}.");
            case DisputeEventKind.DisputeRaised when !e.AffectedPartners.Contains(e.ReferredBy!.Value):
                return new DisputeRejection(index, e, DisputeRejectionKind.InconsistentParties, state,
                    "a referral by one of the affected Partners", DisputeQuotes.ReferredByAffected,
                    $"{Name()} is referred by '{e.ReferredBy}', who is not among the affected partners ({string.Join(", ", e.AffectedPartners)}): it may be referred to the dispute resolution procedure by any of the affected Partners ({DisputeQuotes.ReferredByAffected.Citation}).");
            case DisputeEventKind.CoordinationGroupVoted when !e.InFavour.IsSubsetOf(e.Participants):
                return new DisputeRejection(index, e, DisputeRejectionKind.InconsistentParties, state,
                    "votes in favour from partners participating in the meeting", DisputeQuotes.StageTwo,
                    $"{Name()} counts in favour partners who did not participate in the meeting ({string.Join(", ", e.InFavour.Except(e.Participants))}); the majority is of eligible Partners participating in the meeting ({DisputeQuotes.StageTwo.Citation}).");
            case DisputeEventKind.RecommendationRejected when !e.RejectedBy.IsSubsetOf(Facts.Affected):
                return new DisputeRejection(index, e, DisputeRejectionKind.InconsistentParties, state,
                    "a rejection by affected partners", DisputeQuotes.StageThree,
                    $"{Name()} is a rejection by partners not affected by the dispute ({string.Join(", ", e.RejectedBy.Except(Facts.Affected))}); only the parties accept or do not accept the decision ({DisputeQuotes.StageThree.Citation}).");
            case DisputeEventKind.ReferredToChiefOfficer when Facts.ReferralNotBefore is { } notBefore && e.At < notBefore:
                var w = Facts.Window!;
                return new DisputeRejection(index, e, DisputeRejectionKind.TooEarly, state,
                    $"a referral at or after {w.Format(notBefore)}", DisputeQuotes.StageOne,
                    $"{Name()} comes {w.DaysElapsedAt(e.At)} day(s) into stage I, before its {w.Days} days end at {w.Format(notBefore)}: with EarlyReferral.NotBeforeWindowEnds only a dispute the Executive cannot resolve within 30 days is referred ({DisputeQuotes.StageOne.Citation}).");
            default:
                return null;
        }
    }
}
