using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>
/// One error never hides another: any subset of single-rule breakages applied to the valid sample is reported rule by
/// rule, each broken rule not met with an error of its own, and no other rule not met.
/// </summary>
public sealed class OperatingModelValidatorRuleSubsetTests
{
    private sealed record Breakage(string Rule, string What, Action<LocalCareCommunityBuilder> Apply)
    {
        public override string ToString() => $"{Rule}: {What}";
    }

    private static readonly Breakage[] Breakages =
    [
        new("CC-1", "no aligned PCN", b => b.WithoutAlignedPcns()),
        new("CC-2", "the Healthwatch core role vacant", b => b.WithoutCoreRole(CoreRole.Healthwatch)),
        new("CC-4", "a nursing lead who is not in the core group", b => b.WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PracticeNurse)),
        new("CC-6", "no Place report for the period from 2024-12-01", b => b.WithoutSubmission(ReportingObligation.PlaceOperationalReport, new LocalDate(2024, 12, 1))),
        new("CC-7", "no risk register", b => b.WithoutRiskRegister()),
        new("CC-8", "a change without an impact assessment", b => b.WithChange(
            new PersonnelChange("A second care coordinator", new LocalDate(2025, 1, 1), Money.FromPounds(32_000m), new LocalDate(2024, 12, 1), null))),
        new("CC-9", "30% local variation", b => b.WithOfferSplit(700_000m, 300_000m)),
        new("CC-10", "an initiative without a long-term impact", b => b.WithSampleInitiative(i => i with { Impact = i.Impact with { LongTerm = null } })),
    ];

    private static readonly Arbitrary<Breakage[]> AnySubset = Arb.From(Gen.SubListOf(Breakages).Select(s => s.ToArray()));

    private static OperatingModelCheck CheckWith(IEnumerable<Breakage> breakages)
    {
        var builder = LocalCareCommunityBuilder.Valid();
        foreach (var b in breakages)
        {
            b.Apply(builder);
        }

        return new OperatingModelValidator().Check(builder.BuildDraft(), builder.AsOfDate);
    }

    private static void AssertExactlyBroken(OperatingModelCheck check, IReadOnlyCollection<Breakage> broken)
    {
        var expected = broken.Select(b => b.Rule).ToHashSet();
        Assert.Equal(OperatingModelRules.All.Length, check.Results.Length);
        foreach (var result in check.Results)
        {
            var id = result.Rule.ToString();
            if (expected.Contains(id))
            {
                Assert.True(result.Status == RuleStatus.NotMet, $"{id} should be not met: {result}");
                Assert.Contains(result.Issues, i => i.Severity == Severity.Error && i.Rule == result.Rule);
                Assert.Contains(check.Report.Issues, i => i.Severity == Severity.Error && i.Rule == result.Rule);
            }
            else
            {
                Assert.True(result.Status == RuleStatus.Met, $"{id} should be met: {result}");
                Assert.Empty(result.Issues);
            }
        }

        Assert.Equal(expected.Order(), check.RulesNotMet.Select(r => r.ToString()).Order());
        Assert.Equal(expected.Order(), check.Report.RulesBroken.Select(r => r.ToString()).Order());
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnySubsetOfBreakages_NamesEveryBrokenRuleAndNoOther() =>
        Prop.ForAll(AnySubset, subset => AssertExactlyBroken(CheckWith(subset), subset));

    [Fact]
    public void Check_NoBreakage_MeetsEveryRule() => AssertExactlyBroken(CheckWith([]), []);

    [Fact]
    public void Check_EveryBreakageAtOnce_NamesAllEight() => AssertExactlyBroken(CheckWith(Breakages), Breakages);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Check_EachBreakageAlone_BreaksOnlyItsRule(int index) => AssertExactlyBroken(CheckWith([Breakages[index]]), [Breakages[index]]);
}
