using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>A meeting as listed: which forum met and on which day; either may be unreadable (null).</summary>
/// <param name="Forum">The forum, if readable.</param>
/// <param name="Date">The date, if readable.</param>
public sealed record MeetingEntry(Forum? Forum, LocalDate? Date);

/// <summary>
/// The forums' meetings as documented, before any rule is checked: the lenient view MOU-11 runs on. An unreadable
/// entry is null at its index.
/// </summary>
/// <param name="From">The first day the record covers; the cadence is checked from it.</param>
/// <param name="Meetings">The meetings, as listed; empty by default.</param>
public sealed record MeetingRecordDraft(LocalDate? From = null, ImmutableArray<MeetingEntry?> Meetings = default)
{
    /// <summary>The meetings, as listed; never default.</summary>
    public ImmutableArray<MeetingEntry?> Meetings { get; init => field = value.IsDefault ? [] : value; } = Meetings.IsDefault ? [] : Meetings;
}

/// <summary>What MOU-11 needs besides the record: the date it is checked on and the options.</summary>
/// <param name="AsOf">The last day checked; meetings after it are errors (document integrity).</param>
/// <param name="Options">The options.</param>
public sealed record MeetingCadenceContext(LocalDate AsOf, CadenceOptions Options)
{
    /// <summary>The options; never null.</summary>
    public CadenceOptions Options { get; init; } = Options ?? CadenceOptions.Default;
}
