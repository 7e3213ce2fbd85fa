using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Board;

namespace CareCommunity.Domain.Governance.Applicability;

/// <summary>
/// Which Annex 1 column each Board seat counts under. Annex 6's seats "map onto no column plainly": the mapping is
/// the library's reading, a parameter (docs/decisions/0023). <see cref="Default"/>: local-authority members and the
/// public health director under Councils; NHS commissioning members under CCGs; primary care, the voluntary sector,
/// lay members, Partnership Executive members and the Chair under "Other partners". A seat mapped to no column is
/// eligible on nothing. A member's own <see cref="BoardMember.Column"/> overrides the mapping.
/// </summary>
/// <remarks>Immutable. Every seat has an entry (a column or none).</remarks>
public sealed record SeatMapping
{
    private readonly ImmutableDictionary<BoardSeat, ApplicabilityColumn?> _columns;

    private SeatMapping(ImmutableDictionary<BoardSeat, ApplicabilityColumn?> columns) => _columns = columns;

    /// <summary>The library's default reading (docs/decisions/0023).</summary>
    public static SeatMapping Default { get; } = new(new Dictionary<BoardSeat, ApplicabilityColumn?>
    {
        [BoardSeat.LocalAuthorityElectedMember] = ApplicabilityColumn.Councils,
        [BoardSeat.LocalAuthorityChiefExecutive] = ApplicabilityColumn.Councils,
        [BoardSeat.NhsCommissioningClinicalChair] = ApplicabilityColumn.Ccgs,
        [BoardSeat.NhsCommissioningAccountableOfficer] = ApplicabilityColumn.Ccgs,
        [BoardSeat.PrimaryCare] = ApplicabilityColumn.OtherPartners,
        [BoardSeat.PublicHealthDirector] = ApplicabilityColumn.Councils,
        [BoardSeat.VoluntarySector] = ApplicabilityColumn.OtherPartners,
        [BoardSeat.Lay] = ApplicabilityColumn.OtherPartners,
        [BoardSeat.PartnershipExecutive] = ApplicabilityColumn.OtherPartners,
        [BoardSeat.PartnershipChair] = ApplicabilityColumn.OtherPartners,
    }.ToImmutableDictionary());

    /// <summary>The column of a seat, or null when the seat is eligible on nothing.</summary>
    /// <param name="seat">The seat.</param>
    /// <returns>The column or null.</returns>
    public ApplicabilityColumn? ColumnOf(BoardSeat seat) => _columns.GetValueOrDefault(seat);

    /// <summary>The column a member is eligible under: their own <see cref="BoardMember.Column"/>, else their seat's.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The column or null.</returns>
    public ApplicabilityColumn? ColumnOf(BoardMember member)
    {
        Guard.Against.Null(member);
        return member.Column ?? ColumnOf(member.Seat);
    }

    /// <summary>This mapping with one seat mapped to another column (or to none).</summary>
    /// <param name="seat">The seat.</param>
    /// <param name="column">Its column, or null for none.</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The seat or column is not defined.</exception>
    public SeatMapping With(BoardSeat seat, ApplicabilityColumn? column)
    {
        if (!Enum.IsDefined(seat))
        {
            throw new ArgumentOutOfRangeException(nameof(seat), seat, "Not a defined BoardSeat.");
        }

        if (column is { } c && !Enum.IsDefined(c))
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined ApplicabilityColumn.");
        }

        return new SeatMapping(_columns.SetItem(seat, column));
    }

    /// <summary>Equality: the same column for every seat.</summary>
    /// <param name="other">The other mapping.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SeatMapping? other) => other is not null && Enum.GetValues<BoardSeat>().All(s => ColumnOf(s) == other.ColumnOf(s));

    /// <inheritdoc />
    public override int GetHashCode() => Enum.GetValues<BoardSeat>().Aggregate(0, (h, s) => HashCode.Combine(h, ColumnOf(s)));

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Enum.GetValues<BoardSeat>().Select(s => $"{ModelText.Of(s)}={(ColumnOf(s) is { } c ? ModelText.Of(c) : "none")}"));
}
