using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// Reference data of the draft Memorandum (November 2020): the nine Places (004 l.1409, l.934) and the partners of
/// Annex A (l.1416-1494) — 9 local authorities, 9 NHS commissioners, the 18 NHS service providers Annex A lists
/// (l.1195 says "nineteen provider trusts": docs/decisions/0022), all PCNs as one category, Voluntary Sector North
/// West and the Healthwatch of each Place; and, as non-members and non-signatories, NHS England and NHS Improvement,
/// Health Education England, Public Health England, the Care Quality Commission, fire, police, probation and others
/// where relevant. Ids, the Places of the CCGs and the sub-regions are the library's reading (docs/decisions/0029).
/// </summary>
public static class CheshireAndMerseyside
{
    /// <summary>The nine Places, in the order of the seed's definition (l.1409), Liverpool for its "Liverpool City Region".</summary>
    public static ImmutableArray<PartnershipPlace> Places { get; } =
    [
        Place("knowsley", "Knowsley", SubRegion.Merseyside),
        Place("sefton", "Sefton", SubRegion.Merseyside),
        Place("liverpool", "Liverpool", SubRegion.Merseyside),
        Place("halton", "Halton", SubRegion.Cheshire),
        Place("st-helens", "St Helens", SubRegion.Merseyside),
        Place("cheshire-east", "Cheshire East", SubRegion.Cheshire),
        Place("cheshire-west-and-chester", "Cheshire West and Chester", SubRegion.Cheshire),
        Place("warrington", "Warrington", SubRegion.Cheshire),
        Place("wirral", "Wirral", SubRegion.Merseyside),
    ];

