using System.Text.Json.Serialization;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The care-community document (schema <c>docs/schemas/care-community.schema.json</c>): one care community with its
/// partners, people, core group, leadership team, wider members, governance record, risk register, cost centre, offer,
/// initiatives and specification take-up. Member names are those of the domain model, so validation issue locations
/// point into this document.
/// </summary>
/// <param name="SchemaVersion">The document format's version; <c>1.0</c>.</param>
/// <param name="Id">The care community's id (a slug, e.g. <c>nantwich-and-rural</c>).</param>
/// <param name="Name">The care community's name.</param>
/// <param name="PlaceId">The Place's id, e.g. <c>cheshire-east</c>.</param>
/// <param name="RegisteredPopulation">The registered population of the footprint (CC-1).</param>
/// <param name="AlignedPcns">Ids of the organisations (of kind primaryCareNetwork) the community aligns with (CC-1).</param>
/// <param name="Organisations">The partner organisations.</param>
/// <param name="People">The named people.</param>
/// <param name="CoreGroup">The core group (CC-2, CC-3).</param>
/// <param name="LeadershipTeam">The leadership and management team (CC-4).</param>
/// <param name="Reporting">The governance record (CC-6).</param>
/// <param name="AsOf">The date the document describes (its snapshot date); time-dependent rules are evaluated on it unless the caller gives another.</param>
/// <param name="RiskRegister">The risk register (CC-7); required by the model, optional in the format so its absence is reported as a CC-7 issue.</param>
/// <param name="WiderMembers">The wider members (CC-5).</param>
/// <param name="AlignedClinicalLeads">The aligned secondary care clinical leads (CC-5).</param>
/// <param name="CostCentre">The cost centre (CC-8).</param>
/// <param name="Offer">The offer (CC-9).</param>
/// <param name="Initiatives">The initiatives (CC-10).</param>
/// <param name="Specifications">The specification take-up (CC-11).</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record CareCommunityDocumentContract(
    string SchemaVersion,
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    [property: IdentifierValue] string PlaceId,
    [property: ValueRange(1)] int RegisteredPopulation,
    [property: IdentifierValue] IReadOnlyList<string> AlignedPcns,
    IReadOnlyList<OrganisationContract> Organisations,
    IReadOnlyList<PersonContract> People,
    IReadOnlyList<CoreGroupMemberContract> CoreGroup,
    IReadOnlyList<LeadershipAssignmentContract> LeadershipTeam,
    ReportingContract Reporting,
    LocalDate? AsOf = null,
    RiskRegisterContract? RiskRegister = null,
    IReadOnlyList<WiderMemberContract>? WiderMembers = null,
    IReadOnlyList<AlignedClinicalLeadContract>? AlignedClinicalLeads = null,
    CostCentreContract? CostCentre = null,
    IReadOnlyList<OfferElementContract>? Offer = null,
    IReadOnlyList<InitiativeContract>? Initiatives = null,
    IReadOnlyList<SpecificationElementContract>? Specifications = null,
    [property: JsonPropertyName("$schema")] string? Schema = null)
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string CurrentSchemaVersion = "1.0";
}

/// <summary>A partner organisation.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind of partner (camelCase <see cref="PartnerKind"/>).</param>
public sealed record OrganisationContract([property: IdentifierValue] string Id, [property: NonBlank] string Name, [property: EnumValues(typeof(PartnerKind))] string Kind);

/// <summary>A named person.</summary>
/// <param name="Id">Their id.</param>
/// <param name="Name">Their name (personal data).</param>
/// <param name="OrganisationId">The organisation they come from.</param>
/// <param name="Profession">Their profession (camelCase <see cref="OperatingModel.Profession"/>), if recorded.</param>
public sealed record PersonContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Name,
    [property: IdentifierValue] string OrganisationId,
    [property: EnumValues(typeof(Profession))] string? Profession = null);

