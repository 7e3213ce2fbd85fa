using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>
/// MOU-12: mutual accountability applies to CCGs, NHS providers, Councils and NHSE/I, not to Healthwatch or other
/// partners (Annex 1, 004 l.1503); system oversight is anticipated through a continuous improvement cycle — monitoring,
/// dialogue, peer review, formal action, regulatory powers (l.1540-1546) — with the Co-ordination Group envisaged as the
/// forum to agree five kinds of recommendation (l.1550-1556). The check reads an escalation record
/// (docs/decisions/0034).
/// </summary>
public sealed class MutualAccountabilityRule : DocumentRule<EscalationDraft, EscalationContext>
{
    /// <summary>The rule's id, MOU-12.</summary>
    public static RuleId RuleId { get; } = RuleId.Parse("MOU-12");

    /// <summary>An escalation of a partner outside mutual accountability.</summary>
    public static IssueDefinition OutsideMutualAccountability { get; } = new(IssueCode.Create("accountability.partner-outside-mutual-accountability"), IssueKind.BusinessRule, Modality.Must,
        "The escalation concerns Healthwatch or another partner, to which Annex 1 does not apply mutual accountability.");

    /// <summary>A step that skips elements of the cycle (the library's reading).</summary>
    public static IssueDefinition CycleElementSkipped { get; } = new(IssueCode.Create("accountability.cycle-element-skipped"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A step goes further through the continuous improvement cycle than one element past the furthest reached; that the cycle is gone through in order is the library's reading.");

    /// <summary>Formal action without one of the Co-ordination Group's kinds of recommendation.</summary>
    public static IssueDefinition FormalActionWithoutRecommendation { get; } = new(IssueCode.Create("accountability.formal-action-without-recommendation"), IssueKind.BusinessRule, Modality.May,
        "Formal action or intervention is agreed without a Co-ordination Group recommendation of one of the five kinds the Memorandum envisages.");

    /// <summary>An unreadable record, or steps out of date order or after the evaluation date.</summary>
    public static IssueDefinition UnreadableEscalation { get; } = new(IssueCode.Create("accountability.escalation-unreadable"), IssueKind.Structure, Modality.DocumentIntegrity,
        "The escalation's partner, kind or a step could not be read, or a step is dated before the previous one or after the evaluation date.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId, "Mutual accountability",
        "Mutual accountability applies to CCGs, NHS providers, Councils and NHS England and NHS Improvement, not to Healthwatch or other partners. "
        + "System oversight is anticipated through a continuous improvement cycle (monitoring, dialogue, peer review, formal action or intervention, "
        + "regulatory powers), with the Co-ordination Group envisaged as the forum to agree five kinds of recommendation.",
        MutualAccountability.Quotes,
        [OutsideMutualAccountability, CycleElementSkipped, FormalActionWithoutRecommendation, UnreadableEscalation],
        [
            new RuleOption("EscalationOptions.SeverityOverrides", "--severity accountability.cycle-element-skipped=warning", "information",
                "Going through the cycle in order is the library's reading, information unless raised (docs/decisions/0034)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(EscalationDraft document, EscalationContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = new RuleEvaluation(Descriptor, context.Options.SeverityOverrides);
        if (document.Partner is null || document.PartnerType is not { } type || !Enum.IsDefined(type))
        {
            e.Raise(UnreadableEscalation, DocumentPath.Root.Property(document.Partner is null ? "partner" : "partnerType"),
                "The escalation's partner or its kind (an Annex 1 column) could not be read (MOU-12).");
            e.CouldNotEvaluate("the partner or its kind could not be read.");
        }
        else
        {
            var applies = MutualAccountability.AppliesTo(type, context.Options.Matrix);
            e.Figure("partnerType", ModelText.Of(type));
            if (!applies.Value)
            {
                e.Raise(OutsideMutualAccountability, DocumentPath.Root.Property("partnerType"),
                    $"'{document.Partner}' is {ModelText.Of(type)}: {applies.Why.Conclusion} An escalation under mutual accountability does not apply to it (MOU-12).",
                    ModelText.Of(type));
            }
        }

        var readable = new List<EscalationStep>();
        for (var i = 0; i < document.Steps.Length; i++)
        {
            var path = DocumentPath.Root.Property("steps").Index(i);
            if (document.Steps[i] is not { } step || !Enum.IsDefined(step.Element))
            {
                e.Raise(UnreadableEscalation, path, string.Create(CultureInfo.InvariantCulture, $"Step {i} could not be read; it is left out (MOU-12)."));
                e.CouldNotEvaluate("some steps could not be read.");
                continue;
            }

            if (step.Date > context.AsOf || (readable.Count > 0 && step.Date < readable[^1].Date))
            {
                e.Raise(UnreadableEscalation, path,
                    $"Step {i} ({ModelText.Of(step.Element)}) is dated {ModelText.Date(step.Date)}, {(step.Date > context.AsOf ? $"after the evaluation date {ModelText.Date(context.AsOf)}" : $"before the step listed before it ({ModelText.Date(readable[^1].Date)})")}; it is left out (MOU-12).",
                    ModelText.Date(step.Date));
                continue;
            }

            readable.Add(step);
            if (step.Element == ImprovementCycleElement.FormalActionOrIntervention && step.Recommendation is null)
            {
                e.Raise(FormalActionWithoutRecommendation, path,
                    $"Step {i} agrees \"{MutualAccountability.Words(step.Element)}\" on {ModelText.Date(step.Date)} without a Co-ordination Group recommendation; \"{MutualAccountability.Recommendations.Text}\" {string.Join("; ", RecommendationKind.All.Select(k => k.Words))} ({MutualAccountability.Recommendations.Citation}).");
            }
        }

        var skips = ImprovementCycle.Skips(readable).Value;
        foreach (var skip in skips)
        {
            var index = document.Steps.IndexOf(skip.Step);
            e.Raise(CycleElementSkipped, DocumentPath.Root.Property("steps").Index(Math.Max(index, 0)),
                $"Step {index} ({MutualAccountability.Words(skip.Step.Element)}) comes after {(skip.Furthest is { } f ? $"'{MutualAccountability.Words(f)}'" : "no earlier step")} and skips {string.Join(", ", skip.Skipped.Select(s => $"'{MutualAccountability.Words(s)}'"))}; going through the continuous improvement cycle in order is the library's reading ({MutualAccountability.Cycle.Citation}, docs/decisions/0034).",
                ModelText.Of(skip.Step.Element));
        }

        e.Figure("steps", document.Steps.Length);
        e.Figure("stepsRead", readable.Count);
        e.Figure("skips", skips.Length);
        e.Figure("furthestElement", readable.Count == 0 ? "none" : ModelText.Of(readable.Max(s => s.Element)));
        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"{readable.Count} of {document.Steps.Length} step(s) read; furthest element: {(readable.Count == 0 ? "none" : ModelText.Of(readable.Max(s => s.Element)))}; {skips.Length} skip(s)."));
    }
}
