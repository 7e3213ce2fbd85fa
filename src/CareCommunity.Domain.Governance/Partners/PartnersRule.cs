using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// MOU-1: the partners of the Memorandum (Annex A): nine Places, a local authority and a Healthwatch in each, NHS
/// commissioners, NHS providers (Annex A lists 18, l.1195 says nineteen: docs/decisions/0022), all PCNs and Voluntary
/// Sector North West as members and parties; regulators, national bodies, fire, police and probation as partners who
/// are not members and not signatories. Checked on a <see cref="PartnerRegister"/>.
/// </summary>
public sealed class PartnersRule : GovernanceRule<PartnerRegister>
{
    internal PartnersRule()
    {
    }

    /// <summary>The register does not hold nine Places.</summary>
    public static IssueDefinition PlaceCount { get; } = new(IssueCode.Create("partners.place-count"), IssueKind.BusinessRule, Modality.Must,
        "The register does not hold nine Places.");

    /// <summary>A Place has no local authority member, or there are not nine.</summary>
    public static IssueDefinition LocalAuthorities { get; } = new(IssueCode.Create("partners.local-authority-missing"), IssueKind.BusinessRule, Modality.Must,
        "A Place has no local authority among the members, or the members do not include nine local authorities.");

    /// <summary>A Place has no Healthwatch member.</summary>
    public static IssueDefinition HealthwatchMissing { get; } = new(IssueCode.Create("partners.healthwatch-missing"), IssueKind.BusinessRule, Modality.Must,
        "A Place has no Healthwatch among the members.");

    /// <summary>An Annex A heading has no member.</summary>
    public static IssueDefinition TypeMissing { get; } = new(IssueCode.Create("partners.type-missing"), IssueKind.BusinessRule, Modality.Must,
        "No member is an NHS commissioner, an NHS provider, the PCNs or the voluntary sector (a heading of Annex A is empty).");

