using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace CareCommunity.Domain.Tests.Testing;

/// <summary>Self-tests of the shared helpers in CareCommunity.Testing, so a broken helper fails loudly here.</summary>
public sealed class TestingHelpersTests
{
    [Fact]
    public void FakeClock_ReadsWhatItWasSetToAndAdvancesOnlyWhenTold()
    {
        var clock = FakeClock.FromUtc(2025, 3, 30, 0, 30, 0);
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 0, 30), clock.GetCurrentInstant());
        clock.AdvanceHours(1);
        clock.AdvanceDays(1);
        clock.Advance(Duration.FromMinutes(-30));
        Assert.Equal(Instant.FromUtc(2025, 3, 31, 1, 0), clock.GetCurrentInstant());
        clock.Reset(Instant.FromUtc(2000, 1, 1, 0, 0));
        Assert.Equal(Instant.FromUtc(2000, 1, 1, 0, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void TestClocks_AtLondonMidday_IsThatDateInLondon()
    {
        var summer = TestClocks.AtLondonMidday(new LocalDate(2025, 7, 1));
        Assert.Equal(Instant.FromUtc(2025, 7, 1, 11, 0), summer.GetCurrentInstant());
        Assert.Equal(new LocalDate(2025, 7, 1), summer.GetCurrentInstant().InZone(OperatingModelOptions.London).Date);
    }

    [Fact]
    public void Builder_Submissions_OneForEachObligationInEachPeriodUpToAsOf()
    {
        var builder = LocalCareCommunityBuilder.Valid();
        Assert.Equal(6, builder.PeriodStarts().Count);
        Assert.Equal(18, builder.Submissions().Length);
        Assert.All(builder.Submissions(), s => Assert.InRange(s.Date, LocalCareCommunityBuilder.DefaultReportingStart, builder.AsOfDate));
        Assert.Equal(17, builder.WithoutSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 6, 1)).Submissions().Length);
    }

    [Fact]
    public void Builder_HolderAndLeaderMaps_MatchTheBuiltCommunity()
    {
        var community = LocalCareCommunityBuilder.BuildValid();
        Assert.All(Enum.GetValues<CoreRole>(), r => Assert.Equal(SamplePeople.HolderOf(r), community.CoreGroup.Holder(r)!.Person));
        Assert.All(Enum.GetValues<LeadershipRole>(), r => Assert.Equal(SamplePeople.LeaderOf(r), community.LeadershipTeam.Holder(r)));
    }

    [Fact]
    public void Builder_Build_BrokenData_ThrowsListingTheIssues()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => LocalCareCommunityBuilder.Valid().WithoutRiskRegister().Build());
        Assert.Contains("risk-register.missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainArbMoney_FalsifiedProperty_ShrinksToOnePennyBelowZero()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true);

        var ex = Assert.ThrowsAny<Exception>(() => Check.One(config, Prop.ForAll(DomainArb.Money, m => !m.IsNegative)));

        Assert.Contains("Falsifiable", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Shrunk", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Money.FromPounds(-0.01m).ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainArbCommunity_Shrink_DropsPerturbationsAndKeepsCommunitiesCreatable()
    {
        var generated = GeneratedCommunity.TryCreate(
            [new CommunityMutation("no posts", b => b.WithoutPosts()), new CommunityMutation("no changes", b => b.WithoutChanges())], 5)!;

        var smaller = generated.Shrink().ToArray();

        Assert.Contains(smaller, c => c.Shift == 0 && c.Mutations.Count == 2);
        Assert.Contains(smaller, c => c.Shift == 5 && c.Mutations.Count == 1);
        Assert.Contains("no posts; no changes", generated.ToString(), StringComparison.Ordinal);
    }
}
