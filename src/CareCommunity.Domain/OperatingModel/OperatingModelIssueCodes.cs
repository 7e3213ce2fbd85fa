using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// The stable issue codes of the operating model's validation. Integrators may match on these; they never change meaning.
/// The catalogue of codes with their rules is in docs/rules.md.
/// </summary>
public static class OperatingModelIssueCodes
{
    /// <summary>An id is used twice within one list.</summary>
    public static IssueCode DuplicateId { get; } = IssueCode.Create("model.duplicate-id");

    /// <summary>A reference names an organisation the document does not list.</summary>
    public static IssueCode UnknownOrganisation { get; } = IssueCode.Create("model.unknown-organisation");

    /// <summary>A reference names a person the document does not list.</summary>
    public static IssueCode UnknownPerson { get; } = IssueCode.Create("model.unknown-person");

    /// <summary>A date lies after the date the document is evaluated on.</summary>
    public static IssueCode DateInFuture { get; } = IssueCode.Create("model.date-in-future");

    /// <summary>CC-1: the community names no aligned PCN.</summary>
    public static IssueCode NoAlignedPcn { get; } = IssueCode.Create("footprint.no-aligned-pcn");

    /// <summary>CC-1: an aligned PCN is not an organisation of kind PrimaryCareNetwork.</summary>
    public static IssueCode AlignedPcnNotPcn { get; } = IssueCode.Create("footprint.aligned-pcn-not-pcn");

    /// <summary>CC-1: a PCN is aligned with two care communities of one Place.</summary>
    public static IssueCode PcnInTwoCommunities { get; } = IssueCode.Create("footprint.pcn-in-two-communities");

    /// <summary>CC-1: the registered population is not positive.</summary>
    public static IssueCode PopulationNotPositive { get; } = IssueCode.Create("footprint.population-not-positive");

    /// <summary>CC-2: a core role has no holder.</summary>
    public static IssueCode CoreRoleVacant { get; } = IssueCode.Create("core-group.role-vacant");

    /// <summary>CC-2: a core role is listed twice.</summary>
    public static IssueCode CoreRoleHeldTwice { get; } = IssueCode.Create("core-group.role-held-twice");

    /// <summary>CC-2: a core role's holder comes from an organisation of an unexpected kind.</summary>
    public static IssueCode CoreRoleOrganisationMismatch { get; } = IssueCode.Create("core-group.role-organisation-mismatch");

    /// <summary>CC-3: one person holds two core roles (two voices).</summary>
    public static IssueCode PersonHoldsTwoCoreRoles { get; } = IssueCode.Create("core-group.person-holds-two-roles");

    /// <summary>CC-4: a leadership role holder is not a core-group member.</summary>
    public static IssueCode LeaderNotCoreMember { get; } = IssueCode.Create("leadership.not-core-member");

    /// <summary>CC-4: a leadership role is assigned twice.</summary>
    public static IssueCode LeadershipRoleHeldTwice { get; } = IssueCode.Create("leadership.role-held-twice");

    /// <summary>CC-4: a leadership role is not one of the model's.</summary>
    public static IssueCode UnknownLeadershipRole { get; } = IssueCode.Create("leadership.unknown-role");

    /// <summary>CC-4: a leadership role has no holder.</summary>
    public static IssueCode LeadershipRoleVacant { get; } = IssueCode.Create("leadership.role-vacant");

    /// <summary>CC-4: a leadership role is held by someone other than the expected core role's holder.</summary>
    public static IssueCode LeadershipCoreRoleMismatch { get; } = IssueCode.Create("leadership.core-role-mismatch");

    /// <summary>CC-4: the nursing or AHP lead is not a nurse or allied health professional.</summary>
    public static IssueCode NursingOrAhpLeadProfession { get; } = IssueCode.Create("leadership.nursing-ahp-lead-profession");

    /// <summary>CC-5: the community lists no wider members.</summary>
    public static IssueCode NoWiderMembers { get; } = IssueCode.Create("wider-members.none");

