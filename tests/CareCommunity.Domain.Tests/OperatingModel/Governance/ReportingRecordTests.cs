using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using NodaTime;
using NodaTime.Testing;

namespace CareCommunity.Domain.Tests.OperatingModel.Governance;

/// <summary>CC-6: the leadership function and the coaches meet bi-monthly; reports go to Place "once every 2 months" (001 l.158, l.238).</summary>
public sealed class ReportingRecordTests
{
    private static readonly LocalDate Start = new(2024, 4, 1);

    private static ReportingRecord Record(params Submission[] submissions) => new(Start, [.. submissions]);

    [Fact]
    public void Evaluate_OnTheStartDate_OneBiMonthlyPeriodDueForEachObligation()
    {
        var statuses = Record().Evaluate(Start);
        Assert.Equal(3, statuses.Length);
        Assert.All(statuses, s =>
        {
            Assert.Equal(ReportingState.Due, s.State);
            Assert.Equal(Start, s.PeriodStart);
            Assert.Equal(new LocalDate(2024, 5, 31), s.DueDate);
            Assert.Null(s.MetOn);
        });
        Assert.Equal(Enum.GetValues<ReportingObligation>(), statuses.Select(s => s.Obligation));
    }

    [Fact]
    public void Evaluate_BeforeTheStart_ListsNothing() => Assert.Empty(Record().Evaluate(Start.PlusDays(-1)));

    [Fact]
    public void Evaluate_DayAfterThePeriodEnds_UnmetIsOverdueAndTheNextPeriodIsDue()
    {
        var statuses = Record().Evaluate(new LocalDate(2024, 6, 1));
        Assert.Equal(6, statuses.Length);
        Assert.All(statuses.Take(3), s => Assert.Equal(ReportingState.Overdue, s.State));
        Assert.All(statuses.Skip(3), s =>
        {
            Assert.Equal(ReportingState.Due, s.State);
            Assert.Equal(new LocalDate(2024, 6, 1), s.PeriodStart);
            Assert.Equal(new LocalDate(2024, 7, 31), s.DueDate);
        });
    }

    [Fact]
    public void Evaluate_OnTheDueDate_IsStillDue() =>
        Assert.All(Record().Evaluate(new LocalDate(2024, 5, 31)), s => Assert.Equal(ReportingState.Due, s.State));

    [Fact]
    public void Evaluate_SubmissionInThePeriod_IsMetOnTheEarliestDate()
    {
        var statuses = Record(
            new Submission(ReportingObligation.LeadershipMeeting, new LocalDate(2024, 5, 20)),
            new Submission(ReportingObligation.LeadershipMeeting, new LocalDate(2024, 5, 14))).Evaluate(new LocalDate(2024, 6, 10));
        var leadership = statuses[0];
        Assert.Equal(ReportingObligation.LeadershipMeeting, leadership.Obligation);
        Assert.Equal(ReportingState.Met, leadership.State);
        Assert.Equal(new LocalDate(2024, 5, 14), leadership.MetOn);
        Assert.Equal(ReportingState.Overdue, statuses[1].State);
        Assert.Equal(ReportingState.Overdue, statuses[2].State);
    }

    [Fact]
    public void Evaluate_SubmissionInTheNextPeriod_DoesNotCountForTheLastOne()
    {
        var statuses = Record(new Submission(ReportingObligation.PlaceOperationalReport, new LocalDate(2024, 6, 1))).Evaluate(new LocalDate(2024, 6, 2));
        Assert.Equal(ReportingState.Overdue, statuses[2].State);
        Assert.Equal(ReportingState.Met, statuses[5].State);
    }

    [Fact]
    public void Evaluate_SubmissionBeforeTheStartOrAfterAsOf_CountsForNothing()
    {
        var statuses = Record(
            new Submission(ReportingObligation.CoachesMeeting, Start.PlusDays(-1)),
            new Submission(ReportingObligation.LeadershipMeeting, new LocalDate(2024, 5, 1))).Evaluate(new LocalDate(2024, 4, 30));
        Assert.All(statuses, s => Assert.Equal(ReportingState.Due, s.State));
    }

    [Fact]
    public void Evaluate_GraceDays_DelayOverdue()
    {
        var cadence = new ReportingCadenceOptions { GraceDays = 7 };
        Assert.All(Record().Evaluate(new LocalDate(2024, 6, 7), cadence).Take(3), s => Assert.Equal(ReportingState.Due, s.State));
        var overdue = Record().Evaluate(new LocalDate(2024, 6, 8), cadence)[0];
        Assert.Equal(ReportingState.Overdue, overdue.State);
        Assert.Contains("(plus 7 days' grace)", overdue.Why.Conclusion, StringComparison.Ordinal);
        Assert.Equal("7", overdue.Why.Rules[0].Inputs["graceDays"]);
    }

