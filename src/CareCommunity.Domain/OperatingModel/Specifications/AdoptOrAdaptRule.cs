using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-11: a 2017 suggestion for providers: either "adopt" a specification (deliver as specified) or "adapt" it, where
/// adjusting the model operationally would require formal governance approval; elements are "core" (essential) or
/// desirable. The source suggests; the library reports departures as information unless the user raises them
/// (docs/decisions/0010).
/// </summary>
public sealed class AdoptOrAdaptRule : OperatingModelRule
{
    /// <summary>An element is adapted without formal governance approval.</summary>
    public static IssueDefinition AdaptationNotApproved { get; } = new(IssueCode.Create("specification.adaptation-not-approved"), IssueKind.BusinessRule, Modality.May,
        "An element is adapted without formal governance approval; the source suggests approval, it does not require it of care communities.");

    /// <summary>A core (essential) element is neither adopted nor adapted.</summary>
    public static IssueDefinition CoreElementNotDelivered { get; } = new(IssueCode.Create("specification.core-element-not-delivered"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A core (essential) element is recorded as not delivered; \"not delivered\" is the library's third mode, not the source's.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-11"), "Adopt or adapt, core and desirable elements",
        "A specification's elements are 'core' (essential) or desirable. It is suggested that providers either 'adopt' (deliver as per "
        + "the specification) or 'adapt', where adjusting the model operationally would require formal governance approval to manage "
        + "changes in a controlled way.",
        [
            SeedDocument.IntegratedSystem2017.Quote(191, Modality.May,
                "This would articulate which elements of the model are 'core' (essential) as opposed to desirable."),
            SeedDocument.IntegratedSystem2017.Quote(191, Modality.May,
                "It is suggested that the approach with providers is one of 'adopt' (i.e. deliver as per the specification) or 'adapt', whereby adjusting the model operationally would require formal governance approval to manage changes in a controlled way."),
        ],
        [AdaptationNotApproved, CoreElementNotDelivered, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("OperatingModelOptions.SeverityOverrides", "--severity specification.adaptation-not-approved=error", "information",
                "Treat the 2017 suggestion as a requirement: an adaptation without approval becomes an error."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var list = DocumentPath.Root.Property("specifications");
        int adopted = 0, adapted = 0, approved = 0;
        for (var i = 0; i < document.Specifications.Length; i++)
        {
            if (document.Specifications[i] is not { } s)
            {
                continue;
            }

            var at = list.Index(i);
            adopted += s.Mode == AdoptionMode.Adopt ? 1 : 0;
            if (s.Mode == AdoptionMode.Adapt)
            {
                adapted++;
                if (s.Approval is null)
                {
                    e.Raise(AdaptationNotApproved, at.Property("approval"),
                        $"'{s.Element}' of '{s.Specification}' is adapted without formal governance approval, which adapting the model would require (CC-11).");
                }
                else
                {
                    approved++;
                }
            }

            if (s.Mode == AdoptionMode.NotDelivered && s.Importance == ElementImportance.Core)
            {
                e.Raise(CoreElementNotDelivered, at.Property("mode"),
                    $"'{s.Element}' of '{s.Specification}' is a core (essential) element recorded as not delivered (CC-11).", ModelText.Of(s.Mode));
            }

            if (s.Approval is { } approval)
            {
                CheckNotFuture(e, context, approval.ApprovedOn, "The approval is dated", at.Property("approval").Property("approvedOn"));
            }
        }

        var count = document.Specifications.Count(s => s is not null);
        e.Figure("elements", count);
        e.Figure("adopted", adopted);
        e.Figure("adapted", adapted);
        e.Figure("adaptedWithApproval", approved);
        if (count < document.Specifications.Length)
        {
            e.CouldNotEvaluate("some specification elements could not be read.");
        }

        return e.Finish($"{ModelText.Count(count)} specification element(s): {ModelText.Count(adopted)} adopted, {ModelText.Count(adapted)} adapted ({ModelText.Count(approved)} with governance approval).");
    }
}
