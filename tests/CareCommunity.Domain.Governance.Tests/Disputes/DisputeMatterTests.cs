using CareCommunity.Domain.Governance.Disputes;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeMatterTests
{
    [Theory]
    [InlineData(DisputeMatterKind.PartnershipBoardDecision, true)]
    [InlineData(DisputeMatterKind.OtherPartnershipDecision, true)]
    [InlineData(DisputeMatterKind.CapitalOrTransformationFunding, false)]
    [InlineData(DisputeMatterKind.DelegatedToCollaborativeForum, false)]
    [InlineData(DisputeMatterKind.IndividualOrganisationDecision, false)]
    public void IsWithinTheProcess_OnlyForBoardAndOtherPartnershipDecisions(DisputeMatterKind kind, bool within) =>
        Assert.Equal(within, DisputeMatter.Create(kind, "Matter").IsWithinTheProcess);

    [Fact]
    public void Create_TrimsTheDescription_AndRejectsBlankOrUndefined()
    {
        Assert.Equal("Matter", DisputeMatter.Create(DisputeMatterKind.PartnershipBoardDecision, "  Matter ").Description);
        Assert.ThrowsAny<ArgumentException>(() => DisputeMatter.Create(DisputeMatterKind.PartnershipBoardDecision, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisputeMatter.Create((DisputeMatterKind)99, "Matter"));
    }
}
