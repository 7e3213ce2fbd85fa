using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// A dispute's history as documented, before any rule is checked: the lenient view MOU-7 runs on. An unreadable event
/// is a null entry at its index; events may be out of order or out of sequence, and the rule says which and why.
/// </summary>
/// <param name="Events">The events, as listed; empty by default.</param>
public sealed record DisputeHistoryDraft(ImmutableArray<DisputeEvent?> Events = default)
{
    /// <summary>The events, as listed; never default.</summary>
    public ImmutableArray<DisputeEvent?> Events { get; init => field = value.IsDefault ? [] : value; } = Events.IsDefault ? [] : Events;
}

/// <summary>What MOU-7 needs besides the history: the instant it is checked at and the options.</summary>
/// <param name="AsOf">The instant; events dated after it are errors (document integrity) and are not replayed.</param>
/// <param name="Options">The options.</param>
public sealed record DisputeContext(Instant AsOf, DisputeOptions Options)
{
    /// <summary>The options; never null.</summary>
    public DisputeOptions Options { get; init; } = Options ?? DisputeOptions.Default;
}
