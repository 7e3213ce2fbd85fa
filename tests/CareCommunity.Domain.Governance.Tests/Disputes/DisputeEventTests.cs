using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.OperatingModel;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeEventTests
{
    [Fact]
    public void EveryKind_HasExactlyOneFactory_NamedAfterIt_ThatMakesThatKind()
    {
        var factories = typeof(DisputeEvent).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(DisputeEvent)).ToArray();

        Assert.Equal(Enum.GetNames<DisputeEventKind>().Order(), factories.Select(m => m.Name).Order());
        Assert.Equal(DisputeEventKind.PartnershipBoardVoted, DisputeEvent.PartnershipBoardVoted(London(2026, 3, 2), 3, 2, "R").Kind);
        Assert.Equal("Place partnership", DisputeEvent.PlaceOrSectorArrangementUsed(London(2026, 3, 2), " Place partnership ").Text);
    }

    [Fact]
    public void Constructors_RejectWhatIdentifiesNothing()
    {
        var at = London(2026, 3, 2);
        Assert.Throws<ArgumentException>(() => DisputeEvent.DisputeRaised(at, BoardMatter, [], CheshireEastCouncil));
        Assert.Throws<ArgumentException>(() => DisputeEvent.DisputeRaised(at, BoardMatter, Affected, default));
        Assert.Throws<ArgumentException>(() => DisputeEvent.DisputeRaised(at, BoardMatter, [default(OrganisationId)], CheshireEastCouncil));
        Assert.Throws<ArgumentException>(() => DisputeEvent.RecommendationRejected(at, []));
        Assert.ThrowsAny<ArgumentException>(() => DisputeEvent.PartnershipBoardVoted(at, 0, 0, "R"));
        Assert.ThrowsAny<ArgumentException>(() => DisputeEvent.PartnershipBoardVoted(at, 5, 6, "R"));
        Assert.ThrowsAny<ArgumentException>(() => DisputeEvent.ReferredToIndependentFacilitator(at, ""));
    }

    [Fact]
    public void PartnerSets_AreSortedAndDistinct()
    {
        var raised = DisputeEvent.DisputeRaised(London(2026, 3, 2), BoardMatter, [CheshireCcg, CheshireEastCouncil, CheshireCcg], CheshireCcg);

        Assert.Equal([CheshireEastCouncil, CheshireCcg], raised.AffectedPartners);
        Assert.Equal("disputeRaised at 2026-03-02T12:00:00Z", raised.Describe());
    }
}
