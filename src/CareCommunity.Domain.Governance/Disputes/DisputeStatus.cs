using System.Collections.Immutable;
using CareCommunity.Domain.Rules;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>Something the process expects to happen: what, by when (if the Memorandum sets a time), how strongly it is
/// worded, and the sentence it comes from.</summary>
/// <param name="What">What is expected, in the Memorandum's words where it has them.</param>
/// <param name="By">The instant by which (exclusive), when there is one.</param>
/// <param name="Modality">How strongly the Memorandum words it.</param>
/// <param name="Source">The sentence.</param>
public sealed record DisputeObligation(string What, Instant? By, Modality Modality, SourceQuote Source)
{
    /// <inheritdoc />
    public override string ToString() => By is { } by ? $"{What} (by {by})" : What;
}

/// <summary>An event the process allows next, the state it leads to, its condition and the earliest instant it may
/// bear (the last event's, or the end of stage I's window when early referral is not permitted).</summary>
/// <param name="Event">The event.</param>
/// <param name="To">The state it leads to.</param>
/// <param name="Condition">When the step applies.</param>
/// <param name="NotBefore">The earliest instant the event may bear, if any.</param>
public sealed record DisputeNextStep(DisputeEventKind Event, DisputeState To, string Condition, Instant? NotBefore)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{ModelText.Of(Event)} → {ModelText.Of(To)}{(Condition.Length == 0 ? "" : $" [{Condition}]")}{(NotBefore is { } nb ? $" not before {nb}" : "")}";
}

/// <summary>
/// Where a dispute stands at an instant, computed from the events dated at or before it only: its state and stage,
/// stage I's window, the last vote, what is due, what is overdue and what may happen next.
/// </summary>
/// <param name="AsOf">The instant.</param>
/// <param name="State">The state.</param>
/// <param name="EventsConsidered">How many events are dated at or before <paramref name="AsOf"/>.</param>
/// <param name="Window">Stage I's window, once opened.</param>
/// <param name="LastVote">The last vote counted (the Co-ordination Group's or the Board's), if any.</param>
/// <param name="Due">What is expected and not yet late.</param>
/// <param name="Overdue">What is expected and late.</param>
/// <param name="AllowedNext">The events the process allows next.</param>
public sealed record DisputeStatus(
    Instant AsOf,
    DisputeState State,
    int EventsConsidered,
    StageOneWindow? Window,
    MajorityVote? LastVote,
    ImmutableArray<DisputeObligation> Due,
    ImmutableArray<DisputeObligation> Overdue,
    ImmutableArray<DisputeNextStep> AllowedNext)
{
    /// <summary>The stage of <see cref="State"/>.</summary>
    public DisputeStage Stage => DisputeProcess.StageOf(State);

    /// <summary>True when the dispute is closed.</summary>
    public bool IsClosed => DisputeProcess.IsClosed(State);

    /// <inheritdoc />
    public override string ToString() => $"{ModelText.Of(State)} ({ModelText.Of(Stage)}) at {AsOf}";
}
