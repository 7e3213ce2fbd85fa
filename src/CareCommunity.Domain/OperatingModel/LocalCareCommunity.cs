using System.Collections.Immutable;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// One care community (CC-1): a geographically aligned "team of teams" on a registered-population footprint, with its
/// partner organisations and people, core group, leadership and management team, wider members, reporting record, risk
/// register, cost centre, offer, initiatives and specification take-up. It is the aggregate root of the operating model.
/// </summary>
/// <remarks>
/// <para>The type is named <c>LocalCareCommunity</c>, not <c>CareCommunity</c>, because a type named like the root
/// namespace cannot be used from consumers' code (docs/decisions/0003).</para>
/// <para>Made only by <see cref="Create"/>, which guarantees referential integrity: every person, organisation and PCN
/// referenced is listed, the leadership team is drawn from the core group, a risk register is held. The softer rules
/// (vacancies, cadence, impact assessments, 80:20) are checked by <see cref="OperatingModelValidator"/>.
/// Issue locations use the member names of the JSON document (<c>$.coreGroup[2].personId</c>).</para>
/// </remarks>
public sealed class LocalCareCommunity
{
    private readonly Dictionary<PersonId, Person> _people;
    private readonly Dictionary<OrganisationId, Organisation> _organisations;

    private LocalCareCommunity(
        CareCommunityId id, string name, PlaceId place, RegisteredPopulation registeredPopulation,
        ImmutableArray<OrganisationId> alignedPcns, ImmutableArray<Organisation> organisations, ImmutableArray<Person> people,
        CoreGroup coreGroup, LeadershipTeam leadershipTeam, ImmutableArray<WiderMember> widerMembers,
        ImmutableArray<AlignedClinicalLead> alignedClinicalLeads, ReportingRecord reporting, RiskRegister riskRegister,
        CostCentre costCentre, ImmutableArray<OfferElement> offer, ImmutableArray<Initiative> initiatives,
        ImmutableArray<SpecificationElement> specifications)
    {
        Id = id;
        Name = name;
        Place = place;
        RegisteredPopulation = registeredPopulation;
        AlignedPcns = alignedPcns;
        Organisations = organisations;
        People = people;
        CoreGroup = coreGroup;
        LeadershipTeam = leadershipTeam;
        WiderMembers = widerMembers;
        AlignedClinicalLeads = alignedClinicalLeads;
        Reporting = reporting;
        RiskRegister = riskRegister;
        CostCentre = costCentre;
        Offer = offer;
        Initiatives = initiatives;
        Specifications = specifications;
        _people = people.ToDictionary(p => p.Id);
        _organisations = organisations.ToDictionary(o => o.Id);
    }

    /// <summary>The community's id.</summary>
    public CareCommunityId Id { get; }

    /// <summary>The community's name, e.g. "Nantwich &amp; Rural".</summary>
    public string Name { get; }

    /// <summary>The Place it belongs to.</summary>
    public PlaceId Place { get; }

    /// <summary>Its registered-population footprint (CC-1).</summary>
    public RegisteredPopulation RegisteredPopulation { get; }

    /// <summary>The Primary Care Networks it aligns with (CC-1).</summary>
    public ImmutableArray<OrganisationId> AlignedPcns { get; }

    /// <summary>The partner organisations.</summary>
    public ImmutableArray<Organisation> Organisations { get; }

    /// <summary>The named people.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>The core group (CC-2, CC-3).</summary>
    public CoreGroup CoreGroup { get; }

    /// <summary>The leadership and management team, drawn from the core group (CC-4).</summary>
    public LeadershipTeam LeadershipTeam { get; }

    /// <summary>The wider members (CC-5).</summary>
    public ImmutableArray<WiderMember> WiderMembers { get; }

    /// <summary>The clinical leaders secondary care providers align to the community (CC-5).</summary>
    public ImmutableArray<AlignedClinicalLead> AlignedClinicalLeads { get; }

    /// <summary>The governance record: the reporting start and dated submissions (CC-6).</summary>
    public ReportingRecord Reporting { get; }

    /// <summary>The risk register (CC-7).</summary>
    public RiskRegister RiskRegister { get; }

    /// <summary>The cost centre (CC-8).</summary>
    public CostCentre CostCentre { get; }

    /// <summary>The elements of the offer (CC-9).</summary>
    public ImmutableArray<OfferElement> Offer { get; }

    /// <summary>The initiatives and improvement plans (CC-10).</summary>
    public ImmutableArray<Initiative> Initiatives { get; }

    /// <summary>How the community takes up specifications' elements (CC-11).</summary>
    public ImmutableArray<SpecificationElement> Specifications { get; }

    /// <summary>A person by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person.</returns>
    /// <exception cref="KeyNotFoundException">No such person is listed.</exception>
    public Person PersonById(PersonId id) => _people.TryGetValue(id, out var p) ? p : throw new KeyNotFoundException($"No person '{id}' in care community '{Id}'.");

