using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class MemorandumVersionsTests
{
    private static readonly LocalDate June30 = new(2022, 6, 30);
    private static readonly LocalDate July1 = new(2022, 7, 1);
    private static readonly LocalDate Origin = new(2020, 1, 1);

    [Fact]
    public void Seed_HoldsTheDraft_WhichIsNotInForce()
    {
        var answer = MemorandumVersions.Seed.InForceOn(Jun2021);
        Assert.False(answer.IsInForce);
        Assert.Equal(NoVersionReason.NoneInForce, answer.None!.Reason);
        Assert.Single(MemorandumVersions.Seed.Versions);
        Assert.Empty(MemorandumVersions.Seed.InForce);
    }

    [Fact]
    public void InForceOn_AMeetingIsEvaluatedUnderTheVersionInForceOnItsDate()
    {
        var first = Version("mou-2021", Apr2021, June30);
        var second = Version("mou-2022", July1);
        var register = MemorandumVersions.Create([second, first]).Value;
        Assert.Equal(["mou-2021", "mou-2022"], register.Versions.Select(v => v.Id.Value));
        Assert.Equal("mou-2021", register.InForceOn(June30).Version!.Id.Value);
        Assert.Equal("mou-2022", register.InForceOn(July1).Version!.Id.Value);
        Assert.Equal("mou-2022", register.Find(MemorandumVersionId.Create("mou-2022"))!.Id.Value);
        Assert.Null(register.Find(MemorandumVersionId.Create("mou-2030")));
    }

    [Fact]
    public void InForceOn_SaysWhyNoneIsInForce()
    {
        var register = MemorandumVersions.Create([Version("mou-2021", Apr2021, new LocalDate(2021, 12, 31)), Version("mou-2022", July1, new LocalDate(2023, 3, 31))]).Value;
        var before = register.InForceOn(Mar2021).None!;
        Assert.Equal(NoVersionReason.BeforeFirst, before.Reason);
        Assert.Equal("No version of the memorandum is in force on 2021-03-31: the first version, 'mou-2021', takes effect on 2021-04-01.", before.Message);
        var between = register.InForceOn(Jan2022).None!;
        Assert.Equal(NoVersionReason.BetweenVersions, between.Reason);
        Assert.Equal("mou-2021", between.Previous!.Id.Value);
        Assert.Equal("mou-2022", between.Next!.Id.Value);
        Assert.Contains("'mou-2021' ended on 2021-12-31 and 'mou-2022' takes effect on 2022-07-01", between.Message, StringComparison.Ordinal);
        var after = register.InForceOn(new LocalDate(2024, 1, 1)).None!;
        Assert.Equal(NoVersionReason.AfterLast, after.Reason);
        Assert.Equal(NoVersionReason.RegisterEmpty, MemorandumVersions.Empty.InForceOn(Jun2021).None!.Reason);
    }

    [Fact]
    public void Create_OverlappingVersions_AreRefused_NamingBoth()
    {
        var result = MemorandumVersions.Create([Version("mou-2021", Apr2021), Version("mou-2022", July1)]);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("charter.versions-overlap", issue.Code.ToString());
        Assert.Equal("$[1].period", issue.Location.ToString());
        Assert.Contains("'mou-2022'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'mou-2021'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("2022-07-01", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ARepeatedIdAndANullEntry_AreReportedAtTheirIndex()
    {
        var result = MemorandumVersions.Create([Version("mou-2021", Apr2021, June30), null, Version("mou-2021", July1)]);
        Assert.Equal(["charter.version-missing", "model.duplicate-id"], result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal(["$[1]", "$[2].id"], result.Issues.Select(i => i.Location.ToString()));
    }

    [Fact]
    public void With_ExtendsTheRegister_AndRefusesAnOverlap()
    {
        var register = MemorandumVersions.Create([Version("mou-2021", Apr2021, June30)]).Value;
        Assert.Equal(2, register.With(Version("mou-2022", July1)).Value.Versions.Length);
        Assert.False(register.With(Version("mou-2022", June30)).IsSuccess);
        Assert.Single(register.Versions);
    }

    [Fact]
    public void Apply_AnAgreedVariation_EndsTheVariedVersionTheDayBefore()
    {
        var register = MemorandumVersions.Create([Adopted]).Value;
        var variation = Vary("annex-7", ConsultAll(Three, new LocalDate(2021, 5, 1)), new BoardAgreement(new LocalDate(2021, 5, 20), "PB/2021/05/7"),
            "mou-2021-06", new LocalDate(2021, 6, 1));
        var next = Version("mou-2021-06", new LocalDate(2021, 6, 1));
        var varied = register.Apply(variation, next, Three).Value;
        Assert.Equal(new LocalDate(2021, 5, 31), varied.Find(Adopted.Id)!.Period!.Until);
        Assert.Equal("cm-hcp-mou-2020-11-draft", varied.InForceOn(new LocalDate(2021, 5, 31)).Version!.Id.Value);
        Assert.Equal("mou-2021-06", varied.InForceOn(new LocalDate(2021, 6, 1)).Version!.Id.Value);
    }

    [Fact]
    public void Apply_WithoutTheBoardsAgreement_OrWithAPartnerNotConsulted_Fails()
    {
        var register = MemorandumVersions.Create([Adopted]).Value;
        var next = Version("mou-2021-06", new LocalDate(2021, 6, 1));
        var pending = Vary("annex-7", ConsultAll(Three, new LocalDate(2021, 5, 1)), null, "mou-2021-06", new LocalDate(2021, 6, 1));
        var notAgreed = register.Apply(pending, next, Three);
        Assert.Equal("charter.variation-not-agreed", Assert.Single(notAgreed.Issues).Code.ToString());
        Assert.Equal("MOU-8", notAgreed.Issues[0].Rule.ToString());

        var twoConsulted = Vary("annex-7", ConsultAll(Three.Take(2), new LocalDate(2021, 5, 1)), new BoardAgreement(new LocalDate(2021, 5, 20), "PB/2021/05/7"),
            "mou-2021-06", new LocalDate(2021, 6, 1));
        var issue = Assert.Single(register.Apply(twoConsulted, next, Three).Issues);
        Assert.Equal("charter.partner-not-consulted", issue.Code.ToString());
        Assert.Equal("wirral-council", issue.OffendingValue);
    }

    [Fact]
    public void Apply_AVersionTakingEffectBeforeTheAgreement_OrNotTheOneProduced_Fails()
    {
        var register = MemorandumVersions.Create([Adopted]).Value;
        var agreed = Vary("annex-7", ConsultAll(Three, new LocalDate(2021, 5, 1)), new BoardAgreement(new LocalDate(2021, 5, 20), "PB/2021/05/7"),
            "mou-2021-05", new LocalDate(2021, 5, 10));
        var early = register.Apply(agreed, Version("mou-2021-05", new LocalDate(2021, 5, 10)), Three);
        Assert.Equal(["charter.varied-before-agreement"], early.Issues.Select(i => i.Code.ToString()));
        var other = register.Apply(agreed, Version("something-else", new LocalDate(2021, 6, 1)), Three);
        Assert.Equal(["charter.variation-version-mismatch"], other.Issues.Select(i => i.Code.ToString()));
        var unknown = Vary("annex-7", ConsultAll(Three, new LocalDate(2021, 5, 1)), new BoardAgreement(new LocalDate(2021, 5, 20), "PB/2021/05/7"), varies: "mou-1999");
        Assert.Equal(["charter.unknown-version"], register.Apply(unknown, Version("mou-2021-06", new LocalDate(2021, 6, 1)), Three).Issues.Select(i => i.Code.ToString()));
    }

    // A register of non-overlapping versions, in a shuffled order, from arbitrary gaps and lengths; the last may be open-ended.
    private static List<MemorandumVersion> Register(int[] gaps, int[] lengths, bool openLast, int shuffle)
    {
        var versions = new List<MemorandumVersion>();
        var next = Origin;
        var count = Math.Min(gaps.Length, lengths.Length);
        for (var i = 0; i < count; i++)
        {
            var from = next.PlusDays(Math.Abs(gaps[i] % 60));
            var open = openLast && i == count - 1;
            var until = from.PlusDays(Math.Abs(lengths[i] % 120));
            versions.Add(Version($"v{i}", from, open ? null : until));
            next = until.PlusDays(1);
        }

        var random = new Random(shuffle);
        return [.. versions.OrderBy(_ => random.Next())];
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void InForceOn_ReturnsTheUniqueVersionWhosePeriodContainsTheDay_OrNone(int[] gaps, int[] lengths, bool openLast, int shuffle, int probe)
    {
        var versions = Register(gaps, lengths, openLast, shuffle);
        var register = MemorandumVersions.Create(versions).Value;
        var day = Origin.PlusDays(Math.Abs(probe % 5000) - 10);
        var containing = versions.Where(v => v.Period!.Contains(day)).ToArray();
        Assert.True(containing.Length <= 1);
        var answer = register.InForceOn(day);
        Assert.Equal(containing.SingleOrDefault()?.Id, answer.Version?.Id);
        if (answer.None is { } none)
        {
            Assert.Equal(day, none.Date);
            Assert.True(none.Previous is null || none.Previous.Period!.Until < day);
            Assert.True(none.Next is null || none.Next.Period!.From > day);
        }
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Create_SucceedsExactlyWhenNoTwoPeriodsShareADay(int[] starts, int[] lengths, bool[] open)
    {
        var count = Math.Min(Math.Min(starts.Length, lengths.Length), 8);
        var versions = Enumerable.Range(0, count)
            .Select(i => Version($"v{i}", Origin.PlusDays(Math.Abs(starts[i] % 400)), open.Length > i && open[i] ? null : Origin.PlusDays(Math.Abs(starts[i] % 400) + Math.Abs(lengths[i] % 100))))
            .ToArray();
        var overlapping = versions.SelectMany((a, i) => versions.Skip(i + 1).Select(b => a.Period!.Overlaps(b.Period!))).Any(x => x);
        var result = MemorandumVersions.Create(versions);
        Assert.Equal(!overlapping, result.IsSuccess);
        Assert.All(result.Issues, i => Assert.Equal("charter.versions-overlap", i.Code.ToString()));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public void Apply_AlwaysLeavesOneVersionInForceOnTheVariationsDate(PositiveInt agreedAfter, NonNegativeInt effectiveAfter)
    {
        var register = MemorandumVersions.Create([Adopted]).Value;
        var agreedOn = Apr2021.PlusDays(agreedAfter.Get % 1000);
        var from = agreedOn.PlusDays(effectiveAfter.Get % 400);
        var variation = Vary("v", ConsultAll(Three, agreedOn), new BoardAgreement(agreedOn, "PB"), "mou-next", from);
        var varied = register.Apply(variation, Version("mou-next", from), Three).Value;
        Assert.Equal("mou-next", varied.InForceOn(from).Version!.Id.Value);
        Assert.Equal(Adopted.Id, varied.InForceOn(from.PlusDays(-1)).Version!.Id);
        Assert.Equal(Array.Empty<OrganisationId>(), variation.ConsultationGaps(Three).Select(g => g.Partner));
    }
}