/// <summary>A core-group membership (CC-2).</summary>
/// <param name="PersonId">The member.</param>
/// <param name="Role">The core role (camelCase <see cref="CoreRole"/>).</param>
public sealed record CoreGroupMemberContract([property: IdentifierValue] string PersonId, [property: EnumValues(typeof(CoreRole))] string Role);

/// <summary>A leadership assignment (CC-4).</summary>
/// <param name="PersonId">The holder; must be a core-group member.</param>
/// <param name="Role">The leadership role (camelCase <see cref="LeadershipRole"/>).</param>
public sealed record LeadershipAssignmentContract([property: IdentifierValue] string PersonId, [property: EnumValues(typeof(LeadershipRole))] string Role);

/// <summary>A wider member (CC-5): a person, an organisation, or both.</summary>
/// <param name="Kind">The kind of member (camelCase <see cref="WiderMemberKind"/>).</param>
/// <param name="PersonId">The person, if any.</param>
/// <param name="OrganisationId">The organisation, if any.</param>
public sealed record WiderMemberContract(
    [property: EnumValues(typeof(WiderMemberKind))] string Kind,
    [property: IdentifierValue] string? PersonId = null,
    [property: IdentifierValue] string? OrganisationId = null);

/// <summary>An aligned secondary care clinical lead (CC-5).</summary>
/// <param name="PersonId">The clinical leader.</param>
/// <param name="Specialty">Their specialty.</param>
public sealed record AlignedClinicalLeadContract([property: IdentifierValue] string PersonId, [property: NonBlank] string Specialty);

/// <summary>The governance record (CC-6).</summary>
/// <param name="Start">The first day of the first reporting period.</param>
/// <param name="Submissions">The dated submissions.</param>
public sealed record ReportingContract(LocalDate Start, IReadOnlyList<SubmissionContract> Submissions);

/// <summary>A meeting held or report submitted (CC-6).</summary>
/// <param name="Obligation">Which obligation (camelCase <see cref="ReportingObligation"/>).</param>
/// <param name="Date">When.</param>
public sealed record SubmissionContract([property: EnumValues(typeof(ReportingObligation))] string Obligation, LocalDate Date);

/// <summary>The risk register (CC-7).</summary>
/// <param name="Risks">Its entries; may be empty.</param>
public sealed record RiskRegisterContract(IReadOnlyList<RiskContract> Risks);

/// <summary>A risk (CC-7).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Likelihood">1 to 5.</param>
/// <param name="Impact">1 to 5.</param>
/// <param name="OwnerId">Its owner.</param>
/// <param name="Status">open or closed.</param>
/// <param name="RaisedOn">When it was raised.</param>
/// <param name="Escalation">Its escalation to the Development &amp; Operational Groups, if any.</param>
public sealed record RiskContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Title,
    [property: ValueRange(1, 5)] int Likelihood,
    [property: ValueRange(1, 5)] int Impact,
    [property: IdentifierValue] string OwnerId,
    [property: EnumValues(typeof(RiskStatus))] string Status,
    LocalDate RaisedOn,
    EscalationContract? Escalation = null);

/// <summary>An escalation (CC-7).</summary>
/// <param name="On">When.</param>
public sealed record EscalationContract(LocalDate On);

/// <summary>The cost centre (CC-8).</summary>
/// <param name="Posts">The aligned posts.</param>
/// <param name="Changes">Changes in existing investment or personnel.</param>
public sealed record CostCentreContract(IReadOnlyList<PostContract> Posts, IReadOnlyList<PersonnelChangeContract>? Changes = null);

/// <summary>An aligned post (CC-8). Amounts in pounds.</summary>
/// <param name="Post">The post's title.</param>
/// <param name="EmployerId">The employing organisation.</param>
/// <param name="AnnualCost">Annual pay cost, pounds.</param>
/// <param name="OnCosts">Annual on-costs, pounds.</param>
/// <param name="PersonId">The holder, if named.</param>
public sealed record PostContract([property: NonBlank] string Post, [property: IdentifierValue] string EmployerId, [property: ValueRange(0, 1e12)] decimal AnnualCost, [property: ValueRange(0, 1e12)] decimal OnCosts, [property: IdentifierValue] string? PersonId = null);