    /// <summary>An organisation by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="KeyNotFoundException">No such organisation is listed.</exception>
    public Organisation OrganisationById(OrganisationId id) => _organisations.TryGetValue(id, out var o) ? o : throw new KeyNotFoundException($"No organisation '{id}' in care community '{Id}'.");

    /// <summary>
    /// Creates a care community, checking that everything it references exists and that the core group and leadership
    /// team hold together. Never throws for bad data: the result lists every issue with its location.
    /// </summary>
    /// <param name="id">The community's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="place">Its Place.</param>
    /// <param name="registeredPopulation">Its registered population.</param>
    /// <param name="alignedPcns">The PCNs it aligns with; each must be a listed organisation.</param>
    /// <param name="organisations">The partner organisations; ids unique.</param>
    /// <param name="people">The named people; ids unique, each from a listed organisation.</param>
    /// <param name="coreGroup">The core group's members, as listed.</param>
    /// <param name="leadershipTeam">The leadership assignments, as listed.</param>
    /// <param name="reporting">The governance record.</param>
    /// <param name="riskRegister">The risks, or null when the community holds no risk register (a CC-7 error).</param>
    /// <param name="widerMembers">The wider members.</param>
    /// <param name="alignedClinicalLeads">The aligned secondary care clinical leads.</param>
    /// <param name="costCentre">The cost centre.</param>
    /// <param name="offer">The offer.</param>
    /// <param name="initiatives">The initiatives; ids unique.</param>
    /// <param name="specifications">The specification elements.</param>
    /// <returns>The community, or the issues that prevent it.</returns>
    public static Result<LocalCareCommunity> Create(
        CareCommunityId id,
        string name,
        PlaceId place,
        RegisteredPopulation registeredPopulation,
        IEnumerable<OrganisationId> alignedPcns,
        IEnumerable<Organisation> organisations,
        IEnumerable<Person> people,
        IEnumerable<CoreGroupMember> coreGroup,
        IEnumerable<LeadershipAssignment> leadershipTeam,
        ReportingRecord reporting,
        IEnumerable<Risk>? riskRegister,
        IEnumerable<WiderMember>? widerMembers = null,
        IEnumerable<AlignedClinicalLead>? alignedClinicalLeads = null,
        CostCentre? costCentre = null,
        IEnumerable<OfferElement>? offer = null,
        IEnumerable<Initiative>? initiatives = null,
        IEnumerable<SpecificationElement>? specifications = null)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(place);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(reporting);
        var root = DocumentPath.Root;
        var issues = new IssueCollector();

        var orgs = UniqueById(organisations ?? throw new ArgumentNullException(nameof(organisations)), o => o.Id, o => o.Id.Value, root.Property("organisations"), null, issues);
        var persons = UniqueById(people ?? throw new ArgumentNullException(nameof(people)), p => p.Id, p => p.Id.Value, root.Property("people"), null, issues);
        var orgIds = orgs.Select(o => o.Id).ToHashSet();
        var personIds = persons.Select(p => p.Id).ToHashSet();

        for (var i = 0; i < persons.Length; i++)
        {
            CheckOrganisation(persons[i].Organisation, orgIds, root.Property("people").Index(i).Property("organisationId"), null, issues);
        }

