using System.Collections.Immutable;
using CareCommunity.Domain;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Testing;

/// <summary>
/// Builds a complete, valid <see cref="LocalCareCommunity"/> (Nantwich &amp; Rural, on Cheshire East Place): all eight core
/// roles, the five leadership roles, wider members, an aligned secondary-care clinical lead, a submission for every
/// obligation in every reporting period up to <see cref="AsOfDate"/>, a risk register, a cost centre with posts and an
/// impact-assessed change, an offer at exactly 80:20, an initiative and an approved adaptation of a specification.
/// Validated with default options on <see cref="AsOfDate"/>, it has no issues at all.
/// Each <c>With…</c>/<c>Without…</c> method changes one thing, so a test can break exactly one rule.
/// </summary>
public sealed class LocalCareCommunityBuilder
{
    /// <summary>The date the sample community is complete on.</summary>
    public static readonly LocalDate DefaultAsOf = new(2025, 3, 15);

    /// <summary>The first day of the sample community's first reporting period.</summary>
    public static readonly LocalDate DefaultReportingStart = new(2024, 4, 1);

    private readonly List<Organisation> _organisations = [.. SampleOrganisations.All];
    private readonly List<Person> _people = [.. SamplePeople.All];
    private readonly List<OrganisationId> _alignedPcns = [SampleOrganisations.Pcn];
    private readonly List<CoreGroupMember> _coreGroup = [.. Enum.GetValues<CoreRole>().Select(r => new CoreGroupMember(SamplePeople.HolderOf(r), r))];
    private readonly List<LeadershipAssignment> _leaders = [.. Enum.GetValues<LeadershipRole>().Select(r => new LeadershipAssignment(r, SamplePeople.LeaderOf(r)))];

    private readonly List<WiderMember> _widerMembers =
    [
        new(WiderMemberKind.LocalCouncillor, SamplePeople.Councillor, SampleOrganisations.Council),
        new(WiderMemberKind.Police, null, SampleOrganisations.Police),
        new(WiderMemberKind.FireAndRescue, null, SampleOrganisations.FireAndRescue),
        new(WiderMemberKind.HousingProvider, null, SampleOrganisations.Housing),
    ];

    private readonly List<AlignedClinicalLead> _alignedLeads = [new(SamplePeople.Cardiologist, "Cardiology")];
    private readonly HashSet<(ReportingObligation Obligation, LocalDate PeriodStart)> _missingSubmissions = [];
    private readonly List<Submission> _extraSubmissions = [];

    private readonly List<AlignedPost> _posts =
    [
        new("Care Community Coach", SampleOrganisations.CommunityHealth, Money.FromPounds(45_000m), Money.FromPounds(11_500m), SamplePeople.Coach),
        new("Social Worker", SampleOrganisations.Council, Money.FromPounds(38_000m), Money.FromPounds(9_800.50m), SamplePeople.SocialCare),
        new("Care Coordinator", SampleOrganisations.Pcn, Money.FromPounds(26_500m), Money.FromPounds(6_250m)),
    ];

    private readonly List<PersonnelChange> _changes =
    [
        new("An additional social worker aligned to the care community", new LocalDate(2024, 10, 1), Money.FromPounds(47_800.50m),
            new LocalDate(2024, 9, 10), new ImpactAssessment("IA-2024-07", new LocalDate(2024, 9, 1))),
    ];

    private readonly List<OfferElement> _offer =
    [
        new("Place-consistent integrated community offer", OfferScope.PlaceConsistent, Money.FromPounds(800_000m)),
        new("Local frailty and falls innovation", OfferScope.LocalVariation, Money.FromPounds(200_000m)),
    ];

    private readonly List<Initiative> _initiatives = [SampleInitiative(InitiativeId.Create("frailty-mdt"))];

