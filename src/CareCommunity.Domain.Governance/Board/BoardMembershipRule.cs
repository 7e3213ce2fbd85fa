using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Board;

/// <summary>
/// MOU-10: the Partnership Board's membership (Annex 6, 004 l.1654-1670): 4 local-authority representatives (2 elected
/// members and 2 chief executives, covering Merseyside and Cheshire), 2 NHS commissioning representatives (a clinical
/// chair and an accountable officer), 1 primary care, 1 public health director, 1 voluntary sector and 2 lay
/// representatives, and members of the Partnership Executive team, who are "not expected" to form a majority (a
/// warning). The Partnership Chair is not an Annex 6 constituency and is not counted (docs/decisions/0028). Checked on
/// a <see cref="PartnershipBoard"/>.
/// </summary>
public sealed class BoardMembershipRule : GovernanceRule<PartnershipBoard>
{
    internal BoardMembershipRule()
    {
    }

    /// <summary>A seat holds another number of members than Annex 6 lists.</summary>
    public static IssueDefinition SeatCount { get; } = new(IssueCode.Create("board.seat-count"), IssueKind.BusinessRule, Modality.Must,
        "A seat of Annex 6 holds fewer members (a vacancy) or more members than Annex 6 lists.");

    /// <summary>The local-authority members do not cover Merseyside and Cheshire.</summary>
    public static IssueDefinition LocalAuthorityCoverage { get; } = new(IssueCode.Create("board.local-authority-coverage"), IssueKind.BusinessRule, Modality.Must,
        "The local-authority representatives do not cover both Merseyside and Cheshire (as GovernanceOptions.LocalAuthorityCoverage reads it).");

