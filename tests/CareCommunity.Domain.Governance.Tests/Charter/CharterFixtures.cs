using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>
/// Builders for charter drafts in tests: Annex A's members and the non-member partners from the partner register
/// (<see cref="CheshireAndMerseyside.Partners"/>), versions, variations, signatures and admissions.
/// </summary>
internal static class CharterFixtures
{
    public static readonly LocalDate Dec2020 = new(2020, 12, 8);
    public static readonly LocalDate Mar2021 = new(2021, 3, 31);
    public static readonly LocalDate Apr2021 = new(2021, 4, 1);
    public static readonly LocalDate Jun2021 = new(2021, 6, 15);
    public static readonly LocalDate Jan2022 = new(2022, 1, 15);

    /// <summary>The members of Annex A in the partner register (MOU-1): 9 Councils, 9 CCGs, 18 NHS providers, all PCNs, Voluntary
    /// Sector North West and the Healthwatch of each of the nine Places.</summary>
    public static readonly ImmutableArray<OrganisationId> AnnexA = [.. CheshireAndMerseyside.Partners.Members.Select(p => p.Id)];

    /// <summary>The non-member partners, "not signatories to this memorandum" (l.1476-1494).</summary>
    public static readonly ImmutableArray<OrganisationId> NonMembers = [.. CheshireAndMerseyside.Partners.NonMembers.Select(p => p.Id)];

    public static readonly OrganisationId CheshireEastCouncil = Org("cheshire-east-council");

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