    private readonly List<SpecificationElement> _specifications =
    [
        new("Care Communities specification", "Multidisciplinary team meetings", ElementImportance.Core, AdoptionMode.Adapt,
            new GovernanceApproval("Care Communities Development & Operational Group", new LocalDate(2024, 9, 2))),
        new("Care Communities specification", "Social prescribing link", ElementImportance.Desirable, AdoptionMode.Adopt, null),
    ];

    private List<Submission>? _submissions;
    private List<Risk>? _risks =
    [
        new(RiskId.Create("r-001"), "Community nursing workforce capacity", RiskRating.Create(3, 4), SamplePeople.Coach, RiskStatus.Open,
            new LocalDate(2024, 6, 3), null),
        new(RiskId.Create("r-002"), "Delayed discharges from the acute trust", RiskRating.Create(4, 4), SamplePeople.ClinicalLead, RiskStatus.Open,
            new LocalDate(2024, 7, 1), new Escalation(new LocalDate(2024, 7, 15))),
    ];

    private CareCommunityId _id = CareCommunityId.Create("nantwich-and-rural");
    private string _name = "Nantwich & Rural";
    private PlaceId _place = PlaceId.Create("cheshire-east");
    private RegisteredPopulation _population = RegisteredPopulation.Create(52_340);
    private LocalDate _reportingStart = DefaultReportingStart;

    /// <summary>The date the automatic submissions run up to; validate on this date.</summary>
    public LocalDate AsOfDate { get; private set; } = DefaultAsOf;

    /// <summary>A fresh builder for the valid sample community.</summary>
    public static LocalCareCommunityBuilder Valid() => new();

    /// <summary>The sample community, built.</summary>
    public static LocalCareCommunity BuildValid() => new LocalCareCommunityBuilder().Build();

    /// <summary>A complete initiative (CC-10) with the given id.</summary>
    public static Initiative SampleInitiative(InitiativeId id) => new(
        id, "Frailty multidisciplinary team", InitiativeAim.ReleasingCapacity,
        [FavouredPlanKind.EarlyInterventionUsingRiskStratification, FavouredPlanKind.Prevention],
        new ExpectedImpact("Fewer avoidable A&E attendances", "Fewer non-elective admissions", "More people living well at home"),
        new ProjectInitiationDocument("PID-2024-03", new LocalDate(2024, 5, 20)), OfferScope.LocalVariation);

    // ----- identity and footprint (CC-1)

    public LocalCareCommunityBuilder WithId(CareCommunityId id) => Do(() => _id = id);

    public LocalCareCommunityBuilder WithName(string name) => Do(() => _name = name);

    public LocalCareCommunityBuilder WithPlace(PlaceId place) => Do(() => _place = place);

    public LocalCareCommunityBuilder WithRegisteredPopulation(RegisteredPopulation population) => Do(() => _population = population);

    public LocalCareCommunityBuilder WithAlignedPcns(params OrganisationId[] pcns) => Do(() =>
    {
        _alignedPcns.Clear();
        _alignedPcns.AddRange(pcns);
    });

    public LocalCareCommunityBuilder WithoutAlignedPcns() => WithAlignedPcns();

    // ----- organisations and people

    /// <summary>Adds an organisation, or replaces the one with the same id.</summary>
    public LocalCareCommunityBuilder WithOrganisation(Organisation organisation) => Do(() => Replace(_organisations, organisation, o => o.Id == organisation.Id));

    /// <summary>Appends an organisation even when its id is taken (for duplicate-id tests).</summary>
    public LocalCareCommunityBuilder AddOrganisation(Organisation organisation) => Do(() => _organisations.Add(organisation));

    public LocalCareCommunityBuilder WithoutOrganisation(OrganisationId id) => Do(() => _organisations.RemoveAll(o => o.Id == id));

    /// <summary>Adds a person, or replaces the one with the same id.</summary>
    public LocalCareCommunityBuilder WithPerson(Person person) => Do(() => Replace(_people, person, p => p.Id == person.Id));

