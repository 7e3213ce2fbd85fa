using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Tests.Applicability;

public sealed class SeatMappingTests
{
    [Theory]
    [InlineData(BoardSeat.LocalAuthorityElectedMember, ApplicabilityColumn.Councils)]
    [InlineData(BoardSeat.LocalAuthorityChiefExecutive, ApplicabilityColumn.Councils)]
    [InlineData(BoardSeat.PublicHealthDirector, ApplicabilityColumn.Councils)]
    [InlineData(BoardSeat.NhsCommissioningClinicalChair, ApplicabilityColumn.Ccgs)]
    [InlineData(BoardSeat.NhsCommissioningAccountableOfficer, ApplicabilityColumn.Ccgs)]
    [InlineData(BoardSeat.PrimaryCare, ApplicabilityColumn.OtherPartners)]
    [InlineData(BoardSeat.VoluntarySector, ApplicabilityColumn.OtherPartners)]
    [InlineData(BoardSeat.Lay, ApplicabilityColumn.OtherPartners)]
    [InlineData(BoardSeat.PartnershipExecutive, ApplicabilityColumn.OtherPartners)]
    [InlineData(BoardSeat.PartnershipChair, ApplicabilityColumn.OtherPartners)]
    public void Default_MapsEverySeat_AsDecision0023Says(BoardSeat seat, ApplicabilityColumn column) =>
        Assert.Equal(column, SeatMapping.Default.ColumnOf(seat));

    [Fact]
    public void With_ChangesOneSeat_AndAMembersOwnColumnWins()
    {
        var mapping = SeatMapping.Default.With(BoardSeat.PartnershipExecutive, ApplicabilityColumn.NhsProviders).With(BoardSeat.Lay, null);

        Assert.Equal(ApplicabilityColumn.NhsProviders, mapping.ColumnOf(BoardSeat.PartnershipExecutive));
        Assert.Null(mapping.ColumnOf(BoardSeat.Lay));
        Assert.NotEqual(SeatMapping.Default, mapping);
        Assert.Equal(SeatMapping.Default, SeatMapping.Default.With(BoardSeat.Lay, ApplicabilityColumn.OtherPartners));
        var member = new BoardMember(PersonId.Create("lay-1"), "Lay", BoardSeat.Lay, Column: ApplicabilityColumn.Healthwatch);
        Assert.Equal(ApplicabilityColumn.Healthwatch, mapping.ColumnOf(member));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapping.With((BoardSeat)42, null));
    }
}
