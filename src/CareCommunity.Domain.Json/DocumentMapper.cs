using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>
/// Maps between the care-community document's contracts and the domain model. Reading never throws for bad data:
/// every value that is not what the model allows becomes an issue at its path, and all of them are reported.
/// </summary>
public static class DocumentMapper
{

    /// <summary>
    /// Reads a document into the lenient <see cref="CareCommunityDraft"/> that every rule runs on. Every value that is
    /// not what the model allows becomes an issue at its path and a null in the draft (an unreadable element is a null
    /// entry at its index); all of them are reported. Lists longer than <see cref="ValidationLimits.MaxListLength"/> are
    /// read up to the limit, and an issue says how many entries were not read.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="issues">Where issues are collected; locations are paths into the document.</param>
    /// <param name="limits">The limits; <see cref="ValidationLimits.Default"/> when null.</param>
    /// <returns>The draft.</returns>
    public static CareCommunityDraft ToDraft(CareCommunityDocumentContract document, IssueCollector issues, ValidationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issues);
        limits ??= ValidationLimits.Default;
        var m = new ContractValueReader(issues, limits);
        var root = DocumentPath.Root;
        NoNullElements(document, issues);

        m.SchemaVersion(document.SchemaVersion, root.Property("schemaVersion"));

        var id = m.Id<CareCommunityId>(document.Id, root.Property("id"), CareCommunityId.TryCreate, "care community id");
        var name = m.Text(document.Name, root.Property("name"));
        var place = m.Id<PlaceId>(document.PlaceId, root.Property("placeId"), PlaceId.TryCreate, "place id");
        var population = m.Build(() => RegisteredPopulation.Create(document.RegisteredPopulation), root.Property("registeredPopulation"),
            document.RegisteredPopulation.ToString(CultureInfo.InvariantCulture));
        var pcns = m.EachValue(document.AlignedPcns, root.Property("alignedPcns"), (p, i) => m.Id<OrganisationId>(p, root.Property("alignedPcns").Index(i), OrganisationId.TryCreate, "organisation id"));

        var organisations = m.Each(document.Organisations, DocumentPath.FromText("$.organisations"), (o, i) =>
        {
            var at = root.Property("organisations").Index(i);
            var oid = m.Id<OrganisationId>(o.Id, at.Property("id"), OrganisationId.TryCreate, "organisation id");
            var oname = m.Text(o.Name, at.Property("name"));
            var kind = m.Enum<PartnerKind>(o.Kind, at.Property("kind"));
            return oid is { } a && oname is { } b && kind is { } c ? new Organisation(a, b, c) : null;
        });

        var people = m.Each(document.People, DocumentPath.FromText("$.people"), (p, i) =>
        {
            var at = root.Property("people").Index(i);
            var pid = m.Id<PersonId>(p.Id, at.Property("id"), PersonId.TryCreate, "person id");
            var pname = m.Text(p.Name, at.Property("name"));
            var org = m.Id<OrganisationId>(p.OrganisationId, at.Property("organisationId"), OrganisationId.TryCreate, "organisation id");
            var profession = p.Profession is null ? Profession.Unspecified : m.Enum<Profession>(p.Profession, at.Property("profession"));
            return pid is { } a && pname is { } b && org is { } c && profession is { } d ? new Person(a, b, c, d) : null;
        });

        var core = m.Each(document.CoreGroup, DocumentPath.FromText("$.coreGroup"), (c, i) =>
        {
            var at = root.Property("coreGroup").Index(i);
            var pid = m.Id<PersonId>(c.PersonId, at.Property("personId"), PersonId.TryCreate, "person id");
            var role = m.Enum<CoreRole>(c.Role, at.Property("role"));
            return pid is { } a && role is { } b ? new CoreGroupMember(a, b) : null;
        });

        var leaders = m.Each(document.LeadershipTeam, DocumentPath.FromText("$.leadershipTeam"), (c, i) =>
        {
            var at = root.Property("leadershipTeam").Index(i);
            var pid = m.Id<PersonId>(c.PersonId, at.Property("personId"), PersonId.TryCreate, "person id");
            var role = m.Enum<LeadershipRole>(c.Role, at.Property("role"));
            return pid is { } a && role is { } b ? new LeadershipAssignment(b, a) : null;
        });

