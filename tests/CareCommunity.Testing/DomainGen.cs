using CareCommunity.Domain;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareCommunity.Testing;

/// <summary>FsCheck generators for the domain: ids, money, dates, core groups, leadership, submissions, whole communities.</summary>
public static class DomainGen
{
    private const string SlugTail = "abcdefghijklmnopqrstuvwxyz0123456789-";

    /// <summary>Valid identifier slugs: a letter or digit, then up to 20 letters, digits and hyphens.</summary>
    public static Gen<string> Slug { get; } =
        from head in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray())
        from tail in Gen.Elements(SlugTail.ToCharArray()).ArrayOf().Select(a => a.Take(20).ToArray())
        select head + new string(tail);

    /// <summary>Arbitrary text, valid identifier or not (including null, empty, upper case, too long).</summary>
    public static Gen<string?> AnyText { get; } = Gen.OneOf(
        Slug.Select(s => (string?)s),
        ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s),
        Gen.Elements<string?>(null, "", "-lead", "UPPER", "has space", "p_1", new string('a', 64), new string('a', 65), "é", "a-", "a--b"));

    public static Gen<PersonId> PersonId { get; } = Slug.Select(Domain.OperatingModel.PersonId.Create);

    public static Gen<OrganisationId> OrganisationId { get; } = Slug.Select(Domain.OperatingModel.OrganisationId.Create);

    /// <summary>A small pool of people, so that generated lists often repeat a person.</summary>
    public static IReadOnlyList<PersonId> PersonPool { get; } =
        [.. Enumerable.Range(1, 12).Select(i => Domain.OperatingModel.PersonId.Create($"p-{i:00}"))];

    public static Gen<CoreRole> CoreRole { get; } = Gen.Elements(Enum.GetValues<CoreRole>());

    public static Gen<LeadershipRole> LeadershipRole { get; } = Gen.Elements(Enum.GetValues<LeadershipRole>());

    public static Gen<ReportingObligation> Obligation { get; } = Gen.Elements(Enum.GetValues<ReportingObligation>());

    /// <summary>Money in pence from -£10m to £10m, exact in decimal.</summary>
    public static Gen<Money> Money { get; } =
        Gen.Choose(-1_000_000_000, 1_000_000_000).Select(pence => Domain.Money.FromPounds(pence / 100m));

    /// <summary>Non-negative money, in pence up to £2m.</summary>
    public static Gen<Money> NonNegativeMoney { get; } =
        Gen.Choose(0, 200_000_000).Select(pence => Domain.Money.FromPounds(pence / 100m));

    /// <summary>Dates between two bounds, inclusive.</summary>
    public static Gen<LocalDate> DateBetween(LocalDate first, LocalDate last) =>
        Gen.Choose(0, Period.Between(first, last, PeriodUnits.Days).Days).Select(first.PlusDays);

    /// <summary>Any list of memberships over <see cref="PersonPool"/>: roles and people may repeat.</summary>
    public static Gen<CoreGroupMember[]> AnyCoreGroupMembers { get; } =
        Gen.Zip(Gen.Elements(PersonPool.ToArray()), CoreRole).Select(t => new CoreGroupMember(t.Item1, t.Item2)).ArrayOf().Select(a => a.Take(12).ToArray());

    /// <summary>Memberships that make a valid core group: distinct roles (any subset, any order), distinct people from the pool.</summary>
    public static Gen<CoreGroupMember[]> ValidCoreGroupMembers { get; } =
        from roles in Gen.SubListOf(Enum.GetValues<CoreRole>())
        from order in Gen.Shuffle(roles.ToArray())
        from people in Gen.Shuffle(PersonPool.ToArray())
        select order.Select((r, i) => new CoreGroupMember(people[i], r)).ToArray();

    /// <summary>A valid core group.</summary>
    public static Gen<CoreGroup> CoreGroup { get; } = ValidCoreGroupMembers.Select(m => Domain.OperatingModel.CoreGroup.Create(m).Value);

    /// <summary>Any list of leadership assignments over <see cref="PersonPool"/>: roles may repeat and holders may be non-members.</summary>
    public static Gen<LeadershipAssignment[]> AnyLeadershipAssignments { get; } =
        Gen.Zip(LeadershipRole, Gen.Elements(PersonPool.ToArray())).Select(t => new LeadershipAssignment(t.Item1, t.Item2)).ArrayOf().Select(a => a.Take(8).ToArray());

    /// <summary>Votes by people of the pool (members or not, sometimes more than once).</summary>
    public static Gen<CoreGroupVote[]> Votes { get; } =
        Gen.Zip(Gen.Elements(PersonPool.ToArray()), Gen.Elements(Enum.GetValues<VoteChoice>())).Select(t => new CoreGroupVote(t.Item1, t.Item2)).ArrayOf();

    /// <summary>Submissions dated within <paramref name="daysFromStart"/> days either side of <paramref name="start"/>.</summary>
    public static Gen<Submission[]> Submissions(LocalDate start, int daysFromStart = 800) =>
        Gen.Zip(Obligation, DateBetween(start.PlusDays(-60), start.PlusDays(daysFromStart)))
            .Select(t => new Submission(t.Item1, t.Item2)).ArrayOf();

    /// <summary>A reporting record starting 2024-04-01 with arbitrary submissions, and a date to evaluate it on.</summary>
    public static Gen<(ReportingRecord Record, LocalDate AsOf)> ReportingScenario { get; } =
        from start in DateBetween(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31))
        from submissions in Submissions(start)
        from asOf in DateBetween(start.PlusDays(-30), start.PlusDays(800))
        select (new ReportingRecord(start, [.. submissions]), asOf);

    /// <summary>Reporting cadences: 1 to 12 months, 0 to 30 days' grace, any non-empty set of obligations.</summary>
    public static Gen<ReportingCadenceOptions> Cadence { get; } =
        from months in Gen.Frequency((3, Gen.Constant(2)), (1, Gen.Choose(1, 12)))
        from grace in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 30)))
        from obligations in Gen.NonEmptyListOf(Obligation).Select(l => l.Distinct().ToArray())
        select new ReportingCadenceOptions { PeriodMonths = months, GraceDays = grace, Obligations = obligations };

    /// <summary>Every legal combination of validator options.</summary>
    public static Gen<OperatingModelOptions> Options { get; } =
        from vacantCore in Gen.Elements(Enum.GetValues<Severity>())
        from vacantLeader in Gen.Elements(Enum.GetValues<Severity>())
        from nursing in Gen.Elements(Enum.GetValues<NursingOrAhpLeadPolicy>())
        from cadence in Cadence
        from overdue in Gen.Elements(Enum.GetValues<Severity>())
        from threshold in Gen.Choose(1, 25)
        from share in Gen.Choose(0, 100).Select(p => p / 100m)
        from basis in Gen.Elements(Enum.GetValues<EightyTwentyBasis>())
        select new OperatingModelOptions
        {
            VacantCoreRoleSeverity = vacantCore,
            VacantLeadershipRoleSeverity = vacantLeader,
            NursingOrAhpLead = nursing,
            Cadence = cadence,
            OverdueSeverity = overdue,
            EscalationThreshold = threshold,
            MaximumLocalVariationShare = share,
            EightyTwentyBasis = basis,
        };

    /// <summary>A risk with an arbitrary rating, status and dates (escalation possibly before raising).</summary>
    public static Gen<Risk> Risk(RiskId id, PersonId owner) =>
        from likelihood in Gen.Choose(1, 5)
        from impact in Gen.Choose(1, 5)
        from status in Gen.Elements(Enum.GetValues<RiskStatus>())
        from raised in DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31))
        from escalatedAfter in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-30, 90).Select(d => (int?)d))
        select new Risk(id, "Generated risk", RiskRating.Create(likelihood, impact), owner, status, raised,
            escalatedAfter.HasValue ? new Escalation(raised.PlusDays(escalatedAfter.Value)) : null);

    /// <summary>An initiative with each CC-10 element present or missing.</summary>
    public static Gen<Initiative> Initiative(InitiativeId id) =>
        from aim in Gen.Elements(Enum.GetValues<InitiativeAim>())
        from addresses in Gen.SubListOf(Enum.GetValues<FavouredPlanKind>())
        from shortTerm in Gen.Elements<string?>("Fewer A&E attendances", null, " ")
        from mediumTerm in Gen.Elements<string?>("Fewer admissions", null)
        from longTerm in Gen.Elements<string?>("Healthier population", null)
        from pid in Gen.Elements<ProjectInitiationDocument?>(
            new ProjectInitiationDocument("PID-1", new LocalDate(2024, 5, 1)), new ProjectInitiationDocument("PID-2", null), null)
        from scope in Gen.Elements(Enum.GetValues<OfferScope>())
        select new Initiative(id, "Generated initiative", aim, [.. addresses], new ExpectedImpact(shortTerm, mediumTerm, longTerm), pid, scope);

    /// <summary>A specification element in any mode, approved or not, approval possibly in the future.</summary>
    public static Gen<SpecificationElement> Specification { get; } =
        from importance in Gen.Elements(Enum.GetValues<ElementImportance>())
        from mode in Gen.Elements(Enum.GetValues<AdoptionMode>())
        from approvedOn in Gen.OneOf(Gen.Constant<LocalDate?>(null), DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1)).Select(d => (LocalDate?)d))
        select new SpecificationElement("Generated specification", "Element", importance, mode,
            approvedOn.HasValue ? new GovernanceApproval("Place board", approvedOn.Value) : null);

    /// <summary>A change in investment or personnel, reported or not, assessed or not, on time or late.</summary>
    public static Gen<PersonnelChange> PersonnelChange { get; } =
        from effective in DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31))
        from amount in Money
        from reportedAfter in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-60, 60).Select(d => (int?)d))
        from assessedAfter in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-60, 60).Select(d => (int?)d))
        select new PersonnelChange("Generated change", effective, amount,
            reportedAfter.HasValue ? effective.PlusDays(reportedAfter.Value) : null,
            assessedAfter.HasValue ? new ImpactAssessment("IA", effective.PlusDays(assessedAfter.Value)) : null);

    /// <summary>An offer element of either scope.</summary>
    public static Gen<OfferElement> OfferElement { get; } =
        from scope in Gen.Elements(Enum.GetValues<OfferScope>())
        from budget in NonNegativeMoney
        select new OfferElement("Generated element", scope, budget);

    /// <summary>One way of perturbing the valid sample community; most keep it creatable, some break soft rules.</summary>
    public static Gen<CommunityMutation> Mutation { get; } = Gen.OneOf(
        CoreRole.Select(role => new CommunityMutation($"vacate core role {role} (and its holder's leadership roles)", b =>
        {
            if (b.HolderOf(role) is { } holder)
            {
                b.WithoutCoreRole(role).WithoutLeadershipRolesOf(holder);
            }
        })),
        Gen.Zip(LeadershipRole, CoreRole).Select(t => new CommunityMutation($"give leadership role {t.Item1} to the holder of {t.Item2}", b =>
        {
            if (b.HolderOf(t.Item2) is { } holder)
            {
                b.WithLeader(t.Item1, holder);
            }
        })),
        LeadershipRole.Select(role => new CommunityMutation($"vacate leadership role {role}", b => b.WithoutLeader(role))),
        Gen.Elements(
            new CommunityMutation("no wider members", b => b.WithoutWiderMembers()),
            new CommunityMutation("no aligned clinical leads", b => b.WithoutAlignedClinicalLeads()),
            new CommunityMutation("the practice nurse as an aligned clinical lead", b => b.WithAlignedClinicalLead(SamplePeople.PracticeNurse, "Practice nursing")),
            new CommunityMutation("no risk register", b => b.WithoutRiskRegister()),
            new CommunityMutation("an empty risk register", b => b.WithEmptyRiskRegister()),
            new CommunityMutation("no posts", b => b.WithoutPosts()),
            new CommunityMutation("no changes", b => b.WithoutChanges()),
            new CommunityMutation("no initiatives", b => b.WithoutInitiatives()),
            new CommunityMutation("no specifications", b => b.WithoutSpecifications()),
            new CommunityMutation("an empty offer", b => b.WithOffer()),
            new CommunityMutation("no aligned PCNs", b => b.WithoutAlignedPcns()),
            new CommunityMutation("the practice as an aligned PCN", b => b.WithAlignedPcns(SampleOrganisations.Pcn, SampleOrganisations.Practice)),
            new CommunityMutation("Healthwatch employed by the council", b => b.WithEmployer(SamplePeople.Healthwatch, SampleOrganisations.Council)),
            new CommunityMutation("the mental health member a doctor", b => b.WithProfession(SamplePeople.MentalHealth, Profession.Doctor)),
            new CommunityMutation("the mental health member of unspecified profession", b => b.WithProfession(SamplePeople.MentalHealth, Profession.Unspecified))),
        DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2026, 6, 30)).Select(d => new CommunityMutation($"as of {d:uuuu-MM-dd}", b => b.AsOf(d))),
        DateBetween(new LocalDate(2023, 6, 1), new LocalDate(2025, 6, 30)).Select(d => new CommunityMutation($"reporting from {d:uuuu-MM-dd}", b => b.WithReportingStart(d))),
        Gen.Zip(Obligation, DateBetween(new LocalDate(2024, 4, 1), new LocalDate(2025, 3, 31)))
            .Select(t => new CommunityMutation($"no {t.Item1} submission in {t.Item2:uuuu-MM}", b => b.WithoutSubmission(t.Item1, t.Item2.With(DateAdjusters.StartOfMonth)))),
        Gen.Zip(Obligation, DateBetween(new LocalDate(2023, 1, 1), new LocalDate(2026, 1, 1)))
            .Select(t => new CommunityMutation($"a {t.Item1} submission on {t.Item2:uuuu-MM-dd}", b => b.WithSubmission(t.Item1, t.Item2))),
        Gen.Choose(100, 999).SelectMany(n => Risk(RiskId.Create($"r-{n}"), SamplePeople.Coach)).Select(r => new CommunityMutation($"risk {r}", b => b.WithRisk(r))),
        PersonnelChange.Select(c => new CommunityMutation($"change {c}", b => b.WithChange(c))),
        OfferElement.Select(e => new CommunityMutation($"offer element {e}", b => b.WithOfferElement(e))),
        Gen.Choose(100, 999).SelectMany(n => Initiative(InitiativeId.Create($"i-{n}"))).Select(i => new CommunityMutation($"initiative {i}", b => b.WithInitiative(i))),
        Specification.Select(s => new CommunityMutation($"specification {s}", b => b.WithSpecification(s))));

    /// <summary>Up to eight perturbations of the sample community.</summary>
    public static Gen<CommunityMutation[]> Mutations { get; } = Mutation.ArrayOf().Select(ms => ms.Take(8).ToArray());

    /// <summary>Builders for the sample community with up to eight random perturbations applied.</summary>
    public static Gen<LocalCareCommunityBuilder> Builder { get; } = Mutations.Select(CommunityMutation.Apply);

    /// <summary>
    /// Communities that <see cref="LocalCareCommunity.Create"/> accepts, each with a date to validate on near its as-of
    /// date; <see cref="DomainArb.Community"/> shrinks them by dropping perturbations.
    /// </summary>
    public static Gen<GeneratedCommunity> Community { get; } =
        from mutations in Mutations
        from shift in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(-400, 400)))
        let community = GeneratedCommunity.TryCreate(mutations, shift)
        where community is not null
        select community;
}
