using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-8: each care community has a cost centre comprising the cost, including on-costs, of all personnel aligned to
/// it; changes in existing investment or personnel must be reported to the 8 Care Communities Development &amp;
/// Operational Group, and an impact assessment must be completed (docs/decisions/0017).
/// </summary>
public sealed class CostCentreAndImpactAssessmentRule : OperatingModelRule
{
    /// <summary>The cost centre lists no aligned personnel.</summary>
    public static IssueDefinition Empty { get; } = new(IssueCode.Create("cost-centre.empty"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The cost centre lists no aligned personnel; the source does not say a community must have any.");

    /// <summary>A change in investment or personnel has not been reported.</summary>
    public static IssueDefinition ChangeNotReported { get; } = new(IssueCode.Create("cost-centre.change-not-reported"), IssueKind.BusinessRule, Modality.Must,
        "A change in existing investment or personnel has not been reported to the 8 Care Communities Development & Operational Group.");

    /// <summary>A change has no impact assessment.</summary>
    public static IssueDefinition ImpactAssessmentMissing { get; } = new(IssueCode.Create("cost-centre.impact-assessment-missing"), IssueKind.BusinessRule, Modality.Must,
        "A change in existing investment or personnel has no completed impact assessment.");

    /// <summary>A change's impact assessment was completed after the change took effect.</summary>
    public static IssueDefinition ImpactAssessmentLate { get; } = new(IssueCode.Create("cost-centre.impact-assessment-late"), IssueKind.BusinessRule, Modality.LibraryReading,
        "An impact assessment was completed after the change took effect; the source does not say when it must be completed.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-8"), "Cost centre and impact-assessed changes",
        "Each care community has a cost centre comprising the cost, including on-costs, of all personnel aligned to it. Changes in "
        + "existing investment or personnel must be reported to the 8 Care Communities Development & Operational Group and an impact "
        + "assessment must be completed.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(174, Modality.Must,
                "Each care community will have a cost centre which will comprise of the cost (including on costs) of all the personnel aligned to that care community."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(174, Modality.Must,
                "Changes in existing investment/personnel must be reported to the 8 Care Communities Development & Operational Group and an impact assessment must be completed."),
        ],
        [Empty, ChangeNotReported, ImpactAssessmentMissing, ImpactAssessmentLate,
         DocumentIntegrity.UnknownOrganisation, DocumentIntegrity.UnknownPerson, DocumentIntegrity.DateInFuture, DocumentIntegrity.NegativeAmount, DocumentIntegrity.AmountTooLarge]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var centre = DocumentPath.Root.Property("costCentre");
        if (document.Posts.IsEmpty)
        {
            e.Raise(Empty, centre,
                "The cost centre lists no aligned personnel: it comprises the cost, including on-costs, of all personnel aligned to the care community (CC-8).");
        }

        var total = Money.Zero;
        for (var i = 0; i < document.Posts.Length; i++)
        {
            if (document.Posts[i] is not { } post)
            {
                continue;
            }

            var at = centre.Property("posts").Index(i);
            CheckListed(e, context, post.Employer, at.Property("employerId"));
            if (post.Person is { } holder)
            {
                CheckListed(e, context, holder, at.Property("personId"));
            }

            total += post.TotalCost;
        }

        int reportedAndAssessed = 0;
        for (var i = 0; i < document.Changes.Length; i++)
        {
            if (document.Changes[i] is not { } change)
            {
                continue;
            }

            var at = centre.Property("changes").Index(i);
            if (change.ReportedOn is not { } reportedOn)
            {
                e.Raise(ChangeNotReported, at.Property("reportedOn"),
                    $"The change '{change.Description}' has not been reported to the 8 Care Communities Development & Operational Group: changes in existing investment or personnel must be reported (CC-8).");
            }
            else
            {
                CheckNotFuture(e, context, reportedOn, $"The change '{change.Description}' is reported", at.Property("reportedOn"));
            }

            if (change.ImpactAssessment is not { } assessment)
            {
                e.Raise(ImpactAssessmentMissing, at.Property("impactAssessment"),
                    $"The change '{change.Description}' has no impact assessment: an impact assessment must be completed for changes in existing investment or personnel (CC-8).");
            }
            else if (!CheckNotFuture(e, context, assessment.CompletedOn, $"The impact assessment for '{change.Description}' is completed", at.Property("impactAssessment").Property("completedOn")))
            {
                continue;
            }
            else if (assessment.CompletedOn > change.EffectiveFrom)
            {
                e.Raise(ImpactAssessmentLate, at.Property("impactAssessment").Property("completedOn"),
                    $"The impact assessment for '{change.Description}' was completed on {ModelText.Date(assessment.CompletedOn)}, after the change took effect on {ModelText.Date(change.EffectiveFrom)} (CC-8).",
                    ModelText.Date(assessment.CompletedOn));
            }

            if (change.ReportedOn is not null && change.ImpactAssessment is not null)
            {
                reportedAndAssessed++;
            }
        }

        var posts = document.Posts.Count(p => p is not null);
        var changes = document.Changes.Count(c => c is not null);
        e.Figure("posts", posts);
        e.Figure("totalCost", total.Pounds);
        e.Figure("changes", changes);
        e.Figure("changesReportedAndAssessed", reportedAndAssessed);
        if (posts < document.Posts.Length || changes < document.Changes.Length)
        {
            e.CouldNotEvaluate("some posts or changes could not be read.");
        }

        return e.Finish($"A cost centre of {ModelText.Count(posts)} post(s) costing {total} a year with on-costs; "
            + $"{ModelText.Count(changes)} change(s), {ModelText.Count(reportedAndAssessed)} reported and impact-assessed.");
    }
}
