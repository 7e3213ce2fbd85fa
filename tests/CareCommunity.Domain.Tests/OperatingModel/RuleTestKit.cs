using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>Runs one rule on a builder's draft, and asserts on its result.</summary>
internal static class RuleTestKit
{
    public static RuleResult Check(OperatingModelRule rule, LocalCareCommunityBuilder builder, OperatingModelOptions? options = null) =>
        Check(rule, builder.BuildDraft(), builder.AsOfDate, options);

    public static RuleResult Check(OperatingModelRule rule, CareCommunityDraft draft, LocalDate? asOf, OperatingModelOptions? options = null) =>
        rule.Check(draft, OperatingModelContext.For(draft, asOf, options));

    /// <summary>The rule is met with no error and no warning, and every issue names the rule.</summary>
    public static void AssertMetCleanly(OperatingModelRule rule, RuleResult result)
    {
        Assert.Equal(rule.Id, result.Rule);
        Assert.True(result.Status == RuleStatus.Met, result.ToString());
        Assert.Equal(0, result.Errors);
        Assert.Equal(0, result.Warnings);
    }

    /// <summary>The single issue of a definition, checked for rule, severity and location.</summary>
    public static ValidationIssue Single(OperatingModelRule rule, RuleResult result, IssueDefinition definition, Severity severity, string location)
    {
        var issue = Assert.Single(result.Issues, i => i.Code == definition.Code);
        Assert.Equal(rule.Id, issue.Rule);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(location, issue.Location.ToString());
        Assert.Equal(definition.Kind, issue.Kind);
        return issue;
    }

    /// <summary>The result's status follows its issues: not met with an error or warning, else met or not evaluated.</summary>
    public static void AssertStatusFollowsIssues(RuleResult result)
    {
        if (result.Errors + result.Warnings > 0)
        {
            Assert.Equal(RuleStatus.NotMet, result.Status);
        }
        else
        {
            Assert.NotEqual(RuleStatus.NotMet, result.Status);
        }
    }

    public static string Figure(RuleResult result, string name) =>
        Assert.Contains(name, (IReadOnlyDictionary<string, string>)result.Figures);

    public static OperatingModelOptions Raise(IssueDefinition definition, Severity severity) =>
        new() { SeverityOverrides = ImmutableDictionary<IssueCode, Severity>.Empty.Add(definition.Code, severity) };

    /// <summary>The draft with null entries in place of the elements at the given indices.</summary>
    public static ImmutableArray<T?> WithNullAt<T>(ImmutableArray<T?> list, params int[] indices)
        where T : class => [.. list.Select((x, i) => indices.Contains(i) ? null : x)];

    /// <summary>A rule never throws, and its status follows its issues, on any draft of <see cref="RuleDrafts.Any"/>.</summary>
    public static Property NeverThrows(OperatingModelRule rule) =>
        Prop.ForAll(RuleDrafts.Any, s =>
        {
            var result = Check(rule, s.Draft, s.AsOf, s.Options);
            Assert.Equal(rule.Id, result.Rule);
            Assert.False(string.IsNullOrWhiteSpace(result.Summary));
            Assert.All(result.Issues, i => Assert.Equal(rule.Id, i.Rule));
            AssertStatusFollowsIssues(result);
        });
}

/// <summary>A draft to check, with its evaluation date (or none) and options.</summary>
internal sealed record DraftScenario(CareCommunityDraft Draft, LocalDate? AsOf, OperatingModelOptions Options, string Story)
{
    public override string ToString() => Story;
}

/// <summary>
/// Random drafts that do not hold together: the valid sample with null entries, unreadable values, dangling references
/// (people and organisations removed), duplicated and dropped entries, and a random date (or none) and options.
/// </summary>
internal static class RuleDrafts
{
    private static readonly CareCommunityDraft Sample = LocalCareCommunityBuilder.Valid().BuildDraft();