    /// <summary>Appends a person even when their id is taken (for duplicate-id tests).</summary>
    public LocalCareCommunityBuilder AddPerson(Person person) => Do(() => _people.Add(person));

    public LocalCareCommunityBuilder WithoutPerson(PersonId id) => Do(() => _people.RemoveAll(p => p.Id == id));

    /// <summary>Changes a listed person's profession.</summary>
    public LocalCareCommunityBuilder WithProfession(PersonId id, Profession profession) => Do(() =>
    {
        var p = _people.Single(x => x.Id == id);
        Replace(_people, new Person(p.Id, p.Name, p.Organisation, profession), x => x.Id == id);
    });

    /// <summary>Moves a listed person to another organisation.</summary>
    public LocalCareCommunityBuilder WithEmployer(PersonId id, OrganisationId organisation) => Do(() =>
    {
        var p = _people.Single(x => x.Id == id);
        Replace(_people, new Person(p.Id, p.Name, organisation, p.Profession), x => x.Id == id);
    });

    // ----- core group (CC-2, CC-3)

    /// <summary>Leaves a core role vacant. Leadership assignments are untouched: removing the holder of a role that backs a
    /// leadership role also breaks CC-4 unless the test moves that leadership role too.</summary>
    public LocalCareCommunityBuilder WithoutCoreRole(CoreRole role) => Do(() => _coreGroup.RemoveAll(m => m.Role == role));

    /// <summary>Gives a core role to a person, replacing its current holder in place (or appending when vacant).</summary>
    public LocalCareCommunityBuilder WithCoreMember(CoreRole role, PersonId person) =>
        Do(() => Replace(_coreGroup, new CoreGroupMember(person, role), m => m.Role == role));

    /// <summary>Appends a membership as listed, even if the role or person is already in the group (for CC-2/CC-3 tests).</summary>
    public LocalCareCommunityBuilder AddCoreMember(PersonId person, CoreRole role) => Do(() => _coreGroup.Add(new CoreGroupMember(person, role)));

    /// <summary>Replaces the whole core group list.</summary>
    public LocalCareCommunityBuilder WithCoreGroup(IEnumerable<CoreGroupMember> members) => Do(() =>
    {
        var list = members.ToList();
        _coreGroup.Clear();
        _coreGroup.AddRange(list);
    });

    /// <summary>The person the builder currently lists as holder of a core role, if any.</summary>
    public PersonId? HolderOf(CoreRole role) => _coreGroup.FirstOrDefault(m => m.Role == role)?.Person;

    /// <summary>The current core group list.</summary>
    public IReadOnlyList<CoreGroupMember> CoreGroupMembers => _coreGroup;

    // ----- leadership and management team (CC-4)

    /// <summary>Gives a leadership role to a person, replacing its current holder in place (or appending when vacant).</summary>
    public LocalCareCommunityBuilder WithLeader(LeadershipRole role, PersonId person) =>
        Do(() => Replace(_leaders, new LeadershipAssignment(role, person), a => a.Role == role));

    public LocalCareCommunityBuilder WithoutLeader(LeadershipRole role) => Do(() => _leaders.RemoveAll(a => a.Role == role));

    /// <summary>Removes every leadership role a person holds.</summary>
    public LocalCareCommunityBuilder WithoutLeadershipRolesOf(PersonId person) => Do(() => _leaders.RemoveAll(a => a.Person == person));

    /// <summary>Appends an assignment as listed, even if the role is already assigned.</summary>
    public LocalCareCommunityBuilder AddLeader(LeadershipRole role, PersonId person) => Do(() => _leaders.Add(new LeadershipAssignment(role, person)));

    /// <summary>The current leadership list.</summary>
    public IReadOnlyList<LeadershipAssignment> LeadershipAssignments => _leaders;

    // ----- wider members (CC-5)

    public LocalCareCommunityBuilder WithoutWiderMembers() => Do(_widerMembers.Clear);