    /// <summary>A body Annex A lists as a non-member is held as a member.</summary>
    public static IssueDefinition NonMemberTypeAsMember { get; } = new(IssueCode.Create("partners.non-member-type-as-member"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A regulator, national or other local body, which Annex A lists among the partners who are not members, is held as a member (possible only by agreement to add a partner, l.1342).");

    /// <summary>The number of NHS provider members differs from the number expected.</summary>
    public static IssueDefinition ProviderCount { get; } = new(IssueCode.Create("partners.provider-count"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The number of NHS provider members differs from GovernanceOptions.ExpectedNhsProviders (Annex A lists 18; l.1195 says nineteen).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-1"), "Partners",
        "The members of the Partnership and parties to the Memorandum are those of Annex A: nine local authorities, the NHS commissioners, the "
        + "NHS providers, all PCNs, Voluntary Sector North West and Healthwatch in each Place; regulators, national bodies and other local bodies "
        + "are partners but not members and not signatories.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1418, Modality.Must,
                "The members of the Cheshire and Merseyside Health and Care Partnership (the Partnership), and parties to this Memorandum, are:"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(970, Modality.Must,
                "The Cheshire and Merseyside Health and Care Partnership includes nine local government partners."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1409, Modality.Must,
                "One of the nine geographical districts that make up Cheshire and Merseyside"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1470, Modality.Must, "Healthwatch in each of the Partnership's Places"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1476, Modality.Must,
                "There are other partners who are not members and therefore not signatories to this memorandum."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1195, Modality.LibraryReading,
                "The nineteen provider trusts in Cheshire and Merseyside already work together and collaborate across a variety of initiatives."),
        ],
        [PlaceCount, LocalAuthorities, HealthwatchMissing, TypeMissing, NonMemberTypeAsMember, ProviderCount],
        [
            new RuleOption("GovernanceOptions.ExpectedNhsProviders", "", "18",
                "How many NHS provider members the register should hold: Annex A lists 18 (the default, docs/decisions/0022); the text at l.1195 says "
                + "\"nineteen provider trusts\". A register with another provider is built with PartnerRegister.With."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(PartnerRegister document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var members = document.Members.ToArray();
        var places = DocumentPath.Root.Property("places");
        e.Figure("places", document.Places.Length);
        e.Figure("members", members.Length);
        e.Figure("nonMembers", document.NonMembers.Count());
        foreach (var type in Enum.GetValues<OrganisationType>())
        {
            e.Figure(ModelText.Of(type), members.Count(m => m.Type == type));
        }

        if (document.Places.Length != 9)
        {
            e.Raise(PlaceCount, places, $"The register holds {ModelText.Count(document.Places.Length)} Place(s); the Partnership has nine (MOU-1, l.1409).",
                ModelText.Count(document.Places.Length));
        }

        var localAuthorities = members.Count(m => m.Type == OrganisationType.LocalAuthority);
        if (localAuthorities != 9)
        {
            e.Raise(LocalAuthorities, DocumentPath.Root.Property("partners"),
                $"The members include {ModelText.Count(localAuthorities)} local authorities; the Partnership includes nine local government partners (MOU-1, l.970).",
                ModelText.Count(localAuthorities));
        }

        for (var i = 0; i < document.Places.Length; i++)
        {
            var place = document.Places[i];
            var inPlace = members.Where(m => m.Places.Contains(place.Id)).ToArray();
            if (!inPlace.Any(m => m.Type == OrganisationType.LocalAuthority))
            {
                e.Raise(LocalAuthorities, places.Index(i), $"No local authority among the members belongs to {place.Name} (MOU-1).", place.Id.Value);
            }

            if (!inPlace.Any(m => m.Type == OrganisationType.Healthwatch))
            {
                e.Raise(HealthwatchMissing, places.Index(i), $"No Healthwatch among the members belongs to {place.Name}: Annex A names \"Healthwatch in each of the Partnership's Places\" (MOU-1, l.1470).", place.Id.Value);
            }
        }

        foreach (var type in new[] { OrganisationType.ClinicalCommissioningGroup, OrganisationType.NhsProvider, OrganisationType.PrimaryCareNetworks, OrganisationType.VoluntarySector })
        {
            if (!members.Any(m => m.Type == type))
            {
                e.Raise(TypeMissing, DocumentPath.Root.Property("partners"), $"No member is of the type {ModelText.Of(type)}, a heading of Annex A (MOU-1, l.1418-1470).", ModelText.Of(type));
            }
        }

        for (var i = 0; i < document.Partners.Length; i++)
        {
            var p = document.Partners[i];
            if (p.IsMember && p.Type is OrganisationType.RegulatorOrOversightBody or OrganisationType.NationalBody or OrganisationType.LocalBody)
            {
                e.Raise(NonMemberTypeAsMember, DocumentPath.Root.Property("partners").Index(i),
                    $"'{p.Name}' is a {ModelText.Of(p.Type)}, which Annex A lists among the partners who are not members and not signatories (MOU-1, l.1476), but is held as a member.",
                    p.Id.Value);
            }
        }

        var providers = members.Count(m => m.Type == OrganisationType.NhsProvider);
        var expected = context.EffectiveOptions.ExpectedNhsProviders;
        e.Figure("expectedNhsProviders", expected);
        if (providers != expected)
        {
            e.Raise(ProviderCount, DocumentPath.Root.Property("partners"),
                $"The register holds {ModelText.Count(providers)} NHS provider member(s); {ModelText.Count(expected)} are expected (Annex A lists 18; l.1195 says \"nineteen provider trusts\"; docs/decisions/0022).",
                ModelText.Count(providers));
        }

        return e.Finish($"{ModelText.Count(members.Length)} member(s) and {ModelText.Count(document.NonMembers.Count())} non-member partner(s) in {ModelText.Count(document.Places.Length)} Place(s).");
    }
}