        var wider = m.Each(document.WiderMembers ?? [], DocumentPath.FromText("$.widerMembers"), (w, i) =>
        {
            var at = root.Property("widerMembers").Index(i);
            var kind = m.Enum<WiderMemberKind>(w.Kind, at.Property("kind"));
            var pid = w.PersonId is null ? null : m.Id<PersonId>(w.PersonId, at.Property("personId"), PersonId.TryCreate, "person id");
            var oid = w.OrganisationId is null ? null : m.Id<OrganisationId>(w.OrganisationId, at.Property("organisationId"), OrganisationId.TryCreate, "organisation id");
            if (w.PersonId is null && w.OrganisationId is null)
            {
                issues.Error(IssueKind.Required, OperatingModelRules.WiderMembers.Id, CareCommunityDocument.WiderMemberNamesNothing, at,
                    "A wider member names a person (personId), an organisation (organisationId), or both (CC-5).");
                return null;
            }

            return kind is { } k && (w.PersonId is null || pid is not null) && (w.OrganisationId is null || oid is not null) ? new WiderMember(k, pid, oid) : null;
        });

        var aligned = m.Each(document.AlignedClinicalLeads ?? [], DocumentPath.FromText("$.alignedClinicalLeads"), (a, i) =>
        {
            var at = root.Property("alignedClinicalLeads").Index(i);
            var pid = m.Id<PersonId>(a.PersonId, at.Property("personId"), PersonId.TryCreate, "person id");
            var specialty = m.Text(a.Specialty, at.Property("specialty"));
            return pid is { } p && specialty is { } s ? new AlignedClinicalLead(p, s) : null;
        });

        var submissions = m.Each(document.Reporting.Submissions, DocumentPath.FromText("$.reporting.submissions"), (s, i) =>
        {
            var obligation = m.Enum<ReportingObligation>(s.Obligation, root.Property("reporting").Property("submissions").Index(i).Property("obligation"));
            return obligation is { } o ? new Submission(o, s.Date) : null;
        });

        var risks = m.Each(document.RiskRegister?.Risks, DocumentPath.FromText("$.riskRegister.risks"), (r, i) =>
        {
            var at = root.Property("riskRegister").Property("risks").Index(i);
            var rid = m.Id<RiskId>(r.Id, at.Property("id"), RiskId.TryCreate, "risk id");
            var title = m.Text(r.Title, at.Property("title"));
            var likelihood = m.Build(() => RiskRating.Create(r.Likelihood, 1), at.Property("likelihood"), r.Likelihood.ToString(CultureInfo.InvariantCulture));
            var impact = m.Build(() => RiskRating.Create(1, r.Impact), at.Property("impact"), r.Impact.ToString(CultureInfo.InvariantCulture));
            var owner = m.Id<PersonId>(r.OwnerId, at.Property("ownerId"), PersonId.TryCreate, "person id");
            var status = m.Enum<RiskStatus>(r.Status, at.Property("status"));
            return rid is { } a && title is { } b && likelihood is not null && impact is not null && owner is { } o && status is { } s
                ? new Risk(a, b, RiskRating.Create(r.Likelihood, r.Impact), o, s, r.RaisedOn, r.Escalation is { } e ? new Escalation(e.On) : null)
                : null;
        });

        var costCentre = document.CostCentre;
        var posts = m.Each(costCentre?.Posts ?? [], DocumentPath.FromText("$.costCentre.posts"), (p, i) =>
        {
            var at = root.Property("costCentre").Property("posts").Index(i);
            var title = m.Text(p.Post, at.Property("post"));
            var employer = m.Id<OrganisationId>(p.EmployerId, at.Property("employerId"), OrganisationId.TryCreate, "organisation id");
            var holder = p.PersonId is null ? null : m.Id<PersonId>(p.PersonId, at.Property("personId"), PersonId.TryCreate, "person id");
            var cost = m.NonNegative(p.AnnualCost, at.Property("annualCost"), OperatingModelRules.CostCentreAndImpactAssessment.Id);
            var onCosts = m.NonNegative(p.OnCosts, at.Property("onCosts"), OperatingModelRules.CostCentreAndImpactAssessment.Id);
            return title is { } t && employer is { } e && (p.PersonId is null || holder is not null) && cost is { } c && onCosts is { } oc
                ? new AlignedPost(t, e, c, oc, holder)
                : null;
        });
        var changes = m.Each(costCentre?.Changes ?? [], DocumentPath.FromText("$.costCentre.changes"), (c, i) =>
        {
            var at = root.Property("costCentre").Property("changes").Index(i);
            var description = m.Text(c.Description, at.Property("description"));
            var assessment = c.ImpactAssessment is { } ia
                ? m.Text(ia.Reference, at.Property("impactAssessment").Property("reference")) is { } reference ? new ImpactAssessment(reference, ia.CompletedOn) : null
                : null;
            var change = m.Amount(c.AnnualCostChange, at.Property("annualCostChange"), OperatingModelRules.CostCentreAndImpactAssessment.Id);
            return description is { } d && (c.ImpactAssessment is null || assessment is not null) && change is { } amount
                ? new PersonnelChange(d, c.EffectiveFrom, amount, c.ReportedOn, assessment)
                : null;
        });

