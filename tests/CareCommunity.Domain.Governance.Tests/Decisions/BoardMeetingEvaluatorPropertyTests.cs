using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class BoardMeetingEvaluatorPropertyTests
{
    private static MeetingEvaluation Evaluate(BoardMeeting meeting, GovernanceOptions options) =>
        BoardMeetingEvaluator.Evaluate(meeting, null, options).Value.Value;

    private static string Fingerprint(MeetingEvaluation e) => string.Join("|", e.Outcome.Name, e.Consensus, e.Quorum.IsQuorate, e.Supporting, e.Objecting,
        e.Abstaining, e.NoPosition, e.SeventyFivePercent?.ToString() ?? "-", string.Join(",", e.EligiblePresent));

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_ValidMeetings_AlwaysGiveAnOutcome() =>
        Prop.ForAll(Arb.From(MeetingGenerators.ValidMeeting()), Arb.From(MeetingGenerators.Options()), (meeting, options) =>
            BoardMeetingEvaluator.Evaluate(meeting, null, options).IsSuccess);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_AddingASupporter_NeverTurnsACarriedDecisionIntoAFailedOne() =>
        Prop.ForAll(Arb.From(MeetingGenerators.ValidMeeting()), Arb.From(MeetingGenerators.Options()), Arb.From(Gen.Choose(0, 1000)), (meeting, options, pick) =>
        {
            var members = meeting.Board.Members;
            if (members.IsEmpty)
            {
                return true;
            }

            var chosen = members[pick % members.Length].Id;
            var positions = meeting.Positions.Where(p => p.Member != chosen).Append(new MemberPosition(chosen, Position.Support));
            var present = meeting.Present.Contains(chosen) ? meeting.Present : meeting.Present.Add(chosen);
            var more = meeting with { Present = present, Positions = [.. positions] };
            return !Evaluate(meeting, options).Outcome.IsCarried || Evaluate(more, options).Outcome.IsCarried;
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_AnIneligibleMembersPosition_NeverChangesTheOutcome() =>
        Prop.ForAll(Arb.From(MeetingGenerators.ValidMeeting()), Arb.From(MeetingGenerators.Options()), Arb.From(Gen.Elements<Position?>(null, Position.Support, Position.Object, Position.Abstain)),
            (meeting, options, stated) =>
            {
                var before = Evaluate(meeting, options);
                var ineligible = meeting.Present.Where(p => !before.Eligible.Contains(p)).ToArray();
                foreach (var member in ineligible)
                {
                    var positions = meeting.Positions.Where(p => p.Member != member);
                    var changed = meeting with { Positions = [.. stated is { } s ? positions.Append(new MemberPosition(member, s)) : positions] };
                    Assert.Equal(Fingerprint(before), Fingerprint(Evaluate(changed, options)));
                }
            });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Evaluate_ArbitraryMeetings_NeverThrow_AndGiveAnOutcomeOrErrors() =>
        Prop.ForAll(Arb.From(MeetingGenerators.ArbitraryMeeting()), Arb.From(MeetingGenerators.Options()), (meeting, options) =>
        {
            var result = BoardMeetingEvaluator.Evaluate(meeting, null, options);
            if (result.TryGetValue(out var explained))
            {
                Assert.False(string.IsNullOrWhiteSpace(explained.Value.Outcome.Name));
            }
            else
            {
                Assert.Contains(result.Issues, i => i.Severity == Severity.Error);
                Assert.All(result.Issues, i => Assert.Contains(MeetingIntegrity.All, d => d.Code == i.Code));
            }

            var context = new GovernanceContext(meeting.Date, Options: options);
            Assert.All(GovernanceRules.CheckMeeting(meeting, context), r => Assert.NotNull(r.Summary));
            if (meeting.Board is not null)
            {
                Assert.Equal(2, GovernanceRules.CheckStanding(meeting.Board, context).Length);
            }
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Evaluate_The75PercentFigures_AreExact() =>
        Prop.ForAll(Arb.From(MeetingGenerators.ValidMeeting()), Arb.From(MeetingGenerators.Options()), (meeting, options) =>
        {
            var e = Evaluate(meeting, options);
            if (e.SeventyFivePercent is not { } t)
            {
                return true;
            }

            var expectedBase = options.SeventyFivePercentBase == SeventyFivePercentBase.AllEligibleMembers ? e.Eligible.Length : e.EligiblePresent.Length;
            return t.Base == expectedBase && t.Support == e.Supporting && t.IsCarried == (t.Base > 0 && 4L * t.Support >= 3L * t.Base)
                && e.Outcome.IsT1 == t.IsCarried;
        });
}
