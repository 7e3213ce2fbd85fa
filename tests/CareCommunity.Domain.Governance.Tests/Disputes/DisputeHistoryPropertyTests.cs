using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

/// <summary>The invariants of a dispute's history: the status at an instant depends only on the events dated at or
/// before it, and any sequence of events is accepted or rejected with a reason, never a crash.</summary>
public sealed class DisputeHistoryPropertyTests
{
    private static readonly Instant Start = London(2026, 1, 5);

    private static readonly OrganisationId[] Pool = [CheshireEastCouncil, CheshireCcg, Halton, Knowsley, AlderHey, MerseyCare, Wirral, Sefton];

    private static readonly DisputeOptions[] AllOptions =
    [
        DisputeOptions.Default,
        DisputeOptions.Default with { StageThreeTrigger = StageThreeTrigger.PartnershipBoard, EarlyReferral = EarlyReferral.NotBeforeWindowEnds },
        DisputeOptions.Default with { StageThreeTrigger = StageThreeTrigger.Either, WindowReading = WindowReading.ElapsedDuration, WindowStart = WindowStart.DisputeRaised },
    ];

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property StatusAt_DependsOnlyOnTheEventsAtOrBeforeTheInstant() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 9999))), Arb.From(Gen.Choose(0, 2)), Arb.From(Gen.Choose(-5 * 24, 400 * 24)), (choices, o, hours) =>
        {
            var options = AllOptions[o];
            var full = Walk([.. choices], options);
            var t = Start + Duration.FromHours(hours);
            var prefix = History(full.Events.Where(e => e.At <= t), options);
            var a = full.StatusAt(t);
            var b = prefix.StatusAt(t);
            return Same(a.Value, b.Value) && a.Why.Conclusion == b.Why.Conclusion;
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property AddingLaterEvents_NeverChangesTheAnswerForAnEarlierInstant() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 9999))), Arb.From(Gen.Choose(0, 2)), (choices, o) =>
        {
            var options = AllOptions[o];
            var full = Walk([.. choices], options);
            for (var n = 0; n < full.Events.Length; n++)
            {
                var shorter = History(full.Events.Take(n), options);
                var t = full.Events[n].At - Duration.FromSeconds(1);
                if (!Same(shorter.StatusAt(t).Value, full.StatusAt(t).Value))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property AnySequenceOfEvents_IsAcceptedOrRejectedWithAReason_NeverACrash() =>
        Prop.ForAll(Arb.From(Gen.ListOf(AnyEvent())), Arb.From(Gen.Choose(0, 2)), (events, o) =>
        {
            var history = DisputeHistory.Empty(AllOptions[o]);
            foreach (var e in events)
            {
                var result = history.Append(e);
                if (result.IsSuccess)
                {
                    history = result.Value;
                    continue;
                }

                var issue = Assert.Single(result.Issues);
                Assert.Equal(Severity.Error, issue.Severity);
                Assert.Equal("MOU-7", issue.Rule.ToString());
                Assert.Contains(issue.Code, DisputeResolutionRule.RuleIssueCodes());
                Assert.StartsWith($"Event {history.Events.Length} ({ModelText.Of(e.Kind)}", issue.Message, StringComparison.Ordinal);
                Assert.NotNull(history.Check(e));
            }

            foreach (var e in history.Events)
            {
                _ = history.StatusAt(e.At).Value;
            }

            return history.Events.Zip(history.Events.Skip(1)).All(p => p.First.At <= p.Second.At);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property EveryAllowedNextStep_IsAccepted() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 9999))), Arb.From(Gen.Choose(0, 2)), (choices, o) =>
        {
            var history = Walk([.. choices], AllOptions[o]);
            var last = history.Events.IsEmpty ? Start : history.Events[^1].At;
            var t = last + Duration.FromDays(40);
            return history.StatusAt(t).Value.AllowedNext.All(step => history.Check(Make(step.Event, t, choices.Count, history)) is null);
        });

    [Fact]
    public void Walk_ReachesEveryStateOfTheProcess_SoThePropertiesCoverIt()
    {
        var reached = new HashSet<DisputeState>();
        var random = new Random(2026);
        for (var seed = 0; seed < 400; seed++)
        {
            var choices = Enumerable.Range(0, 30).Select(_ => random.Next(0, 10000)).ToArray();
            foreach (var options in AllOptions)
            {
                var history = Walk(choices, options);
                foreach (var e in history.Events)
                {
                    reached.Add(history.StatusAt(e.At).Value.State);
                }
            }
        }

        Assert.Equal(Enum.GetValues<DisputeState>().Where(s => s != DisputeState.NotRaised).Order(), reached.Order());
    }

    /// <summary>A valid history: at each step, one of the allowed next events, a few hours to weeks later.</summary>
    internal static DisputeHistory Walk(int[] choices, DisputeOptions options)
    {
        var history = DisputeHistory.Empty(options);
        var t = Start;
        foreach (var c in choices)
        {
            var status = history.StatusAt(t).Value;
            if (status.AllowedNext.IsEmpty)
            {
                break;
            }

            // Resolution by agreement is open almost everywhere; take it only now and then so that walks reach stage IV.
            var open = status.AllowedNext.Where(n => n.Event != DisputeEventKind.ResolvedByAgreement || c % 7 == 0).ToArray();
            var steps = open.Length == 0 ? [.. status.AllowedNext] : open;
            var step = steps[c % steps.Length];
            t += Duration.FromHours(1 + (c % 500));
            if (step.NotBefore is { } nb && t < nb)
            {
                t = nb;
            }

            var result = history.Append(Make(step.Event, t, c, history));
            Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
            history = result.Value;
        }

        return history;
    }

    private static DisputeEvent Make(DisputeEventKind kind, Instant at, int c, DisputeHistory history)
    {
        var affected = history.Events.FirstOrDefault(e => e.Kind == DisputeEventKind.DisputeRaised)?.AffectedPartners.ToArray() ?? Affected;
        OrganisationId[] Pick(int mask, OrganisationId[] from) => [.. from.Where((_, i) => (mask & (1 << i)) != 0)];
        return kind switch
        {
            DisputeEventKind.DisputeRaised => Raised(at),
            DisputeEventKind.GoodFaithAttemptFailed => DisputeEvent.GoodFaithAttemptFailed(at),
            DisputeEventKind.PlaceOrSectorArrangementUsed => DisputeEvent.PlaceOrSectorArrangementUsed(at, "Place partnership"),
            DisputeEventKind.ReferredToPartnershipExecutive => DisputeEvent.ReferredToPartnershipExecutive(at),
            DisputeEventKind.ReferredToChiefOfficer => DisputeEvent.ReferredToChiefOfficer(at),
            DisputeEventKind.CoordinationGroupInvolved => DisputeEvent.CoordinationGroupInvolved(at),
            DisputeEventKind.CoordinationGroupVoted => Vote(at, Pick(c, Pool), c),
            DisputeEventKind.AffectedPartnersAdvisedInWriting => DisputeEvent.AffectedPartnersAdvisedInWriting(at),
            DisputeEventKind.RecommendationAccepted => DisputeEvent.RecommendationAccepted(at),
            DisputeEventKind.RecommendationRejected => DisputeEvent.RecommendationRejected(at, [affected[c % affected.Length]]),
            DisputeEventKind.PartnershipBoardCouldNotDecide => DisputeEvent.PartnershipBoardCouldNotDecide(at),
            DisputeEventKind.ReferredToIndependentFacilitator => DisputeEvent.ReferredToIndependentFacilitator(at, "Facilitator"),
            DisputeEventKind.FacilitatorCouldNotResolve => DisputeEvent.FacilitatorCouldNotResolve(at),
            DisputeEventKind.PartnershipBoardVoted => DisputeEvent.PartnershipBoardVoted(at, 1 + (c % 14), (c / 14) % (2 + (c % 14)), "Resolution"),
            DisputeEventKind.PartiesAdvisedOfBoardDecision => DisputeEvent.PartiesAdvisedOfBoardDecision(at),
            _ => DisputeEvent.ResolvedByAgreement(at, "Agreed"),
        };

        static DisputeEvent Vote(Instant at, OrganisationId[] participants, int c) =>
            DisputeEvent.CoordinationGroupVoted(at, participants, participants.Where((_, i) => ((c >> 8) & (1 << i)) != 0), "Recommendation");
    }

    private static Gen<DisputeEvent> AnyEvent() =>
        from kind in Gen.Elements(Enum.GetValues<DisputeEventKind>())
        from hours in Gen.Choose(-48, 24 * 60)
        from c in Gen.Choose(0, 1 << 16)
        from matter in Gen.Elements(Enum.GetValues<DisputeMatterKind>())
        from referrer in Gen.Elements(Pool)
        select kind == DisputeEventKind.DisputeRaised
            ? DisputeEvent.DisputeRaised(Start + Duration.FromHours(hours), DisputeMatter.Create(matter, "Matter"), Affected, referrer)
            : kind == DisputeEventKind.RecommendationRejected
                ? DisputeEvent.RecommendationRejected(Start + Duration.FromHours(hours), [referrer])
                : kind == DisputeEventKind.CoordinationGroupVoted
                    ? DisputeEvent.CoordinationGroupVoted(Start + Duration.FromHours(hours), Pool.Where((_, i) => (c & (1 << i)) != 0), Pool.Where((_, i) => ((c >> 8) & (1 << i)) != 0), "R")
                    : Make(kind, Start + Duration.FromHours(hours), c, DisputeHistory.Empty());

    private static bool Same(DisputeStatus a, DisputeStatus b) =>
        a.State == b.State && a.AsOf == b.AsOf && a.EventsConsidered == b.EventsConsidered && Equals(a.Window, b.Window) && a.LastVote == b.LastVote
        && a.Due.SequenceEqual(b.Due) && a.Overdue.SequenceEqual(b.Overdue) && a.AllowedNext.SequenceEqual(b.AllowedNext);
}