        var offer = m.Each(document.Offer ?? [], DocumentPath.FromText("$.offer"), (o, i) =>
        {
            var at = root.Property("offer").Index(i);
            var oname = m.Text(o.Name, at.Property("name"));
            var scope = m.Enum<OfferScope>(o.Scope, at.Property("scope"));
            var budget = m.NonNegative(o.AnnualBudget, at.Property("annualBudget"), OperatingModelRules.EightyTwenty.Id);
            return oname is { } a && scope is { } b && budget is { } c ? new OfferElement(a, b, c) : null;
        });

        var initiatives = m.Each(document.Initiatives ?? [], DocumentPath.FromText("$.initiatives"), (x, i) => ReadInitiative(x, root.Property("initiatives").Index(i), m));

        var specifications = m.Each(document.Specifications ?? [], DocumentPath.FromText("$.specifications"), (s, i) =>
        {
            var at = root.Property("specifications").Index(i);
            var spec = m.Text(s.Specification, at.Property("specification"));
            var element = m.Text(s.Element, at.Property("element"));
            var importance = m.Enum<ElementImportance>(s.Importance, at.Property("importance"));
            var mode = m.Enum<AdoptionMode>(s.Mode, at.Property("mode"));
            var approval = s.Approval is { } ap
                ? m.Text(ap.ApprovedBy, at.Property("approval").Property("approvedBy")) is { } by ? new GovernanceApproval(by, ap.ApprovedOn) : null
                : null;
            return spec is { } a && element is { } b && importance is { } c && mode is { } d && (s.Approval is null || approval is not null)
                ? new SpecificationElement(a, b, c, d, approval)
                : null;
        });