    [Fact]
    public void Evaluate_CustomCadence_MonthlyForOneObligation()
    {
        var cadence = new ReportingCadenceOptions { PeriodMonths = 1, Obligations = [ReportingObligation.PlaceOperationalReport] };
        var statuses = Record().Evaluate(new LocalDate(2024, 6, 15), cadence);
        Assert.Equal([new LocalDate(2024, 4, 1), new LocalDate(2024, 5, 1), new LocalDate(2024, 6, 1)], statuses.Select(s => s.PeriodStart));
        Assert.All(statuses, s => Assert.Equal(ReportingObligation.PlaceOperationalReport, s.Obligation));
    }

    [Fact]
    public void Evaluate_MonthEndStart_PeriodsStayContiguousWithoutDrift()
    {
        var record = new ReportingRecord(new LocalDate(2024, 1, 31), []);
        var statuses = record.Evaluate(new LocalDate(2024, 12, 31), new ReportingCadenceOptions { PeriodMonths = 1, Obligations = [ReportingObligation.LeadershipMeeting] });
        Assert.Equal(new LocalDate(2024, 2, 29), statuses[1].PeriodStart);
        Assert.Equal(new LocalDate(2024, 3, 31), statuses[2].PeriodStart);
        for (var i = 1; i < statuses.Length; i++)
        {
            Assert.Equal(statuses[i - 1].DueDate.PlusDays(1), statuses[i].PeriodStart);
        }
    }

    [Fact]
    public void Evaluate_Explanation_NamesCc6WithItsInputs()
    {
        var met = Record(new Submission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 4, 9))).Evaluate(new LocalDate(2024, 7, 1));
        var application = met[1].Why.Rules.Single();
        Assert.Equal("CC-6", application.Rule.ToString());
        Assert.True(application.Applied);
        Assert.Equal("2024-04-09", application.Inputs["metOn"]);
        Assert.Equal("2024-04-01", application.Inputs["periodStart"]);
        Assert.Equal("2024-05-31", application.Inputs["dueDate"]);
        Assert.Equal("2", application.Inputs["periodMonths"]);
        Assert.Equal("Met on 2024-04-09, within the period 2024-04-01 to 2024-05-31.", met[1].Why.Conclusion);
        Assert.False(met[0].Why.Rules.Single().Applied);
        Assert.StartsWith("Due by 2024-07-31", met[3].Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Clock_UsesTheEuropeLondonDate()
    {
        // 23:30 UTC on 31 March 2025 is already 1 April in London (BST began on 30 March): the second period has started.
        var record = new ReportingRecord(new LocalDate(2025, 2, 1), []);
        var clock = FakeClock.FromUtc(2025, 3, 31, 23, 30, 0);
        Assert.Equal(6, record.Evaluate(clock).Length);
        Assert.Equal(3, record.Evaluate(clock, DateTimeZone.Utc).Length);
        Assert.Equal(record.Evaluate(new LocalDate(2025, 4, 1)), record.Evaluate(clock), StatusComparer.Instance);
        clock.AdvanceDays(61);
        Assert.Equal(9, record.Evaluate(clock).Length);
        Assert.Throws<ArgumentNullException>(() => record.Evaluate((IClock)null!));
    }

    [Fact]
    public void Evaluate_Clock_InWinter_LondonDateIsTheUtcDate()
    {
        var record = new ReportingRecord(new LocalDate(2024, 12, 1), []);
        var clock = FakeClock.FromUtc(2025, 1, 31, 23, 30, 0);
        Assert.Equal(3, record.Evaluate(clock).Length);
        clock.AdvanceHours(1);
        Assert.Equal(6, record.Evaluate(clock).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void CadenceOptions_PeriodOutsideOneToTwelveMonths_Throws(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCadenceOptions { PeriodMonths = months });

    [Fact]
    public void CadenceOptions_NegativeGrace_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCadenceOptions { GraceDays = -1 });

    [Fact]
    public void CadenceOptions_Default_IsEveryTwoMonthsForAllThreeWithNoGrace()
    {
        Assert.Equal(2, ReportingCadenceOptions.Default.PeriodMonths);
        Assert.Equal(0, ReportingCadenceOptions.Default.GraceDays);
        Assert.Equal(Enum.GetValues<ReportingObligation>(), ReportingCadenceOptions.Default.Obligations);
    }

    private sealed class StatusComparer : IEqualityComparer<ReportingStatus>
    {
        public static readonly StatusComparer Instance = new();

        public bool Equals(ReportingStatus? x, ReportingStatus? y) =>
            x is not null && y is not null && (x.Obligation, x.PeriodStart, x.DueDate, x.State, x.MetOn) == (y.Obligation, y.PeriodStart, y.DueDate, y.State, y.MetOn);

        public int GetHashCode(ReportingStatus obj) => HashCode.Combine(obj.Obligation, obj.PeriodStart, obj.State);
    }
}
