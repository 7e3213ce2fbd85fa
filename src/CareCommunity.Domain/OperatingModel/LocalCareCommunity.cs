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
/// <para>Made only by <c>Create</c>, which guarantees that it holds together: every person, organisation and PCN
/// referenced is listed, ids are unique, the leadership team is drawn from the core group, a risk register is held. The
/// softer rules (vacancies, cadence, impact assessments, 80:20) are checked by <see cref="OperatingModelValidator"/>.
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
    /// Creates a care community from its parts. The parts are checked as a <see cref="CareCommunityDraft"/> by every
    /// rule (see <see cref="Create(CareCommunityDraft, OperatingModelOptions?)"/>). Never throws for bad data.
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
        ArgumentNullException.ThrowIfNull(alignedPcns);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(coreGroup);
        ArgumentNullException.ThrowIfNull(leadershipTeam);
        var costs = costCentre ?? CostCentre.Empty;
        return Create(new CareCommunityDraft
        {
            Id = id,
            Name = name,
            Place = place,
            RegisteredPopulation = registeredPopulation,
            AlignedPcns = [.. alignedPcns.Select(p => (OrganisationId?)p)],
            Organisations = [.. organisations],
            People = [.. people],
            CoreGroup = [.. coreGroup],
            LeadershipTeam = [.. leadershipTeam],
            WiderMembers = [.. widerMembers ?? []],
            AlignedClinicalLeads = [.. alignedClinicalLeads ?? []],
            ReportingStart = reporting.Start,
            Submissions = [.. reporting.Submissions],
            RiskRegister = riskRegister is null ? null : [.. riskRegister],
            Posts = [.. costs.Posts],
            Changes = [.. costs.Changes],
            Offer = [.. offer ?? []],
            Initiatives = [.. initiatives ?? []],
            Specifications = [.. specifications ?? []],
        });
    }

    /// <summary>
    /// Builds a care community from a draft, when the draft holds together: every part readable, ids unique,
    /// references resolved, the leadership team drawn from the core group, a risk register held, a positive registered
    /// population. Every rule runs (without an evaluation date); the issues that stop the build are returned, all of
    /// them. The softer rules' issues (vacancies, cadence, impact assessments, 80:20) do not stop it: check them with
    /// <see cref="OperatingModelValidator"/>.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <param name="options">The options the rules read; the defaults when null.</param>
    /// <returns>The community, or the issues that prevent it.</returns>
    public static Result<LocalCareCommunity> Create(CareCommunityDraft draft, OperatingModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Create(new OperatingModelValidator(options).Check(draft, asOf: null));
    }

    /// <summary>
    /// Builds a care community from a check already made (<see cref="OperatingModelValidator.Check"/>), without running
    /// the rules again: the community is built when the check found none of the errors that stop a build.
    /// </summary>
    /// <param name="check">The check of a draft.</param>
    /// <returns>The community, or the issues that prevent it.</returns>
    public static Result<LocalCareCommunity> Create(OperatingModelCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var blocking = check.Report.Issues.Where(i => i.Severity == Severity.Error && BlocksBuilding.Contains(i.Code)).ToList();
        blocking.AddRange(Unreadable(check.Draft));
        return blocking.Count > 0 ? Result<LocalCareCommunity>.Failure(blocking) : Result<LocalCareCommunity>.Success(Build(check.Draft));
    }

    /// <summary>Builds from a draft that a full check found without blocking errors (the document path uses it once).</summary>
    /// <param name="draft">The checked draft.</param>
    /// <returns>The community.</returns>
    internal static LocalCareCommunity Build(CareCommunityDraft draft) => new(
        draft.Id!.Value, draft.Name!.Trim(), draft.Place!.Value, draft.RegisteredPopulation!.Value,
        [.. draft.AlignedPcns.Select(p => p!.Value)], [.. draft.Organisations.Select(o => o!)], [.. draft.People.Select(p => p!)],
        CoreGroup.Of(draft.CoreGroup.Select(m => m!)), LeadershipTeam.Of(draft.LeadershipTeam.Select(a => a!)),
        [.. draft.WiderMembers.Select(w => w!)], [.. draft.AlignedClinicalLeads.Select(a => a!)],
        new ReportingRecord(draft.ReportingStart!.Value, [.. draft.Submissions.Select(s => s!)]),
        RiskRegister.Of(draft.RiskRegister!.Value.Select(r => r!)),
        new CostCentre([.. draft.Posts.Select(p => p!)], [.. draft.Changes.Select(c => c!)]),
        [.. draft.Offer.Select(o => o!)], [.. draft.Initiatives.Select(i => i!)], [.. draft.Specifications.Select(s => s!)]);

    /// <summary>The codes of the errors that stop a draft being built: it would not hold together.</summary>
    internal static ImmutableHashSet<Validation.IssueCode> BlocksBuilding { get; } =
    [
        .. DocumentIntegrity.All.Select(d => d.Code),
        LeadershipDrawnFromCoreGroupRule.NotCoreMember.Code,
        RiskRegisterAndEscalationRule.Missing.Code,
        RiskRegisterAndEscalationRule.RatingOutOfRange.Code,
        RiskRegisterAndEscalationRule.EscalatedBeforeRaised.Code,
        FootprintRule.PopulationNotPositive.Code,
        DocumentIntegrity.Unreadable.Code,
    ];

    private static IEnumerable<ValidationIssue> Unreadable(CareCommunityDraft d)
    {
        var root = DocumentPath.Root;
        if (d.Id is null || d.Name is null || d.Place is null || d.RegisteredPopulation is null || d.ReportingStart is null)
        {
            yield return DocumentIntegrity.UnreadableIssue(root, "The care community's id, name, place, registered population or reporting start could not be read.");
        }

        foreach (var (name, count) in new (string, int)[]
        {
            ("alignedPcns", d.AlignedPcns.Count(x => x is null)), ("organisations", d.Organisations.Count(x => x is null)),
            ("people", d.People.Count(x => x is null)), ("coreGroup", d.CoreGroup.Count(x => x is null)),
            ("leadershipTeam", d.LeadershipTeam.Count(x => x is null)), ("widerMembers", d.WiderMembers.Count(x => x is null)),
            ("alignedClinicalLeads", d.AlignedClinicalLeads.Count(x => x is null)), ("reporting.submissions", d.Submissions.Count(x => x is null)),
            ("riskRegister.risks", d.RiskRegister?.Count(x => x is null) ?? 0), ("costCentre.posts", d.Posts.Count(x => x is null)),
            ("costCentre.changes", d.Changes.Count(x => x is null)), ("offer", d.Offer.Count(x => x is null)),
            ("initiatives", d.Initiatives.Count(x => x is null)), ("specifications", d.Specifications.Count(x => x is null)),
        })
        {
            if (count > 0)
            {
                yield return DocumentIntegrity.UnreadableIssue(DocumentPath.FromText("$." + name),
                    $"{ModelText.Count(count)} element(s) of $.{name} could not be read.");
            }
        }
    }
}