    private static readonly (string Name, Func<CareCommunityDraft, Random, CareCommunityDraft> Apply)[] Mutations =
    [
        ("null population", (d, _) => d with { RegisteredPopulation = null }),
        ("zero population", (d, _) => d with { RegisteredPopulation = default(RegisteredPopulation) }),
        ("null reporting start", (d, _) => d with { ReportingStart = null }),
        ("no risk register", (d, _) => d with { RiskRegister = null }),
        ("null id/name/place", (d, _) => d with { Id = null, Name = null, Place = null }),
        ("null pcn", (d, r) => d with { AlignedPcns = d.AlignedPcns.Insert(r.Next(d.AlignedPcns.Length + 1), null) }),
        ("unknown pcn", (d, _) => d with { AlignedPcns = d.AlignedPcns.Add(OrganisationId.Create("ghost-pcn")) }),
        ("null organisation", (d, r) => d with { Organisations = Null(d.Organisations, r) }),
        ("null person", (d, r) => d with { People = Null(d.People, r) }),
        ("drop organisation", (d, r) => d with { Organisations = Drop(d.Organisations, r) }),
        ("drop person", (d, r) => d with { People = Drop(d.People, r) }),
        ("drop all people", (d, _) => d with { People = [] }),
        ("drop all organisations", (d, _) => d with { Organisations = [] }),
        ("null core member", (d, r) => d with { CoreGroup = Null(d.CoreGroup, r) }),
        ("drop core member", (d, r) => d with { CoreGroup = Drop(d.CoreGroup, r) }),
        ("repeat core member", (d, r) => d with { CoreGroup = Repeat(d.CoreGroup, r) }),
        ("null leader", (d, r) => d with { LeadershipTeam = Null(d.LeadershipTeam, r) }),
        ("drop leader", (d, r) => d with { LeadershipTeam = Drop(d.LeadershipTeam, r) }),
        ("repeat leader", (d, r) => d with { LeadershipTeam = Repeat(d.LeadershipTeam, r) }),
        ("ghost leader", (d, _) => d with { LeadershipTeam = d.LeadershipTeam.Add(new LeadershipAssignment(LeadershipRole.SocialCareLead, PersonId.Create("p-ghost"))) }),
        ("null wider member", (d, r) => d with { WiderMembers = Null(d.WiderMembers, r) }),
        ("no wider members", (d, _) => d with { WiderMembers = [] }),
        ("null aligned lead", (d, r) => d with { AlignedClinicalLeads = Null(d.AlignedClinicalLeads, r) }),
        ("ghost aligned lead", (d, _) => d with { AlignedClinicalLeads = d.AlignedClinicalLeads.Add(new AlignedClinicalLead(PersonId.Create("p-ghost"), "Cardiology")) }),
        ("null submission", (d, r) => d with { Submissions = Null(d.Submissions, r) }),
        ("drop submission", (d, r) => d with { Submissions = Drop(d.Submissions, r) }),
        ("no submissions", (d, _) => d with { Submissions = [] }),
        ("early and late submissions", (d, _) => d with
        {
            Submissions = d.Submissions.Add(new Submission(ReportingObligation.CoachesMeeting, new LocalDate(2020, 1, 1)))
                .Add(new Submission(ReportingObligation.LeadershipMeeting, new LocalDate(2030, 1, 1))),
        }),
        ("null risk", (d, r) => d with { RiskRegister = d.RiskRegister is { } risks ? Null(risks, r) : [null] }),
        ("unrated risk", (d, _) => d with
        {
            RiskRegister = (d.RiskRegister ?? []).Add(new Risk(RiskId.Create("r-x"), "Unrated", default, PersonId.Create("p-ghost"), RiskStatus.Open,
                new LocalDate(2030, 1, 1), new Escalation(new LocalDate(2019, 1, 1)))),
        }),
        ("repeat risk", (d, r) => d with { RiskRegister = d.RiskRegister is { } risks ? Repeat(risks, r) : null }),
        ("null post", (d, r) => d with { Posts = Null(d.Posts, r) }),
        ("no posts", (d, _) => d with { Posts = [] }),
        ("null change", (d, r) => d with { Changes = Null(d.Changes, r) }),
        ("unreported change", (d, _) => d with { Changes = d.Changes.Add(new PersonnelChange("A change", new LocalDate(2024, 1, 1), Money.Zero, null, null)) }),
        ("null offer element", (d, r) => d with { Offer = Null(d.Offer, r) }),
        ("no offer", (d, _) => d with { Offer = [] }),
        ("null initiative", (d, r) => d with { Initiatives = Null(d.Initiatives, r) }),
        ("repeat initiative", (d, r) => d with { Initiatives = Repeat(d.Initiatives, r) }),
        ("null specification", (d, r) => d with { Specifications = Null(d.Specifications, r) }),
        ("everything null", (d, _) => new CareCommunityDraft
        {
            AlignedPcns = [null], Organisations = [null], People = [null], CoreGroup = [null], LeadershipTeam = [null], WiderMembers = [null],
            AlignedClinicalLeads = [null], Submissions = [null], RiskRegister = [null], Posts = [null], Changes = [null], Offer = [null],
            Initiatives = [null], Specifications = [null],
        }),
        ("empty draft", (_, _) => new CareCommunityDraft()),
    ];

    private static readonly OperatingModelOptions[] OptionChoices =
    [
        OperatingModelOptions.Default,
        new() { Cadence = new ReportingCadenceOptions { Reading = CadenceReading.RollingInterval, GraceDays = 10 } },
        new() { NursingOrAhpLead = NursingOrAhpLeadPolicy.AnyCoreGroupMember, EightyTwentyBasis = EightyTwentyBasis.ElementCount, EscalationThreshold = 1 },
        new() { VacantCoreRoleSeverity = Severity.Information, VacantLeadershipRoleSeverity = Severity.Warning, OverdueSeverity = Severity.Information, SecondaryCareKinds = [] },
    ];

    /// <summary>Any scenario: up to six mutations of the sample, a date from 2023 to 2027 or none, and one of a few option sets.</summary>
    public static Arbitrary<DraftScenario> Any { get; } = Arb.From(
        from steps in Gen.Choose(0, Mutations.Length - 1).ArrayOf().Select(a => a.Take(6).ToArray())
        from seed in Gen.Choose(0, 10_000)
        from day in Gen.Choose(-1, 5 * 365)
        from option in Gen.Choose(0, OptionChoices.Length - 1)
        select Build(steps, seed, day, option));

    private static DraftScenario Build(int[] steps, int seed, int day, int option)
    {
        var random = new Random(seed);
        var draft = Sample;
        foreach (var step in steps)
        {
            draft = Mutations[step].Apply(draft, random);
        }

        LocalDate? asOf = day < 0 ? null : new LocalDate(2023, 1, 1).PlusDays(day);
        return new DraftScenario(draft, asOf, OptionChoices[option],
            $"[{string.Join(", ", steps.Select(s => Mutations[s].Name))}] seed {seed}, as of {asOf?.ToString() ?? "none"}, options #{option}");
    }

    private static ImmutableArray<T?> Null<T>(ImmutableArray<T?> list, Random random)
        where T : class => list.IsEmpty ? [null] : list.SetItem(random.Next(list.Length), null);

    private static ImmutableArray<T?> Drop<T>(ImmutableArray<T?> list, Random random)
        where T : class => list.IsEmpty ? list : list.RemoveAt(random.Next(list.Length));

    private static ImmutableArray<T?> Repeat<T>(ImmutableArray<T?> list, Random random)
        where T : class => list.IsEmpty ? list : list.Add(list[random.Next(list.Length)]);
}
