using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests;

/// <summary>A Board as Annex 6 lists it (13 members, two from the Partnership Executive) and meetings of it.</summary>
internal static class GovernanceFixtures
{
    public static readonly LocalDate MeetingDay = new(2021, 3, 4);

    public static OrganisationId Org(string id) => OrganisationId.Create(id);

    public static PersonId P(string id) => PersonId.Create(id);

    public static BoardMember Member(string id, BoardSeat seat, string? organisation = null, ApplicabilityColumn? column = null) =>
        new(P(id), id, seat, organisation is null ? null : Org(organisation), null, column);

    /// <summary>The Annex 6 Board: 4 local authority (Liverpool and Cheshire East elected members, Wirral and Warrington chief
    /// executives), 2 NHS commissioning (Liverpool clinical chair, Cheshire accountable officer), primary care, public health
    /// director, voluntary sector, 2 lay, 2 Partnership Executive.</summary>
    public static PartnershipBoard Annex6Board { get; } = new(
    [
        Member("em-liverpool", BoardSeat.LocalAuthorityElectedMember, "liverpool-city-council"),
        Member("em-cheshire-east", BoardSeat.LocalAuthorityElectedMember, "cheshire-east-council"),
        Member("ce-wirral", BoardSeat.LocalAuthorityChiefExecutive, "wirral-council"),
        Member("ce-warrington", BoardSeat.LocalAuthorityChiefExecutive, "warrington-borough-council"),
        Member("ccg-chair", BoardSeat.NhsCommissioningClinicalChair, "nhs-liverpool-ccg"),
        Member("ccg-ao", BoardSeat.NhsCommissioningAccountableOfficer, "nhs-cheshire-ccg"),
        Member("primary-care", BoardSeat.PrimaryCare, "all-pcns"),
        Member("dph", BoardSeat.PublicHealthDirector, "knowsley-mbc"),
        Member("vcs", BoardSeat.VoluntarySector, "voluntary-sector-north-west"),
        Member("lay-1", BoardSeat.Lay),
        Member("lay-2", BoardSeat.Lay),
        Member("exec-1", BoardSeat.PartnershipExecutive),
        Member("exec-2", BoardSeat.PartnershipExecutive),
    ]);

    public static ImmutableArray<PersonId> AllMembers => [.. Annex6Board.Members.Select(m => m.Id)];

    public static Matter GovernanceMatter(params string[] affected) => Matter.WholePartnership("Terms of reference of the Partnership Coordination Group",
        MemorandumElement.Governance, [Org("nhs-liverpool-ccg"), Org("liverpool-city-council")], affected.Select(Org));

    public static Matter Capital() => Matter.WholePartnership("Priorities for capital investment 2021/22", MemorandumElement.Financials,
        [Org("nhs-liverpool-ccg"), Org("nhs-cheshire-ccg")], [Org("nhs-liverpool-ccg")], FundingMatter.CapitalInvestmentPriorities);

    public static BoardMeeting Meeting(Matter matter, IEnumerable<PersonId> present, params (string Id, Position Position)[] positions) =>
        new(MeetingDay, Annex6Board, matter, [.. present], [.. positions.Select(p => new MemberPosition(P(p.Id), p.Position))]);

    public static BoardMeeting Meeting(Matter matter, params (string Id, Position Position)[] positions) => Meeting(matter, AllMembers, positions);

    public static MeetingEvaluation Evaluate(BoardMeeting meeting, GovernanceOptions? options = null) =>
        BoardMeetingEvaluator.Evaluate(meeting, null, options).Value.Value;

    /// <summary>Every member present supports, but for the given exceptions.</summary>
    public static (string, Position)[] AllSupportBut(params (string Id, Position Position)[] exceptions) =>
        [.. Annex6Board.Members.Select(m => exceptions.FirstOrDefault(e => e.Id == m.Id.Value) is { Id: not null } e ? (m.Id.Value, e.Position) : (m.Id.Value, Position.Support))];
}