        if (registeredPopulation.Count <= 0)
        {
            issues.Error(IssueKind.Value, OperatingModelRules.CareCommunityFootprint.Id, OperatingModelIssueCodes.PopulationNotPositive, root.Property("registeredPopulation"),
                "The registered population is not set: a care community is based on a registered population footprint, which must be positive (CC-1).",
                registeredPopulation.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var pcns = (alignedPcns ?? throw new ArgumentNullException(nameof(alignedPcns))).ToImmutableArray();
        var seenPcns = new Dictionary<OrganisationId, int>();
        for (var i = 0; i < pcns.Length; i++)
        {
            CheckOrganisation(pcns[i], orgIds, root.Property("alignedPcns").Index(i), OperatingModelRules.CareCommunityFootprint.Id, issues);
            if (!seenPcns.TryAdd(pcns[i], i))
            {
                issues.Error(IssueKind.Invariant, OperatingModelRules.CareCommunityFootprint.Id, OperatingModelIssueCodes.DuplicateId, root.Property("alignedPcns").Index(i),
                    $"The PCN '{pcns[i]}' is already listed at index {seenPcns[pcns[i]]} of $.alignedPcns.", pcns[i].Value);
            }
        }

        var members = (coreGroup ?? throw new ArgumentNullException(nameof(coreGroup))).ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            CheckPerson(members[i].Person, personIds, root.Property("coreGroup").Index(i).Property("personId"), OperatingModelRules.CoreGroupRoles.Id, issues);
        }

        var group = CoreGroup.Create(members);
        issues.AddRange(group.Issues, root.Property("coreGroup"));
        LeadershipTeam? team = null;
        if (group.TryGetValue(out var g))
        {
            var leaders = LeadershipTeam.Create(g, leadershipTeam ?? throw new ArgumentNullException(nameof(leadershipTeam)));
            issues.AddRange(leaders.Issues, root.Property("leadershipTeam"));
            team = leaders.ValueOrDefault;
        }

        var wider = (widerMembers ?? []).ToImmutableArray();
        for (var i = 0; i < wider.Length; i++)
        {
            var at = root.Property("widerMembers").Index(i);
            if (wider[i].Person is { } p)
            {
                CheckPerson(p, personIds, at.Property("personId"), OperatingModelRules.WiderMembers.Id, issues);
            }

            if (wider[i].Organisation is { } o)
            {
                CheckOrganisation(o, orgIds, at.Property("organisationId"), OperatingModelRules.WiderMembers.Id, issues);
            }
        }

        var aligned = (alignedClinicalLeads ?? []).ToImmutableArray();
        for (var i = 0; i < aligned.Length; i++)
        {
            CheckPerson(aligned[i].Person, personIds, root.Property("alignedClinicalLeads").Index(i).Property("personId"), OperatingModelRules.WiderMembers.Id, issues);
        }

        RiskRegister? register = null;
        if (riskRegister is null)
        {
            issues.Error(IssueKind.Required, OperatingModelRules.RiskRegister.Id, OperatingModelIssueCodes.RiskRegisterMissing, root.Property("riskRegister"),
                "The care community holds no risk register: each care community holds a risk register (CC-7). An empty register ({ \"risks\": [] }) is allowed.");
        }
        else
        {
            var risks = riskRegister.ToArray();
            for (var i = 0; i < risks.Length; i++)
            {
                if (risks[i].Rating.Score == 0)
                {
                    issues.Error(IssueKind.Value, OperatingModelRules.RiskRegister.Id, OperatingModelIssueCodes.RiskRatingOutOfRange,
                        root.Property("riskRegister").Property("risks").Index(i),
                        $"Risk '{risks[i].Id}' has no rating: likelihood and impact are each rated 1 to 5 on the 5x5 matrix (CC-7).");
                }

                CheckPerson(risks[i].Owner, personIds, root.Property("riskRegister").Property("risks").Index(i).Property("ownerId"), OperatingModelRules.RiskRegister.Id, issues);
            }

            var created = RiskRegister.Create(risks);
            issues.AddRange(created.Issues, root.Property("riskRegister").Property("risks"));
            register = created.ValueOrDefault;
        }

        var costs = costCentre ?? CostCentre.Empty;
        for (var i = 0; i < costs.Posts.Length; i++)
        {
            var at = root.Property("costCentre").Property("posts").Index(i);
            CheckOrganisation(costs.Posts[i].Employer, orgIds, at.Property("employerId"), OperatingModelRules.CostCentre.Id, issues);
            if (costs.Posts[i].Person is { } holder)
            {
                CheckPerson(holder, personIds, at.Property("personId"), OperatingModelRules.CostCentre.Id, issues);
            }
        }

        var plans = UniqueById(initiatives ?? [], x => x.Id, x => x.Id.Value, root.Property("initiatives"), OperatingModelRules.Initiatives.Id, issues);

        if (issues.HasErrors)
        {
            return Result<LocalCareCommunity>.Failure(issues.Issues);
        }

        return Result<LocalCareCommunity>.Success(new LocalCareCommunity(
            id, name.Trim(), place, registeredPopulation, pcns, orgs, persons, group.Value, team!, wider, aligned, reporting,
            register!, costs, (offer ?? []).ToImmutableArray(), plans, (specifications ?? []).ToImmutableArray()));
    }

    private static ImmutableArray<T> UniqueById<T, TId>(IEnumerable<T> items, Func<T, TId> id, Func<T, string> text, DocumentPath at, Rules.RuleId? rule, IssueCollector issues)
        where TId : notnull
    {
        var list = items.ToImmutableArray();
        var seen = new Dictionary<TId, int>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!seen.TryAdd(id(list[i]), i))
            {
                issues.Error(IssueKind.Invariant, rule, OperatingModelIssueCodes.DuplicateId, at.Index(i).Property("id"),
                    $"The id '{text(list[i])}' is already used at index {seen[id(list[i])]} of {at}: ids must be unique within a list.", text(list[i]));
            }
        }

        return list;
    }

    private static void CheckOrganisation(OrganisationId id, HashSet<OrganisationId> known, DocumentPath at, Rules.RuleId? rule, IssueCollector issues)
    {
        if (!known.Contains(id))
        {
            issues.Error(IssueKind.Invariant, rule, OperatingModelIssueCodes.UnknownOrganisation, at,
                $"No organisation with id '{id}' is listed in $.organisations.", id.Value);
        }
    }

    private static void CheckPerson(PersonId id, HashSet<PersonId> known, DocumentPath at, Rules.RuleId? rule, IssueCollector issues)
    {
        if (!known.Contains(id))
        {
            issues.Error(IssueKind.Invariant, rule, OperatingModelIssueCodes.UnknownPerson, at,
                $"No person with id '{id}' is listed in $.people.", id.Value);
        }
    }
}
