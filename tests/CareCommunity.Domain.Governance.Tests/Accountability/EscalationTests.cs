using CareCommunity.Domain.Governance.Accountability;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Governance.Accountability.ImprovementCycleElement;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class EscalationTests
{
    private static EscalationStep Step(ImprovementCycleElement element, int day) => new(element, new LocalDate(2026, 1, 1).PlusDays(day));

    [Fact]
    public void Skips_NoneWhenTheCycleIsFollowedInOrder_ReturningToMonitoringIsNotASkip()
    {
        var steps = new[] { Step(MonitoringPerformance, 0), Step(OngoingDialogue, 10), Step(PeerReview, 20), Step(MonitoringPerformance, 30), Step(FormalActionOrIntervention, 40) };

        var explained = ImprovementCycle.Skips(steps);

        Assert.Empty(explained.Value);
        Assert.Equal("formalActionOrIntervention", explained.Why.Rules[0].Inputs["furthest"]);
    }

    [Fact]
    public void Skips_FromMonitoringStraightToRegulatoryPowers_SkipsThreeElements()
    {
        var skip = Assert.Single(ImprovementCycle.Skips([Step(MonitoringPerformance, 0), Step(RegulatoryPowers, 5)]).Value);

        Assert.Equal(1, skip.Index);
        Assert.Equal(MonitoringPerformance, skip.Furthest);
        Assert.Equal([OngoingDialogue, PeerReview, FormalActionOrIntervention], skip.Skipped.ToArray());
    }

    [Fact]
    public void Skips_StartingWithPeerReview_SkipsMonitoringAndDialogue() =>
        Assert.Equal([MonitoringPerformance, OngoingDialogue], Assert.Single(ImprovementCycle.Skips([Step(PeerReview, 0)]).Value).Skipped.ToArray());

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Skips_AreEmptyExactlyWhenNoStepGoesMoreThanOnePastTheFurthest() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 4))), elements =>
        {
            var steps = elements.Select((e, i) => Step((ImprovementCycleElement)e, i)).ToArray();
            var furthest = -1;
            var expected = 0;
            foreach (var e in elements)
            {
                expected += e > furthest + 1 ? 1 : 0;
                furthest = Math.Max(furthest, e);
            }

            var skips = ImprovementCycle.Skips(steps).Value;
            return skips.Length == expected && skips.All(s => s.Skipped.Length == (int)s.Step.Element - ((int?)s.Furthest ?? -1) - 1);
        });
}