/// <summary>A change in investment or personnel (CC-8).</summary>
/// <param name="Description">What changes.</param>
/// <param name="EffectiveFrom">When it takes effect.</param>
/// <param name="AnnualCostChange">Change in annual cost, pounds (negative for a saving).</param>
/// <param name="ReportedOn">When it was reported to the Development &amp; Operational Group.</param>
/// <param name="ImpactAssessment">Its impact assessment.</param>
public sealed record PersonnelChangeContract(
    [property: NonBlank] string Description,
    LocalDate EffectiveFrom,
    [property: ValueRange(-1e12, 1e12)] decimal AnnualCostChange,
    LocalDate? ReportedOn = null,
    ImpactAssessmentContract? ImpactAssessment = null);

/// <summary>An impact assessment (CC-8).</summary>
/// <param name="Reference">Its reference.</param>
/// <param name="CompletedOn">When it was completed.</param>
public sealed record ImpactAssessmentContract([property: NonBlank] string Reference, LocalDate CompletedOn);

/// <summary>An element of the offer (CC-9).</summary>
/// <param name="Name">What it is.</param>
/// <param name="Scope">placeConsistent or localVariation.</param>
/// <param name="AnnualBudget">Annual budget, pounds.</param>
public sealed record OfferElementContract([property: NonBlank] string Name, [property: EnumValues(typeof(OfferScope))] string Scope, [property: ValueRange(0, 1e12)] decimal AnnualBudget);

/// <summary>An initiative (CC-10).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Aim">Its aim (camelCase <see cref="InitiativeAim"/>).</param>
/// <param name="ExpectedImpact">Its expected impact.</param>
/// <param name="Scope">placeConsistent or localVariation.</param>
/// <param name="Addresses">The favoured kinds of plan it addresses (camelCase <see cref="FavouredPlanKind"/>).</param>
/// <param name="InitiationDocument">Its project initiation document.</param>
public sealed record InitiativeContract(
    [property: IdentifierValue] string Id,
    [property: NonBlank] string Title,
    [property: EnumValues(typeof(InitiativeAim))] string Aim,
    ExpectedImpactContract ExpectedImpact,
    [property: EnumValues(typeof(OfferScope))] string Scope,
    [property: EnumValues(typeof(FavouredPlanKind))] IReadOnlyList<string>? Addresses = null,
    InitiationDocumentContract? InitiationDocument = null);

/// <summary>Expected impact by horizon (CC-10).</summary>
/// <param name="ShortTerm">Short term.</param>
/// <param name="MediumTerm">Medium term.</param>
/// <param name="LongTerm">Long term.</param>
public sealed record ExpectedImpactContract(string? ShortTerm = null, string? MediumTerm = null, string? LongTerm = null);

/// <summary>A project initiation document (CC-10).</summary>
/// <param name="Reference">Its reference.</param>
/// <param name="AssessedOn">When it was assessed against the framework.</param>
public sealed record InitiationDocumentContract([property: NonBlank] string Reference, LocalDate? AssessedOn = null);

/// <summary>How a specification's element is taken up (CC-11).</summary>
/// <param name="Specification">The specification.</param>
/// <param name="Element">The element.</param>
/// <param name="Importance">core or desirable.</param>
/// <param name="Mode">adopt, adapt or notDelivered.</param>
/// <param name="Approval">Governance approval, for adaptations.</param>
public sealed record SpecificationElementContract(
    [property: NonBlank] string Specification,
    [property: NonBlank] string Element,
    [property: EnumValues(typeof(ElementImportance))] string Importance,
    [property: EnumValues(typeof(AdoptionMode))] string Mode,
    GovernanceApprovalContract? Approval = null);

/// <summary>A governance approval (CC-11).</summary>
/// <param name="ApprovedBy">The approving body.</param>
/// <param name="ApprovedOn">When.</param>
public sealed record GovernanceApprovalContract([property: NonBlank] string ApprovedBy, LocalDate ApprovedOn);
