using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// A meeting of the Partnership Board on one matter: its date, the Board, the members present, the positions they
/// stated and, optionally, what the minutes record. A lenient view: anything may be held, and
/// <see cref="BoardMeetingEvaluator.Evaluate"/> says what does not hold together.
/// </summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Board">The Board's membership.</param>
/// <param name="Matter">The matter put to it.</param>
/// <param name="Present">The members present.</param>
/// <param name="Positions">The positions stated by members present.</param>
/// <param name="Recorded">What the minutes record, if they are being checked.</param>
public sealed record BoardMeeting(LocalDate Date, PartnershipBoard Board, Matter Matter, ImmutableArray<PersonId> Present,
    ImmutableArray<MemberPosition> Positions, RecordedOutcome? Recorded = null)
{
    /// <inheritdoc />
    public override string ToString() => $"Board meeting of {ModelText.Date(Date)} on {Matter?.Title ?? "(no matter)"}";
}