    /// <summary>The partners of the draft Memorandum: Annex A's members, then the non-member partners.</summary>
    public static PartnerRegister Partners { get; } = PartnerRegister.Create(Places,
    [
        // Local Authorities (l.1420-1430)
        Member("cheshire-east-council", "Cheshire East Council", OrganisationType.LocalAuthority, "cheshire-east"),
        Member("cheshire-west-and-chester-council", "Cheshire West and Chester Council", OrganisationType.LocalAuthority, "cheshire-west-and-chester"),
        Member("halton-mbc", "Halton MBC", OrganisationType.LocalAuthority, "halton"),
        Member("knowsley-mbc", "Knowsley MBC", OrganisationType.LocalAuthority, "knowsley"),
        Member("liverpool-city-council", "Liverpool City Council", OrganisationType.LocalAuthority, "liverpool"),
        Member("sefton-mbc", "Sefton MBC", OrganisationType.LocalAuthority, "sefton"),
        Member("st-helens-mbc", "St Helens MBC", OrganisationType.LocalAuthority, "st-helens"),
        Member("warrington-borough-council", "Warrington Borough Council", OrganisationType.LocalAuthority, "warrington"),
        Member("wirral-council", "Wirral Council", OrganisationType.LocalAuthority, "wirral"),

        // NHS Commissioners (l.1432-1442)
        Partner.Member(OrganisationId.Create("nhs-cheshire-ccg"), "NHS Cheshire CCG", OrganisationType.ClinicalCommissioningGroup,
            [PlaceId.Create("cheshire-east"), PlaceId.Create("cheshire-west-and-chester")], note: "Formerly Eastern, Western and South Cheshire and Vale Royal"),
        Member("nhs-halton-ccg", "NHS Halton", OrganisationType.ClinicalCommissioningGroup, "halton"),
        Member("nhs-knowsley-ccg", "NHS Knowsley", OrganisationType.ClinicalCommissioningGroup, "knowsley"),
        Member("nhs-liverpool-ccg", "NHS Liverpool", OrganisationType.ClinicalCommissioningGroup, "liverpool"),
        Member("nhs-south-sefton-ccg", "NHS South Sefton", OrganisationType.ClinicalCommissioningGroup, "sefton"),
        Member("nhs-southport-and-formby-ccg", "NHS Southport and Formby", OrganisationType.ClinicalCommissioningGroup, "sefton"),
        Member("nhs-st-helens-ccg", "NHS St Helens", OrganisationType.ClinicalCommissioningGroup, "st-helens"),
        Member("nhs-warrington-ccg", "NHS Warrington", OrganisationType.ClinicalCommissioningGroup, "warrington"),
        Member("nhs-wirral-ccg", "NHS Wirral", OrganisationType.ClinicalCommissioningGroup, "wirral"),

        // NHS Service Providers (l.1444-1464): eighteen
        Member("alder-hey", "Alder Hey Children's NHS FT", OrganisationType.NhsProvider),
        Member("bridgewater", "Bridgewater Community Healthcare NHS FT", OrganisationType.NhsProvider),
        Member("cwp", "Cheshire and Wirral Partnership NHS FT", OrganisationType.NhsProvider),
        Member("clatterbridge", "The Clatterbridge Cancer Centre NHS FT", OrganisationType.NhsProvider),
        Member("countess-of-chester", "Countess of Chester Hospital NHS FT", OrganisationType.NhsProvider),
        Member("east-cheshire-trust", "East Cheshire NHS Trust", OrganisationType.NhsProvider),
        Member("liverpool-heart-and-chest", "Liverpool Heart and Chest NHS FT", OrganisationType.NhsProvider),
        Member("liverpool-university-hospitals", "Liverpool University Hospitals NHS FT", OrganisationType.NhsProvider),
        Member("liverpool-womens", "Liverpool Women's NHS FT", OrganisationType.NhsProvider),
        Member("mersey-care", "Mersey Care NHS FT", OrganisationType.NhsProvider),
        Member("mcht", "The Mid Cheshire Hospitals NHS FT", OrganisationType.NhsProvider),
        Member("nw-boroughs", "NW Boroughs Partnership NHS FT", OrganisationType.NhsProvider),
        Member("st-helens-and-knowsley", "St Helens and Knowsley Teaching Hospitals NHS Trust", OrganisationType.NhsProvider),
        Member("southport-and-ormskirk", "Southport and Ormskirk Hospital NHS Trust", OrganisationType.NhsProvider),
        Member("walton-centre", "The Walton Centre NHS FT", OrganisationType.NhsProvider),
        Member("warrington-and-halton", "Warrington and Halton Hospitals NHS FT", OrganisationType.NhsProvider),
        Member("wirral-community", "Wirral Community NHS FT", OrganisationType.NhsProvider),
        Member("wirral-university-teaching-hospital", "Wirral University Teaching Hospital NHS FT", OrganisationType.NhsProvider),

        // Other Partners (l.1466-1470)
        Partner.Member(OrganisationId.Create("all-pcns"), "All PCNs in the Cheshire and Merseyside area", OrganisationType.PrimaryCareNetworks, isCategory: true),
        Member("voluntary-sector-north-west", "Voluntary Sector North West", OrganisationType.VoluntarySector),
        .. Places.Select(p => Partner.Member(OrganisationId.Create("healthwatch-" + p.Id.Value), "Healthwatch in " + p.Name, OrganisationType.Healthwatch,
            [p.Id], isCategory: true, note: "Healthwatch in each of the Partnership's Places")),

        // Partners who are not members and not signatories (l.1476-1494)
        NonMember("nhse-nhsi", "NHS England and NHS Improvement", OrganisationType.RegulatorOrOversightBody),
        NonMember("health-education-england", "Health Education England", OrganisationType.NationalBody),
        NonMember("public-health-england", "Public Health England", OrganisationType.NationalBody),
        NonMember("care-quality-commission", "Care Quality Commission", OrganisationType.NationalBody),
        NonMember("fire", "Fire", OrganisationType.LocalBody, isCategory: true),
        NonMember("police", "Police", OrganisationType.LocalBody, isCategory: true),
        NonMember("probation", "Probation", OrganisationType.LocalBody, isCategory: true),
        NonMember("other-local-bodies", "Others, where relevant", OrganisationType.LocalBody, isCategory: true),
    ]).Value;

    /// <summary>The id of NHS England and NHS Improvement, a non-member partner with its own Annex 1 column (docs/decisions/0027).</summary>
    public static OrganisationId NhsEnglandAndImprovement { get; } = OrganisationId.Create("nhse-nhsi");

    private static PartnershipPlace Place(string id, string name, SubRegion subRegion) => new(PlaceId.Create(id), name, subRegion);

    private static Partner Member(string id, string name, OrganisationType type, string? place = null) =>
        Partner.Member(OrganisationId.Create(id), name, type, place is null ? null : [PlaceId.Create(place)]);

    private static Partner NonMember(string id, string name, OrganisationType type, bool isCategory = false) =>
        Partner.NonMember(OrganisationId.Create(id), name, type, isCategory);
}