    /// <summary>CC-5: no secondary care clinical leader is aligned to the community.</summary>
    public static IssueCode NoAlignedClinicalLead { get; } = IssueCode.Create("wider-members.no-aligned-clinical-lead");

    /// <summary>CC-5: an aligned clinical lead does not come from a secondary care provider.</summary>
    public static IssueCode AlignedLeadNotSecondaryCare { get; } = IssueCode.Create("wider-members.aligned-lead-not-secondary-care");

    /// <summary>CC-6: an obligation's period ended without a submission.</summary>
    public static IssueCode ReportOverdue { get; } = IssueCode.Create("cadence.overdue");

    /// <summary>CC-6: an obligation is due in the current period.</summary>
    public static IssueCode ReportDue { get; } = IssueCode.Create("cadence.due");

    /// <summary>CC-6: a submission is dated before the reporting start.</summary>
    public static IssueCode SubmissionBeforeStart { get; } = IssueCode.Create("cadence.submission-before-start");

    /// <summary>CC-7: the community holds no risk register.</summary>
    public static IssueCode RiskRegisterMissing { get; } = IssueCode.Create("risk-register.missing");

    /// <summary>CC-7: a risk rating is outside the 5x5 matrix.</summary>
    public static IssueCode RiskRatingOutOfRange { get; } = IssueCode.Create("risk-register.rating-out-of-range");

    /// <summary>CC-7: an open risk at or above the escalation threshold has not been escalated.</summary>
    public static IssueCode HighRiskNotEscalated { get; } = IssueCode.Create("risk-register.high-risk-not-escalated");

    /// <summary>CC-7: a risk is escalated before it was raised.</summary>
    public static IssueCode EscalatedBeforeRaised { get; } = IssueCode.Create("risk-register.escalated-before-raised");

    /// <summary>CC-8: the cost centre lists no aligned posts.</summary>
    public static IssueCode CostCentreEmpty { get; } = IssueCode.Create("cost-centre.empty");

    /// <summary>CC-8 (cost centre posts) or CC-9 (offer budgets): an amount is negative where it may not be.</summary>
    public static IssueCode NegativeAmount { get; } = IssueCode.Create("model.negative-amount");

    /// <summary>CC-8: a change in investment or personnel was not reported.</summary>
    public static IssueCode ChangeNotReported { get; } = IssueCode.Create("cost-centre.change-not-reported");

    /// <summary>CC-8: a change in investment or personnel has no impact assessment.</summary>
    public static IssueCode ImpactAssessmentMissing { get; } = IssueCode.Create("cost-centre.impact-assessment-missing");

    /// <summary>CC-8: an impact assessment was completed after the change took effect.</summary>
    public static IssueCode ImpactAssessmentLate { get; } = IssueCode.Create("cost-centre.impact-assessment-late");

    /// <summary>CC-9: local variation exceeds its share of the offer.</summary>
    public static IssueCode LocalVariationOverShare { get; } = IssueCode.Create("offer.local-variation-over-share");

    /// <summary>CC-10: an initiative does not state its expected impact for every horizon.</summary>
    public static IssueCode ExpectedImpactMissing { get; } = IssueCode.Create("initiative.expected-impact-missing");

    /// <summary>CC-10: an initiative has no project initiation document.</summary>
    public static IssueCode InitiationDocumentMissing { get; } = IssueCode.Create("initiative.initiation-document-missing");

    /// <summary>CC-10: an initiative's project initiation document has not been assessed.</summary>
    public static IssueCode InitiationDocumentNotAssessed { get; } = IssueCode.Create("initiative.initiation-document-not-assessed");

    /// <summary>CC-10: an initiative addresses none of the six favoured kinds of plan.</summary>
    public static IssueCode NotAFavouredPlan { get; } = IssueCode.Create("initiative.not-a-favoured-plan");

    /// <summary>CC-11: an element is adapted without formal governance approval.</summary>
    public static IssueCode AdaptationNotApproved { get; } = IssueCode.Create("specification.adaptation-not-approved");

    /// <summary>CC-11: a core element is not delivered.</summary>
    public static IssueCode CoreElementNotDelivered { get; } = IssueCode.Create("specification.core-element-not-delivered");
}
