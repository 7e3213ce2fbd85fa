using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>
/// Builders for charter drafts in tests: Annex A's named members (004 l.1416-1470) and non-member partners (l.1476-1494)
/// as organisation ids, versions, variations, signatures and admissions.
/// </summary>
internal static class CharterFixtures
{
    public static readonly LocalDate Dec2020 = new(2020, 12, 8);
    public static readonly LocalDate Mar2021 = new(2021, 3, 31);
    public static readonly LocalDate Apr2021 = new(2021, 4, 1);
    public static readonly LocalDate Jun2021 = new(2021, 6, 15);
    public static readonly LocalDate Jan2022 = new(2022, 1, 15);

    /// <summary>The nine local authorities of Annex A (l.1420-1430).</summary>
    public static readonly ImmutableArray<OrganisationId> LocalAuthorities = Ids(
        "cheshire-east-council", "cheshire-west-and-chester-council", "halton-mbc", "knowsley-mbc", "liverpool-city-council",
        "sefton-mbc", "st-helens-mbc", "warrington-borough-council", "wirral-council");

    /// <summary>The nine NHS commissioners of Annex A (l.1432-1442).</summary>
    public static readonly ImmutableArray<OrganisationId> Commissioners = Ids(
        "nhs-cheshire-ccg", "nhs-halton", "nhs-knowsley", "nhs-liverpool", "nhs-south-sefton", "nhs-southport-and-formby",
        "nhs-st-helens", "nhs-warrington", "nhs-wirral");

    /// <summary>The eighteen NHS service providers of Annex A (l.1444-1464).</summary>
    public static readonly ImmutableArray<OrganisationId> Providers = Ids(
        "alder-hey-childrens-nhs-ft", "bridgewater-community-healthcare-nhs-ft", "cheshire-and-wirral-partnership-nhs-ft",
        "the-clatterbridge-cancer-centre-nhs-ft", "countess-of-chester-hospital-nhs-ft", "east-cheshire-nhs-trust",
        "liverpool-heart-and-chest-nhs-ft", "liverpool-university-hospitals-nhs-ft", "liverpool-womens-nhs-ft", "mersey-care-nhs-ft",
        "the-mid-cheshire-hospitals-nhs-ft", "nw-boroughs-partnership-nhs-ft", "st-helens-and-knowsley-teaching-hospitals-nhs-trust",
        "southport-and-ormskirk-hospital-nhs-trust", "the-walton-centre-nhs-ft", "warrington-and-halton-hospitals-nhs-ft",
        "wirral-community-nhs-ft", "wirral-university-teaching-hospital-nhs-ft");

    /// <summary>Voluntary Sector North West (l.1469).</summary>
    public static readonly OrganisationId VoluntarySectorNorthWest = OrganisationId.Create("voluntary-sector-north-west");

    /// <summary>The named members of Annex A: 9 + 9 + 18 + 1.</summary>
    public static readonly ImmutableArray<OrganisationId> AnnexA = [.. LocalAuthorities, .. Commissioners, .. Providers, VoluntarySectorNorthWest];

    /// <summary>Non-member partners, "not signatories to this memorandum" (l.1476-1486).</summary>
    public static readonly ImmutableArray<OrganisationId> NonMembers = Ids(
        "nhs-england-and-nhs-improvement", "health-education-england", "public-health-england", "care-quality-commission");

    public static readonly OrganisationId CheshireEastCouncil = LocalAuthorities[0];

    public static readonly OrganisationId NhsCheshire = Commissioners[0];

    public static ImmutableArray<OrganisationId> Ids(params string[] ids) => [.. ids.Select(OrganisationId.Create)];

    public static OrganisationId Org(string id) => OrganisationId.Create(id);

    public static MemorandumVersion Version(string id, LocalDate from, LocalDate? until = null, MemorandumStatus status = MemorandumStatus.Agreed) =>
        MemorandumVersion.Create(id, "Memorandum " + id, status, from.PlusDays(-30), EffectivePeriod.Create(from, until).Value,
            SeedDocument.HealthAndWellbeingBoard2021.Lines(862, 1670)).Value;

    /// <summary>The November 2020 draft, adopted on 1 April 2021 until further notice.</summary>
    public static MemorandumVersion Adopted => MemorandumVersion.November2020Draft.WithPeriod(EffectivePeriod.Starting(Apr2021)).Value;

    public static SignatureRecord Signed(OrganisationId partner, LocalDate on, LocalDate? delivered = null, string? counterpart = null) =>
        SignatureRecord.Create(partner.Value, counterpart ?? "counterpart-" + partner.Value[..Math.Min(partner.Value.Length, 40)], on, delivered ?? on).Value;

    public static ImmutableArray<SignatureRecord?> AllSign(IEnumerable<OrganisationId> partners, LocalDate on) => [.. partners.Select(p => (SignatureRecord?)Signed(p, on))];

    public static Consultation[] ConsultAll(IEnumerable<OrganisationId> partners, LocalDate on) => [.. partners.Select(p => new Consultation(p, on))];

    public static Variation Vary(string id, IEnumerable<Consultation> consultations, BoardAgreement? agreement, string? produces = null, LocalDate? from = null,
        string varies = "cm-hcp-mou-2020-11-draft") =>
        Variation.Create(id, "Add the terms of reference as Annex 7", varies, consultations, agreement, produces, from).Value;

    /// <summary>A draft of the three local authorities of Cheshire and Wirral, all signed by 31 March 2021, the draft adopted 1 April 2021.</summary>
    public static CharterDraft SmallDraft() => new()
    {
        Versions = [Adopted],
        Partners = [.. Three.Select(p => (OrganisationId?)p)],
        NonMemberPartners = [.. NonMembers.Select(p => (OrganisationId?)p)],
        Signatures = AllSign(Three, Mar2021),
    };

    public static readonly ImmutableArray<OrganisationId> Three = Ids("cheshire-east-council", "cheshire-west-and-chester-council", "wirral-council");

    public static CharterContext On(LocalDate date, CharterOptions? options = null) => new(date, options);

    public static ValidationIssue Single(RuleResult result, IssueDefinition definition, Severity severity)
    {
        var issue = Assert.Single(result.Issues, i => i.Code == definition.Code);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(result.Rule, issue.Rule);
        return issue;
    }

    public static void None(RuleResult result, IssueDefinition definition) => Assert.DoesNotContain(result.Issues, i => i.Code == definition.Code);
}
