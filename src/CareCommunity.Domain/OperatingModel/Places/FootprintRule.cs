using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-1: a care community is a geographically aligned "team of teams" on a registered-population footprint, aligned
/// with its Primary Care Networks (in Cheshire East, eight communities and nine PCNs, coterminous but for Crewe).
/// </summary>
public sealed class FootprintRule : OperatingModelRule
{
    /// <summary>The registered population is not positive.</summary>
    public static IssueDefinition PopulationNotPositive { get; } = new(IssueCode.Create("footprint.population-not-positive"), IssueKind.Value, Modality.Must,
        "The registered population is zero or negative, so there is no registered population footprint.");

    /// <summary>The community aligns with no Primary Care Network.</summary>
    public static IssueDefinition NoAlignedPcn { get; } = new(IssueCode.Create("footprint.no-aligned-pcn"), IssueKind.Required, Modality.Must,
        "The community aligns with no Primary Care Network, whose registered lists make its footprint.");

    /// <summary>An organisation listed as an aligned PCN is not a Primary Care Network.</summary>
    public static IssueDefinition AlignedPcnNotPcn { get; } = new(IssueCode.Create("footprint.aligned-pcn-not-pcn"), IssueKind.BusinessRule, Modality.Must,
        "An organisation listed in alignedPcns is not of kind primaryCareNetwork.");

    /// <summary>A PCN is aligned with two care communities of one Place (checked on Place documents).</summary>
    public static IssueDefinition PcnInTwoCommunities { get; } = new(IssueCode.Create("footprint.pcn-in-two-communities"), IssueKind.BusinessRule, Modality.Must,
        "A Primary Care Network is aligned with two care communities of one Place (Place documents).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-1"), "A team of teams on a registered-population footprint",
        "A care community is a geographically aligned, local \"team of teams\" based on a registered population footprint, drawn from "
        + "general practice, community health, mental health, acute trusts, social care, public health, the VCFSE, local Healthwatch, "
        + "optometry, dentistry and community pharmacy. Cheshire East has eight; they are aligned with its nine Primary Care Networks "
        + "(coterminous but for Crewe, which holds two).",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(68, Modality.Must,
                "The Care Community is a “team of teams” based on a registered population footprint."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(64, Modality.Must,
                "Care communities are geographically aligned, local teams of individuals drawn from general practice, community health, mental health, acute trusts, social care, the VCSFE, local Healthwatch, optometry, dentistry, and community pharmacy"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1916, 1918, Modality.Must,
                "In the main the Care Communities and PCNs are coterminous with the exception being Crewe Care Community which contains two PCNs within it."),
        ],
        [PopulationNotPositive, NoAlignedPcn, AlignedPcnNotPcn, PcnInTwoCommunities, DocumentIntegrity.UnknownOrganisation, DocumentIntegrity.DuplicateId]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var root = DocumentPath.Root;
        if (document.RegisteredPopulation is { } population)
        {
            e.Figure("registeredPopulation", population.Count);
            if (population.Count <= 0)
            {
                e.Raise(PopulationNotPositive, root.Property("registeredPopulation"),
                    "The registered population is not set: a care community is based on a registered population footprint, which must be positive (CC-1).",
                    ModelText.Count(population.Count));
            }
        }
        else
        {
            e.CouldNotEvaluate("the registered population could not be read.");
        }

        var pcns = document.AlignedPcns;
        e.Figure("alignedPcns", pcns.Length);
        if (pcns.IsEmpty)
        {
            e.Raise(NoAlignedPcn, root.Property("alignedPcns"),
                "The care community aligns with no Primary Care Network: a care community is based on a registered population footprint, which its PCNs define (CC-1).");
        }

        var seen = new Dictionary<OrganisationId, int>();
        for (var i = 0; i < pcns.Length; i++)
        {
            if (pcns[i] is not { } id)
            {
                e.CouldNotEvaluate($"the aligned PCN at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            var at = root.Property("alignedPcns").Index(i);
            if (!seen.TryAdd(id, i))
            {
                e.Raise(DocumentIntegrity.DuplicateId, at, $"The PCN '{id}' is already listed at index {seen[id]} of $.alignedPcns.", id.Value);
            }

            if (CheckListed(e, context, id, at) && context.OrganisationOrNull(id) is { Kind: not PartnerKind.PrimaryCareNetwork } org)
            {
                e.Raise(AlignedPcnNotPcn, at,
                    $"'{org.Name}' is listed as an aligned PCN but is an organisation of kind {ModelText.Of(org.Kind)}, not primaryCareNetwork (CC-1).", id.Value);
            }
        }

        var population2 = document.RegisteredPopulation is { } p ? ModelText.Count(p.Count) : "an unreadable number";
        return e.Finish($"A registered population of {population2}, aligned with {ModelText.Count(pcns.Length)} PCN(s).");
    }
}
