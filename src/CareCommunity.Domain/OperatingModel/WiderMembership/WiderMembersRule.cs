using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-5: wider members should include local councillors, other Local Authority links, operational support, Police,
/// Fire and Rescue and local housing providers (not exhaustive); local secondary care providers should align clinical
/// leaders to each care community.
/// </summary>
public sealed class WiderMembersRule : OperatingModelRule
{
    /// <summary>The community lists no wider members.</summary>
    public static IssueDefinition None { get; } = new(IssueCode.Create("wider-members.none"), IssueKind.BusinessRule, Modality.Should,
        "The community lists no wider members.");

    /// <summary>No secondary care clinical leader is aligned to the community.</summary>
    public static IssueDefinition NoAlignedClinicalLead { get; } = new(IssueCode.Create("wider-members.no-aligned-clinical-lead"), IssueKind.BusinessRule, Modality.Should,
        "No secondary care clinical leader is aligned to the community.");

    /// <summary>An aligned clinical lead does not come from a secondary care provider.</summary>
    public static IssueDefinition AlignedLeadNotSecondaryCare { get; } = new(IssueCode.Create("wider-members.aligned-lead-not-secondary-care"), IssueKind.BusinessRule, Modality.Should,
        "An aligned clinical lead comes from an organisation that is not a secondary care provider (which kinds count: OperatingModelOptions.SecondaryCareKinds, docs/decisions/0016).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-5"), "Wider members and aligned secondary care leads",
        "Wider members should include local councillors, other Local Authority links, operational support from health and care "
        + "services, Police, Fire and Rescue and local housing providers (not exhaustive). Local secondary care providers should align "
        + "clinical leaders to each care community.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(118, Modality.Should,
                "Wider members of the Care Community should include local councillors, other Local Authority links, operational support from health and care services, Police, Fire and Rescue and local housing providers."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(118, Modality.May,
                "This list is not exhaustive and Care Communities will have other members of their communities with whom they would wish to engage."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(120, Modality.Should,
                "Local secondary care providers should align clinical leaders within their organisations to each Care Community to ensure effective pathways of care between primary and secondary care, and move to supporting the Care Community multidisciplinary team."),
        ],
        [None, NoAlignedClinicalLead, AlignedLeadNotSecondaryCare, DocumentIntegrity.UnknownPerson, DocumentIntegrity.UnknownOrganisation],
        [
            new RuleOption("OperatingModelOptions.SecondaryCareKinds", "--secondary-care acuteTrust,mentalHealthTrust,communityHealth", "acuteTrust,mentalHealthTrust,communityHealth",
                "Which kinds of organisation count as local secondary care providers; the source does not say (docs/decisions/0016)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var root = DocumentPath.Root;
        if (document.WiderMembers.IsEmpty)
        {
            e.Raise(None, root.Property("widerMembers"),
                "The care community lists no wider members: they should include local councillors, other Local Authority links, operational support, Police, Fire and Rescue and housing providers (CC-5).");
        }

        for (var i = 0; i < document.WiderMembers.Length; i++)
        {
            var at = root.Property("widerMembers").Index(i);
            if (document.WiderMembers[i] is { } w)
            {
                if (w.Person is { } p)
                {
                    CheckListed(e, context, p, at.Property("personId"));
                }

                if (w.Organisation is { } o)
                {
                    CheckListed(e, context, o, at.Property("organisationId"));
                }
            }
        }

        if (document.AlignedClinicalLeads.IsEmpty)
        {
            e.Raise(NoAlignedClinicalLead, root.Property("alignedClinicalLeads"),
                "No secondary care clinical leader is aligned to the care community: local secondary care providers should align clinical leaders to each care community (CC-5).");
        }

        var secondary = context.Options.SecondaryCareKinds;
        var fromSecondaryCare = 0;
        for (var i = 0; i < document.AlignedClinicalLeads.Length; i++)
        {
            var at = root.Property("alignedClinicalLeads").Index(i).Property("personId");
            if (document.AlignedClinicalLeads[i] is not { } lead)
            {
                e.CouldNotEvaluate($"the aligned clinical lead at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            if (!CheckListed(e, context, lead.Person, at) || context.OrganisationOf(lead.Person) is not { } org)
            {
                continue;
            }

            if (secondary.Contains(org.Kind))
            {
                fromSecondaryCare++;
            }
            else
            {
                e.Raise(AlignedLeadNotSecondaryCare, at,
                    $"An aligned clinical lead comes from '{org.Name}' ({ModelText.Of(org.Kind)}), not a secondary care provider ({string.Join(", ", secondary.Select(k => ModelText.Of(k)))}) (CC-5).",
                    lead.Person.Value);
            }
        }

        e.Figure("widerMembers", document.WiderMembers.Length);
        e.Figure("alignedClinicalLeads", document.AlignedClinicalLeads.Length);
        e.Figure("alignedFromSecondaryCare", fromSecondaryCare);
        return e.Finish($"{ModelText.Count(document.WiderMembers.Length)} wider member(s) and {ModelText.Count(document.AlignedClinicalLeads.Length)} aligned secondary care clinical lead(s).");
    }
}