    public LocalCareCommunityBuilder WithWiderMember(WiderMember member) => Do(() => _widerMembers.Add(member));

    public LocalCareCommunityBuilder WithoutAlignedClinicalLeads() => Do(_alignedLeads.Clear);

    public LocalCareCommunityBuilder WithAlignedClinicalLead(PersonId person, string specialty) =>
        Do(() => _alignedLeads.Add(new AlignedClinicalLead(person, specialty)));

    // ----- governance cadence (CC-6)

    /// <summary>Moves the date the automatic submissions run up to (and the date tests should validate on).</summary>
    public LocalCareCommunityBuilder AsOf(LocalDate date) => Do(() => AsOfDate = date);

    public LocalCareCommunityBuilder WithReportingStart(LocalDate start) => Do(() => _reportingStart = start);

    /// <summary>Drops the automatic submission of one obligation for the period starting on <paramref name="periodStart"/>.</summary>
    public LocalCareCommunityBuilder WithoutSubmission(ReportingObligation obligation, LocalDate periodStart) =>
        Do(() => _missingSubmissions.Add((obligation, periodStart)));

    /// <summary>Adds a submission on top of the automatic ones.</summary>
    public LocalCareCommunityBuilder WithSubmission(ReportingObligation obligation, LocalDate date) =>
        Do(() => _extraSubmissions.Add(new Submission(obligation, date)));

    /// <summary>Replaces the automatic submissions with exactly these.</summary>
    public LocalCareCommunityBuilder WithSubmissions(IEnumerable<Submission> submissions) => Do(() => _submissions = [.. submissions]);

    /// <summary>The start of every reporting period that has begun by <see cref="AsOfDate"/> (default cadence).</summary>
    public IReadOnlyList<LocalDate> PeriodStarts(int periodMonths = 2)
    {
        var starts = new List<LocalDate>();
        for (var k = 0; _reportingStart.PlusMonths(k * periodMonths) <= AsOfDate; k++)
        {
            starts.Add(_reportingStart.PlusMonths(k * periodMonths));
        }

        return starts;
    }

    /// <summary>The submissions the built community will hold.</summary>
    public ImmutableArray<Submission> Submissions()
    {
        if (_submissions is not null)
        {
            return [.. _submissions, .. _extraSubmissions];
        }

        var auto = from start in PeriodStarts()
                   from obligation in Enum.GetValues<ReportingObligation>()
                   where !_missingSubmissions.Contains((obligation, start))
                   let date = start.PlusDays(7)
                   select new Submission(obligation, date <= AsOfDate ? date : AsOfDate);
        return [.. auto, .. _extraSubmissions];
    }

    // ----- risk register (CC-7)

    public LocalCareCommunityBuilder WithoutRiskRegister() => Do(() => _risks = null);

    /// <summary>Holds a register with no risks in it (allowed).</summary>
    public LocalCareCommunityBuilder WithEmptyRiskRegister() => Do(() => _risks = []);

    /// <summary>Appends a risk (creating the register if there is none).</summary>
    public LocalCareCommunityBuilder WithRisk(Risk risk) => Do(() => (_risks ??= []).Add(risk));

    // ----- cost centre (CC-8)

    public LocalCareCommunityBuilder WithoutPosts() => Do(_posts.Clear);

    public LocalCareCommunityBuilder WithPost(AlignedPost post) => Do(() => _posts.Add(post));

    public LocalCareCommunityBuilder WithoutChanges() => Do(_changes.Clear);

    public LocalCareCommunityBuilder WithChange(PersonnelChange change) => Do(() => _changes.Add(change));

    // ----- offer (CC-9), initiatives (CC-10), specifications (CC-11)

    /// <summary>Replaces the offer.</summary>
    public LocalCareCommunityBuilder WithOffer(params OfferElement[] elements) => Do(() =>
    {
        _offer.Clear();
        _offer.AddRange(elements);
    });

