using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-10: all initiatives and improvement plans will be required to demonstrate the impact they are expected to have
/// in the short, medium and long term; each local-innovation project should be commenced with a project initiation
/// document assessed against an agreed framework; as a system, plans of six kinds should be favoured.
/// </summary>
public sealed class InitiativeImpactRule : OperatingModelRule
{
    /// <summary>An initiative does not state its expected impact for a horizon.</summary>
    public static IssueDefinition ExpectedImpactMissing { get; } = new(IssueCode.Create("initiative.expected-impact-missing"), IssueKind.Required, Modality.Must,
        "An initiative does not state the impact it is expected to have in the short, medium or long term.");

    /// <summary>An initiative has no project initiation document.</summary>
    public static IssueDefinition InitiationDocumentMissing { get; } = new(IssueCode.Create("initiative.initiation-document-missing"), IssueKind.Required, Modality.Should,
        "An initiative was not commenced with a project initiation document.");

    /// <summary>An initiative's project initiation document has not been assessed against the agreed framework.</summary>
    public static IssueDefinition InitiationDocumentNotAssessed { get; } = new(IssueCode.Create("initiative.initiation-document-not-assessed"), IssueKind.BusinessRule, Modality.Should,
        "An initiative's project initiation document has not been assessed against the agreed framework.");

    /// <summary>An initiative addresses none of the six kinds of plan the system should favour.</summary>
    public static IssueDefinition NotAFavouredPlan { get; } = new(IssueCode.Create("initiative.not-a-favoured-plan"), IssueKind.BusinessRule, Modality.May,
        "An initiative addresses none of the six kinds of plan the system should favour; it is allowed, but not favoured.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-10"), "Initiatives: expected impact and project initiation",
        "All initiatives and improvement plans must demonstrate the impact they are expected to have in the short, medium and long "
        + "term. Each local-innovation project identifies its aim (releasing capacity, return on investment or innovation) and should "
        + "start with a project initiation document assessed against an agreed framework. The system should favour plans that address "
        + "GP access, long-term condition management/planned care, escalating need in the community, early intervention using risk "
        + "stratification, prevention, and the wider determinants of health.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2037, Modality.Must,
                "All initiatives and improvement plans will be required to demonstrate the impact they are expected to have in the short, medium and long term."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2281, Modality.Should,
                "Identify the aim of each project – some may be releasing capacity, others return on investment, others innovation"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2284, Modality.Should,
                "Each project should be commenced with a project initiation document which has been developed and then assessed against an agreed framework to allow development."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2288, 2295, Modality.Should,
                "As a system we should favour plans which address: - 1) Increasing GP access - 2) Improving long term condition management/planned care - 3) Escalating need in the community - 4) Early Intervention of those with known needs, using risk stratification - 5) Prevention - 6) Wider determinants of health."),
        ],
        [ExpectedImpactMissing, InitiationDocumentMissing, InitiationDocumentNotAssessed, NotAFavouredPlan, DocumentIntegrity.DuplicateId]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var list = DocumentPath.Root.Property("initiatives");
        var seen = new Dictionary<InitiativeId, int>();
        int complete = 0, withPid = 0;
        for (var i = 0; i < document.Initiatives.Length; i++)
        {
            if (document.Initiatives[i] is not { } x)
            {
                continue;
            }

            var at = list.Index(i);
            if (!seen.TryAdd(x.Id, i))
            {
                e.Raise(DocumentIntegrity.DuplicateId, at.Property("id"),
                    $"The id '{x.Id}' is already used at index {seen[x.Id]} of $.initiatives: ids must be unique within a list.", x.Id.Value);
            }

            var missing = x.Impact.MissingHorizons;
            complete += missing.Count == 0 ? 1 : 0;
            foreach (var horizon in missing)
            {
                e.Raise(ExpectedImpactMissing, at.Property("expectedImpact").Property(horizon + "Term"),
                    $"Initiative '{x.Id}' does not state its expected {horizon}-term impact: all initiatives and improvement plans will be required to demonstrate the impact expected in the short, medium and long term (CC-10).");
            }

            if (x.InitiationDocument is not { } pid)
            {
                e.Raise(InitiationDocumentMissing, at.Property("initiationDocument"),
                    $"Initiative '{x.Id}' has no project initiation document: each project should be commenced with one, assessed against an agreed framework (CC-10).");
            }
            else
            {
                withPid++;
                if (pid.AssessedOn is null)
                {
                    e.Raise(InitiationDocumentNotAssessed, at.Property("initiationDocument").Property("assessedOn"),
                        $"The project initiation document of initiative '{x.Id}' has not yet been assessed against the agreed framework (CC-10).");
                }
            }

            if (x.Addresses.IsEmpty)
            {
                e.Raise(NotAFavouredPlan, at.Property("addresses"),
                    $"Initiative '{x.Id}' addresses none of the six kinds of plan the system should favour (CC-10); it is allowed, but not favoured.");
            }
        }

        var count = document.Initiatives.Count(x => x is not null);
        e.Figure("initiatives", count);
        e.Figure("statingAllHorizons", complete);
        e.Figure("withInitiationDocument", withPid);
        if (count < document.Initiatives.Length)
        {
            e.CouldNotEvaluate("some initiatives could not be read.");
        }

        return e.Finish($"{ModelText.Count(count)} initiative(s), {ModelText.Count(complete)} stating short, medium and long-term impact, {ModelText.Count(withPid)} with a project initiation document.");
    }
}
