using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-7: each care community holds a risk register; it can escalate risks or issues to the 8 Care Communities
/// Development &amp; Operational Groups.
/// </summary>
public sealed class RiskRegisterAndEscalationRule : OperatingModelRule
{
    /// <summary>The community holds no risk register.</summary>
    public static IssueDefinition Missing { get; } = new(IssueCode.Create("risk-register.missing"), IssueKind.Required, Modality.Must,
        "The community holds no risk register (an empty register is allowed).");

    /// <summary>A risk's likelihood or impact is outside the 5x5 matrix.</summary>
    public static IssueDefinition RatingOutOfRange { get; } = new(IssueCode.Create("risk-register.rating-out-of-range"), IssueKind.Value, Modality.DocumentIntegrity,
        "A risk's likelihood or impact is not rated 1 to 5 (the 5x5 matrix is the library's model: docs/decisions/0007).");

    /// <summary>An open risk at or above the escalation threshold has not been escalated.</summary>
    public static IssueDefinition HighRiskNotEscalated { get; } = new(IssueCode.Create("risk-register.high-risk-not-escalated"), IssueKind.BusinessRule, Modality.May,
        "An open risk scores at or above the escalation threshold and has not been escalated; the source says communities can escalate, not must.");

    /// <summary>A risk is escalated before it was raised.</summary>
    public static IssueDefinition EscalatedBeforeRaised { get; } = new(IssueCode.Create("risk-register.escalated-before-raised"), IssueKind.Value, Modality.DocumentIntegrity,
        "A risk is escalated before the date it was raised.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-7"), "Risk register and escalation",
        "Each care community holds a risk register; the leadership team reviews business information, performance and quality of care "
        + "and may escalate risks or issues to the 8 Care Communities Development & Operational Groups.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(238, Modality.Must,
                "Each Care community will hold a risk register which will help Cheshire East Place to understand the risk to delivery and support to mitigate risk."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(234, Modality.Must,
                "The Leadership team are required to review their business information, performance, and quality of care to put improvement actions in place."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(234, Modality.May,
                "Care Communities can escalate risks or issues to the 8 Care Communities Development & Operational Groups."),
        ],
        [Missing, RatingOutOfRange, HighRiskNotEscalated, EscalatedBeforeRaised, DocumentIntegrity.DuplicateId, DocumentIntegrity.UnknownPerson, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("OperatingModelOptions.EscalationThreshold", "--escalation-threshold 1..25", "15",
                "The score (likelihood x impact) at or above which an open, unescalated risk is reported; the threshold and the 5x5 matrix are the library's (docs/decisions/0007)."),
            new RuleOption("OperatingModelOptions.SeverityOverrides", "--severity risk-register.high-risk-not-escalated=warning", "information",
                "The source says communities can escalate: an unescalated high risk is information unless raised."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var root = DocumentPath.Root.Property("riskRegister");
        if (document.RiskRegister is not { } risks)
        {
            e.Raise(Missing, root,
                "The care community holds no risk register: each care community will hold a risk register (CC-7). An empty register ({ \"risks\": [] }) is allowed.");
            e.Figure("risks", 0);
            return e.Finish("No risk register is held.");
        }

        var seen = new Dictionary<RiskId, int>();
        int open = 0, escalated = 0;
        for (var i = 0; i < risks.Length; i++)
        {
            if (risks[i] is not { } r)
            {
                e.CouldNotEvaluate($"the risk at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            var at = root.Property("risks").Index(i);
            if (!seen.TryAdd(r.Id, i))
            {
                e.Raise(DocumentIntegrity.DuplicateId, at.Property("id"),
                    $"Risk id '{r.Id}' is already used at index {seen[r.Id]}: each entry of the risk register needs its own id (CC-7).", r.Id.Value);
            }

            if (r.Rating.Score == 0)
            {
                e.Raise(RatingOutOfRange, at, $"Risk '{r.Id}' has no rating: likelihood and impact are each rated 1 to 5 on the 5x5 matrix (CC-7).");
            }

            CheckListed(e, context, r.Owner, at.Property("ownerId"));
            CheckNotFuture(e, context, r.RaisedOn, $"Risk '{r.Id}' is raised", at.Property("raisedOn"));
            if (r.Status == RiskStatus.Open)
            {
                open++;
            }

            if (r.Escalation is { } esc)
            {
                escalated += r.Status == RiskStatus.Open ? 1 : 0;
                if (esc.On < r.RaisedOn)
                {
                    e.Raise(EscalatedBeforeRaised, at.Property("escalation").Property("on"),
                        $"Risk '{r.Id}' is escalated on {ModelText.Date(esc.On)}, before it was raised on {ModelText.Date(r.RaisedOn)}.", ModelText.Date(esc.On));
                }
                else
                {
                    CheckNotFuture(e, context, esc.On, $"Risk '{r.Id}' is escalated", at.Property("escalation").Property("on"));
                }
            }
            else if (r.Status == RiskStatus.Open && r.Rating.Score >= context.Options.EscalationThreshold)
            {
                e.Raise(HighRiskNotEscalated, at.Property("escalation"),
                    $"Open risk '{r.Id}' scores {ModelText.Count(r.Rating.Score)} (threshold {ModelText.Count(context.Options.EscalationThreshold)}) and has not been escalated to the 8 Care Communities Development & Operational Groups; communities can escalate (CC-7).",
                    r.Rating.ToString());
            }
        }

        e.Figure("risks", risks.Count(r => r is not null));
        e.Figure("open", open);
        e.Figure("openEscalated", escalated);
        e.Figure("escalationThreshold", context.Options.EscalationThreshold);
        return e.Finish($"A risk register of {ModelText.Count(risks.Length)} risk(s), {ModelText.Count(open)} open, {ModelText.Count(escalated)} of them escalated.");
    }
}