    public LocalCareCommunityBuilder WithOfferElement(OfferElement element) => Do(() => _offer.Add(element));

    /// <summary>Replaces the offer with one Place-consistent and one local-variation element of the given budgets.</summary>
    public LocalCareCommunityBuilder WithOfferSplit(decimal placeConsistentPounds, decimal localVariationPounds) => WithOffer(
        new OfferElement("Place-consistent integrated community offer", OfferScope.PlaceConsistent, Money.FromPounds(placeConsistentPounds)),
        new OfferElement("Local variation and innovation", OfferScope.LocalVariation, Money.FromPounds(localVariationPounds)));

    public LocalCareCommunityBuilder WithoutInitiatives() => Do(_initiatives.Clear);

    /// <summary>Appends an initiative as listed (duplicates allowed, for duplicate-id tests).</summary>
    public LocalCareCommunityBuilder WithInitiative(Initiative initiative) => Do(() => _initiatives.Add(initiative));

    /// <summary>Replaces the sample initiative through a <c>with</c> expression, e.g. <c>i =&gt; i with { InitiationDocument = null }</c>.</summary>
    public LocalCareCommunityBuilder WithSampleInitiative(Func<Initiative, Initiative> change) => Do(() => _initiatives[0] = change(_initiatives[0]));

    public LocalCareCommunityBuilder WithoutSpecifications() => Do(_specifications.Clear);

    public LocalCareCommunityBuilder WithSpecification(SpecificationElement element) => Do(() => _specifications.Add(element));

    // ----- building

    /// <summary>Creates the community, returning the issues that prevent it.</summary>
    public Result<LocalCareCommunity> TryBuild() => LocalCareCommunity.Create(
        _id, _name, _place, _population, _alignedPcns, _organisations, _people, _coreGroup, _leaders,
        new ReportingRecord(_reportingStart, Submissions()), _risks, _widerMembers, _alignedLeads,
        new CostCentre([.. _posts], [.. _changes]), _offer, _initiatives, _specifications);

    /// <summary>The builder's data as a draft, whether or not it holds together: what every rule is checked on.</summary>
    public CareCommunityDraft BuildDraft() => new()
    {
        Id = _id,
        Name = _name,
        Place = _place,
        RegisteredPopulation = _population,
        AlignedPcns = [.. _alignedPcns.Select(p => (OrganisationId?)p)],
        Organisations = [.. _organisations],
        People = [.. _people],
        CoreGroup = [.. _coreGroup],
        LeadershipTeam = [.. _leaders],
        WiderMembers = [.. _widerMembers],
        AlignedClinicalLeads = [.. _alignedLeads],
        ReportingStart = _reportingStart,
        Submissions = [.. Submissions()],
        RiskRegister = _risks is null ? null : [.. _risks],
        Posts = [.. _posts],
        Changes = [.. _changes],
        Offer = [.. _offer],
        Initiatives = [.. _initiatives],
        Specifications = [.. _specifications],
    };

    /// <summary>Checks every rule on the builder's draft, on its as-of date.</summary>
    public ValidationReport Validate(OperatingModelOptions? options = null) => new OperatingModelValidator(options).Validate(BuildDraft(), AsOfDate);

    /// <summary>Creates the community; throws when the builder's data does not make one.</summary>
    public LocalCareCommunity Build()
    {
        var result = TryBuild();
        return result.IsSuccess
            ? result.Value
            : throw new InvalidOperationException("The builder made no care community: " + string.Join("; ", result.Issues));
    }

    private LocalCareCommunityBuilder Do(Action change)
    {
        change();
        return this;
    }

    private static void Replace<T>(List<T> list, T item, Predicate<T> match)
    {
        var i = list.FindIndex(match);
        if (i >= 0)
        {
            list[i] = item;
        }
        else
        {
            list.Add(item);
        }
    }
}
