using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Board;

/// <summary>
/// The Partnership Board's membership: "A representative Board membership is detailed in Annex 6" (004 l.1136). The
/// board is a lenient view: any list of members can be held, and MOU-10 (BoardMembershipRule) checks it
/// against Annex 6; a meeting's evaluation checks that member ids are unique.
/// </summary>
/// <param name="Members">The members, in the order given.</param>
public sealed record PartnershipBoard(ImmutableArray<BoardMember> Members)
{
    /// <summary>The member with this id, or null (the first, if an id is repeated).</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The member, or null.</returns>
    public BoardMember? Find(PersonId id) => Members.IsDefault ? null : Members.FirstOrDefault(m => m is not null && m.Id == id);

    /// <summary>The members holding a seat.</summary>
    /// <param name="seat">The seat.</param>
    /// <returns>The members.</returns>
    public IEnumerable<BoardMember> InSeat(BoardSeat seat) => Members.IsDefault ? [] : Members.Where(m => m is not null && m.Seat == seat);

    /// <summary>Equality by value: the same members in the same order.</summary>
    /// <param name="other">The other board.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PartnershipBoard? other) => other is not null && (Members.IsDefault ? other.Members.IsDefault : !other.Members.IsDefault && Members.SequenceEqual(other.Members));

    /// <inheritdoc />
    public override int GetHashCode() => Members.IsDefault ? 0 : Members.Length;

    /// <inheritdoc />
    public override string ToString() => $"Partnership Board of {(Members.IsDefault ? 0 : Members.Length)} member(s)";
}
