using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>What the process has learned from the events replayed so far: the raising event, stage I's window, the
/// last votes. Immutable; <see cref="After"/> gives the facts after one more event.</summary>
internal sealed record DisputeFacts(DisputeOptions Options)
{
    public DisputeEvent? Raised { get; init; }

    public StageOneWindow? Window { get; init; }

    public DisputeEvent? LastGroupVote { get; init; }

    public DisputeEvent? LastBoardVote { get; init; }

    public ImmutableSortedSet<OrganisationId> Affected => Raised?.AffectedPartners ?? [];

    /// <summary>The Co-ordination Group's majority: of the eligible participants not affected by the matter in
    /// dispute, those in favour (004 l.1619).</summary>
    public MajorityVote CoordinationGroupVote(DisputeEvent vote)
    {
        var counted = vote.Participants.Except(Affected);
        return MajorityVote.Of(vote.InFavour.Count(counted.Contains), counted.Count);
    }

    /// <summary>The Board's majority at stage IV: of the members voting, those in favour (docs/decisions/0032).</summary>
    public static MajorityVote BoardVote(DisputeEvent vote) => MajorityVote.Of(vote.MembersInFavour, vote.MembersVoting);

    public DisputeFacts After(DisputeEvent e) => e.Kind switch
    {
        DisputeEventKind.DisputeRaised => this with
        {
            Raised = e,
            Window = Options.WindowStart == WindowStart.DisputeRaised ? StageOneWindow.Open(e.At, Options) : null,
        },
        DisputeEventKind.ReferredToPartnershipExecutive when Options.WindowStart == WindowStart.ReferralToExecutive => this with { Window = StageOneWindow.Open(e.At, Options) },
        DisputeEventKind.CoordinationGroupVoted => this with { LastGroupVote = e },
        DisputeEventKind.PartnershipBoardVoted => this with { LastBoardVote = e },
        _ => this,
    };

    /// <summary>When the events before an instant allow a referral to the Chief Officer: at once, or (with
    /// <see cref="EarlyReferral.NotBeforeWindowEnds"/>) once the window has ended.</summary>
    public Instant? ReferralNotBefore => Options.EarlyReferral == EarlyReferral.NotBeforeWindowEnds ? Window?.Ends : null;
}
