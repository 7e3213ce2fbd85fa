using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// The partners the Memorandum names and the Places of the Partnership, with lookups: the members and parties of
/// Annex A (004 l.1416-1472) and the partners who are not members (l.1476-1494). The shipped register is
/// <see cref="CheshireAndMerseyside.Partners"/>; <see cref="Create"/> builds another (e.g. with a nineteenth provider
/// trust, docs/decisions/0022).
/// </summary>
/// <remarks>Immutable and thread-safe. Partners keep the order given; ids are unique.</remarks>
public sealed class PartnerRegister
{
    private readonly Dictionary<OrganisationId, Partner> _byId;
    private readonly Dictionary<PlaceId, PartnershipPlace> _places;

    private PartnerRegister(ImmutableArray<PartnershipPlace> places, ImmutableArray<Partner> partners)
    {
        Places = places;
        Partners = partners;
        _byId = partners.ToDictionary(p => p.Id);
        _places = places.ToDictionary(p => p.Id);
    }

    /// <summary>The Places, in the order given.</summary>
    public ImmutableArray<PartnershipPlace> Places { get; }

    /// <summary>Every partner, members and non-members, in the order given.</summary>
    public ImmutableArray<Partner> Partners { get; }

    /// <summary>The members of the Partnership and parties to the Memorandum (Annex A).</summary>
    public IEnumerable<Partner> Members => Partners.Where(p => p.IsMember);

    /// <summary>The partners who are not members and therefore not signatories (l.1476).</summary>
    public IEnumerable<Partner> NonMembers => Partners.Where(p => !p.IsMember);

    /// <summary>Builds a register, refusing duplicate ids and Places a partner names but the register lacks.</summary>
    /// <param name="places">The Places.</param>
    /// <param name="partners">The partners.</param>
    /// <returns>The register, or the issues that stopped it (located at <c>$.places[i]</c> and <c>$.partners[i]</c>).</returns>
    public static Result<PartnerRegister> Create(IEnumerable<PartnershipPlace> places, IEnumerable<Partner> partners)
    {
        Guard.Against.Null(places);
        Guard.Against.Null(partners);
        var placeList = places.ToImmutableArray();
        var partnerList = partners.ToImmutableArray();
        var issues = new IssueCollector();
        var seenPlaces = new HashSet<PlaceId>();
        for (var i = 0; i < placeList.Length; i++)
        {
            if (placeList[i] is null)
            {
                issues.Error(IssueKind.Required, RuleIds.Partners, PartnerIssueCodes.Missing, DocumentPath.Root.Property("places").Index(i), "A Place of the register is missing (null).");
            }
            else if (!seenPlaces.Add(placeList[i].Id))
            {
                issues.Error(IssueKind.Invariant, RuleIds.Partners, PartnerIssueCodes.DuplicatePlace, DocumentPath.Root.Property("places").Index(i),
                    $"The Place id '{placeList[i].Id}' appears more than once in the register.", placeList[i].Id.Value);
            }
        }

        var seen = new HashSet<OrganisationId>();
        for (var i = 0; i < partnerList.Length; i++)
        {
            var at = DocumentPath.Root.Property("partners").Index(i);
            var partner = partnerList[i];
            if (partner is null)
            {
                issues.Error(IssueKind.Required, RuleIds.Partners, PartnerIssueCodes.Missing, at, "A partner of the register is missing (null).");
                continue;
            }

            if (!seen.Add(partner.Id))
            {
                issues.Error(IssueKind.Invariant, RuleIds.Partners, PartnerIssueCodes.DuplicatePartner, at.Property("id"),
                    $"The organisation id '{partner.Id}' appears more than once in the register.", partner.Id.Value);
            }

            for (var j = 0; j < partner.Places.Length; j++)
            {
                if (!seenPlaces.Contains(partner.Places[j]))
                {
                    issues.Error(IssueKind.Invariant, RuleIds.Partners, PartnerIssueCodes.UnknownPlace, at.Property("places").Index(j),
                        $"'{partner.Name}' names the Place '{partner.Places[j]}', which the register does not hold.", partner.Places[j].Value);
                }
            }
        }

        return issues.HasErrors
            ? Result<PartnerRegister>.Failure(issues.Issues)
            : Result<PartnerRegister>.Success(new PartnerRegister(placeList, partnerList));
    }

    /// <summary>Finds a partner by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="partner">The partner, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(OrganisationId id, [NotNullWhen(true)] out Partner? partner) => _byId.TryGetValue(id, out partner);

    /// <summary>The partner with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="KeyNotFoundException">The register holds no such partner.</exception>
    public Partner this[OrganisationId id] => _byId.TryGetValue(id, out var partner)
        ? partner
        : throw new KeyNotFoundException($"The partner register holds no organisation '{id}'.");

    /// <summary>True when the register holds a partner with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when found.</returns>
    public bool Contains(OrganisationId id) => _byId.ContainsKey(id);

    /// <summary>Finds a Place by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="place">The Place, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryFindPlace(PlaceId id, [NotNullWhen(true)] out PartnershipPlace? place) => _places.TryGetValue(id, out place);

    /// <summary>The partners of one type, in register order.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The partners.</returns>
    public IEnumerable<Partner> OfType(OrganisationType type) => Partners.Where(p => p.Type == type);

    /// <summary>The partners that belong to a Place (its Council, its CCG(s), its Healthwatch).</summary>
    /// <param name="place">The Place.</param>
    /// <returns>The partners.</returns>
    public IEnumerable<Partner> InPlace(PlaceId place) => Partners.Where(p => p.Places.Contains(place));

    /// <summary>A register with more partners (e.g. the nineteenth provider trust of l.1195, docs/decisions/0022).</summary>
    /// <param name="partners">The partners to add.</param>
    /// <returns>The larger register, or the issues that stopped it.</returns>
    public Result<PartnerRegister> With(IEnumerable<Partner> partners)
    {
        Guard.Against.Null(partners);
        return Create(Places, Partners.Concat(partners));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Members.Count()} member(s), {NonMembers.Count()} non-member partner(s), {Places.Length} Place(s)";
}

/// <summary>The issue codes of <see cref="PartnerRegister.Create"/>.</summary>
public static class PartnerIssueCodes
{
    /// <summary>A Place or partner is null.</summary>
    public static IssueCode Missing { get; } = IssueCode.Create("partners.missing");

    /// <summary>Two partners share an id.</summary>
    public static IssueCode DuplicatePartner { get; } = IssueCode.Create("partners.duplicate-id");

    /// <summary>Two Places share an id.</summary>
    public static IssueCode DuplicatePlace { get; } = IssueCode.Create("partners.duplicate-place");

    /// <summary>A partner names a Place the register lacks.</summary>
    public static IssueCode UnknownPlace { get; } = IssueCode.Create("partners.unknown-place");
}
