using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.OperatingModel;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeEventTests
{
    [Fact]
    public void EveryKind_HasExactlyOneEventType()
    {
        var types = typeof(DisputeEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DisputeEvent))).ToArray();

        Assert.All(types, t => Assert.True(t.IsSealed));
        Assert.Equal(Enum.GetNames<DisputeEventKind>().Order(), types.Select(t => t.Name).Order());
    }

    [Fact]
    public void Constructors_RejectWhatIdentifiesNothing()
    {
        var at = London(2026, 3, 2);
        Assert.Throws<ArgumentException>(() => new DisputeRaised(at, BoardMatter, [], CheshireEastCouncil));
        Assert.Throws<ArgumentException>(() => new DisputeRaised(at, BoardMatter, Affected, default));
        Assert.Throws<ArgumentException>(() => new DisputeRaised(at, BoardMatter, [default(OrganisationId)], CheshireEastCouncil));
        Assert.Throws<ArgumentException>(() => new RecommendationRejected(at, []));
        Assert.ThrowsAny<ArgumentException>(() => new PartnershipBoardVoted(at, 0, 0, "R"));
        Assert.ThrowsAny<ArgumentException>(() => new PartnershipBoardVoted(at, 5, 6, "R"));
        Assert.ThrowsAny<ArgumentException>(() => new ReferredToIndependentFacilitator(at, ""));
    }

    [Fact]
    public void PartnerSets_AreSortedAndDistinct()
    {
        var raised = new DisputeRaised(London(2026, 3, 2), BoardMatter, [CheshireCcg, CheshireEastCouncil, CheshireCcg], CheshireCcg);

        Assert.Equal([CheshireEastCouncil, CheshireCcg], raised.AffectedPartners);
        Assert.Equal("disputeRaised at 2026-03-02T12:00:00Z", raised.Describe());
    }
}