        return new CareCommunityDraft
        {
            Id = id,
            Name = name,
            Place = place,
            RegisteredPopulation = population,
            AlignedPcns = pcns,
            Organisations = organisations,
            People = people,
            CoreGroup = core,
            LeadershipTeam = leaders,
            WiderMembers = wider,
            AlignedClinicalLeads = aligned,
            ReportingStart = document.Reporting.Start,
            Submissions = submissions,
            RiskRegister = document.RiskRegister is null ? null : risks,
            Posts = posts,
            Changes = changes,
            Offer = offer,
            Initiatives = initiatives,
            Specifications = specifications,
        };
    }

    /// <summary>Maps a community back to its document: the inverse of <see cref="ToDraft"/>.</summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The document's as-of date, if any.</param>
    /// <returns>The document.</returns>
    public static CareCommunityDocumentContract ToContract(LocalCareCommunity community, NodaTime.LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(community);
        return new CareCommunityDocumentContract(
            SchemaVersion: CareCommunityDocumentContract.CurrentSchemaVersion,
            Id: community.Id.Value,
            Name: community.Name,
            PlaceId: community.Place.Value,
            RegisteredPopulation: community.RegisteredPopulation.Count,
            AlignedPcns: [.. community.AlignedPcns.Select(p => p.Value)],
            Organisations: [.. community.Organisations.Select(o => new OrganisationContract(o.Id.Value, o.Name, EnumText.Format(o.Kind)))],
            People: [.. community.People.Select(p => new PersonContract(p.Id.Value, p.Name, p.Organisation.Value,
                p.Profession == Profession.Unspecified ? null : EnumText.Format(p.Profession)))],
            CoreGroup: [.. community.CoreGroup.Members.Select(c => new CoreGroupMemberContract(c.Person.Value, EnumText.Format(c.Role)))],
            LeadershipTeam: [.. community.LeadershipTeam.Assignments.Select(a => new LeadershipAssignmentContract(a.Person.Value, EnumText.Format(a.Role)))],
            Reporting: new ReportingContract(community.Reporting.Start,
                [.. community.Reporting.Submissions.Select(s => new SubmissionContract(EnumText.Format(s.Obligation), s.Date))]),
            AsOf: asOf,
            RiskRegister: new RiskRegisterContract([.. community.RiskRegister.Risks.Select(r => new RiskContract(
                r.Id.Value, r.Title, r.Rating.Likelihood, r.Rating.Impact, r.Owner.Value, EnumText.Format(r.Status), r.RaisedOn,
                r.Escalation is { } e ? new EscalationContract(e.On) : null))]),
            WiderMembers: [.. community.WiderMembers.Select(w => new WiderMemberContract(EnumText.Format(w.Kind), w.Person?.Value, w.Organisation?.Value))],
            AlignedClinicalLeads: [.. community.AlignedClinicalLeads.Select(a => new AlignedClinicalLeadContract(a.Person.Value, a.Specialty))],
            CostCentre: new CostCentreContract(
                [.. community.CostCentre.Posts.Select(p => new PostContract(p.Post, p.Employer.Value, p.AnnualCost.Pounds, p.OnCosts.Pounds, p.Person?.Value))],
                [.. community.CostCentre.Changes.Select(c => new PersonnelChangeContract(c.Description, c.EffectiveFrom, c.AnnualCostChange.Pounds, c.ReportedOn,
                    c.ImpactAssessment is { } ia ? new ImpactAssessmentContract(ia.Reference, ia.CompletedOn) : null))]),
            Offer: [.. community.Offer.Select(o => new OfferElementContract(o.Name, EnumText.Format(o.Scope), o.AnnualBudget.Pounds))],
            Initiatives: [.. community.Initiatives.Select(x => new InitiativeContract(x.Id.Value, x.Title, EnumText.Format(x.Aim),
                new ExpectedImpactContract(x.Impact.ShortTerm, x.Impact.MediumTerm, x.Impact.LongTerm), EnumText.Format(x.Scope),
                [.. x.Addresses.Select(EnumText.Format)],
                x.InitiationDocument is { } d ? new InitiationDocumentContract(d.Reference, d.AssessedOn) : null))],
            Specifications: [.. community.Specifications.Select(s => new SpecificationElementContract(s.Specification, s.Element,
                EnumText.Format(s.Importance), EnumText.Format(s.Mode), s.Approval is { } a ? new GovernanceApprovalContract(a.ApprovedBy, a.ApprovedOn) : null))]);
    }

    // System.Text.Json does not apply nullable annotations to collection elements, so a null element is reported here,
    // before mapping, with its path.
    private static bool NoNullElements(CareCommunityDocumentContract d, IssueCollector issues)
    {
        var root = DocumentPath.Root;
        var ok = Check(d.AlignedPcns, root.Property("alignedPcns"));
        ok &= Check(d.Organisations, root.Property("organisations"));
        ok &= Check(d.People, root.Property("people"));
        ok &= Check(d.CoreGroup, root.Property("coreGroup"));
        ok &= Check(d.LeadershipTeam, root.Property("leadershipTeam"));
        ok &= Check(d.WiderMembers, root.Property("widerMembers"));
        ok &= Check(d.AlignedClinicalLeads, root.Property("alignedClinicalLeads"));
        ok &= Check(d.Reporting.Submissions, root.Property("reporting").Property("submissions"));
        ok &= Check(d.RiskRegister?.Risks, root.Property("riskRegister").Property("risks"));
        ok &= Check(d.CostCentre?.Posts, root.Property("costCentre").Property("posts"));
        ok &= Check(d.CostCentre?.Changes, root.Property("costCentre").Property("changes"));
        ok &= Check(d.Offer, root.Property("offer"));
        ok &= Check(d.Initiatives, root.Property("initiatives"));
        ok &= Check(d.Specifications, root.Property("specifications"));
        for (var i = 0; d.Initiatives is not null && i < d.Initiatives.Count; i++)
        {
            ok &= Check(d.Initiatives[i]?.Addresses, root.Property("initiatives").Index(i).Property("addresses"));
        }

        return ok;

        bool Check<T>(IReadOnlyList<T>? list, DocumentPath at)
        {
            var fine = true;
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    issues.Error(IssueKind.Structure, null, CareCommunityDocument.NullValue, at.Index(i), "An element of this array is null; null elements are not allowed.");
                    fine = false;
                }
            }

            return fine;
        }
    }

    /// <summary>Reads an initiative (CC-10; also a quality plan's improvement project) at <paramref name="at"/>; null when a value is unreadable.</summary>
    internal static Initiative? ReadInitiative(InitiativeContract x, DocumentPath at, ContractValueReader m)
    {
        var iid = m.Id<InitiativeId>(x.Id, at.Property("id"), InitiativeId.TryCreate, "initiative id");
        var title = m.Text(x.Title, at.Property("title"));
        var aim = m.Enum<InitiativeAim>(x.Aim, at.Property("aim"));
        var scope = m.Enum<OfferScope>(x.Scope, at.Property("scope"));
        var addresses = (x.Addresses ?? []).Select((a, j) => a is null ? null : m.Enum<FavouredPlanKind>(a, at.Property("addresses").Index(j))).ToArray();
        var pid = x.InitiationDocument is { } doc
            ? m.Text(doc.Reference, at.Property("initiationDocument").Property("reference")) is { } reference ? new ProjectInitiationDocument(reference, doc.AssessedOn) : null
            : null;
        return iid is { } a && title is { } b && aim is { } c && scope is { } d && addresses.All(k => k is not null) && (x.InitiationDocument is null || pid is not null)
            ? new Initiative(a, b, c, [.. addresses.Select(k => k!.Value)],
                new ExpectedImpact(x.ExpectedImpact.ShortTerm, x.ExpectedImpact.MediumTerm, x.ExpectedImpact.LongTerm), pid, d)
            : null;
    }
}