    /// <summary>A local-authority member's sub-region is not known.</summary>
    public static IssueDefinition SubRegionUnknown { get; } = new(IssueCode.Create("board.sub-region-unknown"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A local-authority representative names no sub-region and no Council with a Place: the coverage of Merseyside and Cheshire cannot be fully checked.");

    /// <summary>The Partnership Executive members form a majority.</summary>
    public static IssueDefinition ExecutiveMajority { get; } = new(IssueCode.Create("board.executive-majority"), IssueKind.BusinessRule, Modality.Should,
        "The members of the Partnership Executive team form a majority of the Board (more than half of its members).");

    /// <summary>A member's organisation is not of the type the seat implies.</summary>
    public static IssueDefinition OrganisationType { get; } = new(IssueCode.Create("board.organisation-type"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A local-authority representative does not come from a local authority, or an NHS commissioning representative from a CCG.");

    /// <summary>The board does not hold together.</summary>
    public static IssueDefinition InvalidMember { get; } = new(IssueCode.Create("board.invalid-member"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A Board member is missing (null), repeated, or has a default id, a blank name or an undefined seat.");

    /// <summary>The number of members Annex 6 lists for each seat (the Executive's is "To be defined"; the Chair is not listed).</summary>
    public static ImmutableDictionary<BoardSeat, int> Annex6Seats { get; } = new Dictionary<BoardSeat, int>
    {
        [BoardSeat.LocalAuthorityElectedMember] = 2,
        [BoardSeat.LocalAuthorityChiefExecutive] = 2,
        [BoardSeat.NhsCommissioningClinicalChair] = 1,
        [BoardSeat.NhsCommissioningAccountableOfficer] = 1,
        [BoardSeat.PrimaryCare] = 1,
        [BoardSeat.PublicHealthDirector] = 1,
        [BoardSeat.VoluntarySector] = 1,
        [BoardSeat.Lay] = 2,
    }.ToImmutableDictionary();

    private static SeedDocument Seed => SeedDocument.HealthAndWellbeingBoard2021;

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-10"), "Partnership Board membership",
        "The Board has 4 local-authority representatives (2 elected members, 2 chief executives, covering Merseyside and Cheshire), 2 NHS "
        + "commissioning representatives (a clinical chair, an accountable officer), 1 primary care, 1 public health director, 1 voluntary sector "
        + "and 2 lay representatives, and members of the Partnership Executive team, who are not expected to form a majority.",
        [
            Seed.Quote(1136, Modality.Must, "A representative Board membership is detailed in Annex 6"),
            Seed.Quote(1656, Modality.Must, "4 Local Authority representatives (2x elected members and 2x CEs: covering Merseyside and Cheshire)"),
            Seed.Quote(1658, Modality.Must, "2 NHS Commissioning representatives (1x Clinical Chair, 1x Accountable Officer)"),
            Seed.Quote(1660, Modality.Must, "Primary Care (1 representative)"),
            Seed.Quote(1662, Modality.Must, "Public Health Directors (1 representative)"),
            Seed.Quote(1664, Modality.Must, "Voluntary sector (1 representative)"),
            Seed.Quote(1666, Modality.Must, "Lay representatives (2)"),
            Seed.Quote(1668, Modality.Must, "Members of the Partnership Executive team"),
            Seed.Quote(1670, Modality.Should, "To be defined but it is not expected formal members from this constituency will form a majority"),
        ],
        [SeatCount, LocalAuthorityCoverage, SubRegionUnknown, ExecutiveMajority, OrganisationType, InvalidMember],
        [
            new RuleOption("GovernanceOptions.LocalAuthorityCoverage", "", "eachPair",
                "How the local-authority representatives cover Merseyside and Cheshire: eachPair (one elected member and one chief executive from each; "
                + "the default) or together (at least one of the four from each) (docs/decisions/0028)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(PartnershipBoard document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var at = DocumentPath.Root.Property("members");
        var all = document.Members.IsDefault ? [] : document.Members;
        var members = new List<BoardMember>();
        var ids = new HashSet<PersonId>();
        for (var i = 0; i < all.Length; i++)
        {
            var m = all[i];
            if (m is null || m.Id.IsDefault || string.IsNullOrWhiteSpace(m.Name) || !Enum.IsDefined(m.Seat))
            {
                e.Raise(InvalidMember, at.Index(i), $"Board member {ModelText.Count(i + 1)} is missing, or has a default id, a blank name or an undefined seat.");
            }
            else if (!ids.Add(m.Id))
            {
                e.Raise(InvalidMember, at.Index(i).Property("id"), $"'{m.Id}' is a Board member more than once.", m.Id.Value);
            }
            else
            {
                members.Add(m);
            }
        }

        e.Figure("members", members.Count);
        foreach (var (seat, expected) in Annex6Seats.OrderBy(p => p.Key))
        {
            var holding = members.Count(m => m.Seat == seat);
            e.Figure(ModelText.Of(seat), holding);
            if (holding != expected)
            {
                e.Raise(SeatCount, at, $"Annex 6 lists {ModelText.Count(expected)} {ModelText.Of(seat)} member(s); the Board has {ModelText.Count(holding)} (MOU-10, l.1654-1666).",
                    ModelText.Count(holding));
            }
        }

        var executive = members.Count(m => m.Seat == BoardSeat.PartnershipExecutive);
        e.Figure(ModelText.Of(BoardSeat.PartnershipExecutive), executive);
        e.Figure(ModelText.Of(BoardSeat.PartnershipChair), members.Count(m => m.Seat == BoardSeat.PartnershipChair));
        if (2 * executive > members.Count)
        {
            e.Raise(ExecutiveMajority, at, $"{ModelText.Count(executive)} of the {ModelText.Count(members.Count)} Board members are Partnership Executive members, a majority: "
                + "\"it is not expected formal members from this constituency will form a majority\" (MOU-10, l.1670).", ModelText.Count(executive));
        }

        var partners = context.EffectiveMemorandum.Partners;
        CheckOrganisations(e, all, partners);
        CheckCoverage(e, all, members, partners, context.EffectiveOptions.LocalAuthorityCoverage);
        return e.Finish($"{ModelText.Count(members.Count)} Board member(s), {ModelText.Count(executive)} of them from the Partnership Executive.");
    }

    private static void CheckOrganisations(RuleEvaluation e, ImmutableArray<BoardMember> all, PartnerRegister partners)
    {
        for (var i = 0; i < all.Length; i++)
        {
            var m = all[i];
            if (m?.Organisation is not { IsDefault: false } org || !partners.TryFind(org, out var partner))
            {
                continue;
            }

            var expected = m.Seat switch
            {
                BoardSeat.LocalAuthorityElectedMember or BoardSeat.LocalAuthorityChiefExecutive => Partners.OrganisationType.LocalAuthority,
                BoardSeat.NhsCommissioningClinicalChair or BoardSeat.NhsCommissioningAccountableOfficer => Partners.OrganisationType.ClinicalCommissioningGroup,
                _ => (Partners.OrganisationType?)null,
            };
            if (expected is { } type && partner.Type != type)
            {
                e.Raise(OrganisationType, DocumentPath.Root.Property("members").Index(i).Property("organisation"),
                    $"'{m.Name}' sits as {ModelText.Of(m.Seat)} but comes from '{partner.Name}', a {ModelText.Of(partner.Type)} (MOU-10).", org.Value);
            }
        }
    }

    private static void CheckCoverage(RuleEvaluation e, ImmutableArray<BoardMember> all, List<BoardMember> members, PartnerRegister partners, LocalAuthorityCoverage coverage)
    {
        var local = members.Where(m => m.Seat is BoardSeat.LocalAuthorityElectedMember or BoardSeat.LocalAuthorityChiefExecutive).ToArray();
        var regions = new Dictionary<BoardMember, SubRegion>();
        foreach (var m in local)
        {
            if (SubRegionOf(m, partners) is { } region)
            {
                regions[m] = region;
            }
            else
            {
                e.Raise(SubRegionUnknown, DocumentPath.Root.Property("members").Index(all.IndexOf(m)),
                    $"'{m.Name}' names no sub-region and no Council with a Place: whether the local-authority members cover Merseyside and Cheshire cannot be fully checked (MOU-10).",
                    m.Id.Value);
            }
        }

        var groups = coverage == Board.LocalAuthorityCoverage.Together
            ? new[] { ("local-authority representatives", local) }
            : [("elected members", local.Where(m => m.Seat == BoardSeat.LocalAuthorityElectedMember).ToArray()),
                ("chief executives", local.Where(m => m.Seat == BoardSeat.LocalAuthorityChiefExecutive).ToArray())];
        foreach (var (name, group) in groups)
        {
            var missing = Enum.GetValues<SubRegion>().Where(r => !group.Any(m => regions.TryGetValue(m, out var g) && g == r)).ToArray();
            var unknown = group.Any(m => !regions.ContainsKey(m));
            if (missing.Length > 0 && !unknown)
            {
                e.Raise(LocalAuthorityCoverage, DocumentPath.Root.Property("members"),
                    $"The local-authority {name} do not cover {string.Join(" or ", missing.Select(ModelText.Of))} (\"covering Merseyside and Cheshire\", MOU-10, l.1656; reading: {ModelText.Of(coverage)}).",
                    string.Join(",", missing.Select(ModelText.Of)));
            }
        }
    }

    private static SubRegion? SubRegionOf(BoardMember member, PartnerRegister partners)
    {
        if (member.SubRegion is { } region)
        {
            return region;
        }

        if (member.Organisation is { IsDefault: false } org && partners.TryFind(org, out var partner))
        {
            var regions = partner.Places.Select(p => partners.TryFindPlace(p, out var place) ? place.SubRegion : (SubRegion?)null).Distinct().ToArray();
            return regions.Length == 1 ? regions[0] : null;
        }

        return null;
    }
}
