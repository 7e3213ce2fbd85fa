using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Board;

/// <summary>A member of the Partnership Board: a person in a seat, with the organisation they come from where there is one.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Name">Their name or role title.</param>
/// <param name="Seat">The Annex 6 seat they hold.</param>
/// <param name="Organisation">The partner organisation they come from (a Council, a CCG, …), or null (lay members).</param>
/// <param name="SubRegion">The sub-region a local-authority representative covers (Annex 6, "covering Merseyside and
/// Cheshire"); null for other seats.</param>
/// <param name="Column">The Annex 1 column this member is eligible under, overriding the <see cref="SeatMapping"/>; null to
/// use the mapping.</param>
public sealed record BoardMember(PersonId Id, string Name, BoardSeat Seat, OrganisationId? Organisation = null, SubRegion? SubRegion = null,
    ApplicabilityColumn? Column = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id}, {ModelText.Of(Seat)})";
}
