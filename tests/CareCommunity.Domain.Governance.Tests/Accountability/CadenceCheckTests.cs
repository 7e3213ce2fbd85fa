using CareCommunity.Domain.Governance.Accountability;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class CadenceCheckTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void TheBoardMeetsMonthly_EachCompleteCalendarMonthNeedsAMeeting()
    {
        var meetings = new[] { D(2026, 1, 15), D(2026, 2, 19), D(2026, 4, 16) };

        var explained = CadenceCheck.Check(MeetingCadence.Board, meetings, D(2026, 1, 1), D(2026, 4, 30));

        Assert.Equal(4, explained.Value.Periods.Length);
        var missed = Assert.Single(explained.Value.Missed);
        Assert.Equal(D(2026, 3, 1), missed.Start);
        Assert.Equal(D(2026, 3, 31), missed.End);
        Assert.Contains("2026-03-01..2026-03-31: 0 of 1", explained.Why.Conclusion, StringComparison.Ordinal);
        Assert.Equal("1", explained.Why.Rules[0].Inputs["periodsMissed"]);
    }

    [Fact]
    public void PartialMonths_AtEitherEnd_AreNotChecked()
    {
        var explained = CadenceCheck.Check(MeetingCadence.Board, [], D(2026, 1, 10), D(2026, 3, 30));

        Assert.Equal([D(2026, 2, 1)], explained.Value.Periods.Select(p => p.Start));
    }

    [Fact]
    public void TheCoordinationGroupMeetsTwiceMonthly_TwoDistinctDatesAMonth()
    {
        var meetings = new[] { D(2026, 1, 6), D(2026, 1, 20), D(2026, 2, 3), D(2026, 2, 3) };

        var assessment = CadenceCheck.Check(MeetingCadence.CoordinationGroup, meetings, D(2026, 1, 1), D(2026, 2, 28)).Value;

        Assert.Equal([2, 1], assessment.Periods.Select(p => p.Held));
        Assert.Equal(D(2026, 2, 1), Assert.Single(assessment.Missed).Start);
    }

    [Fact]
    public void ThePeopleBoardMeetsQuarterly_CalendarQuartersWhichAreAlsoTheNhsQuarters()
    {
        var meetings = new[] { D(2026, 5, 12), D(2026, 11, 3) };

        var assessment = CadenceCheck.Check(MeetingCadence.PeopleBoard, meetings, D(2026, 4, 1), D(2027, 3, 31)).Value;

        Assert.Equal([D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1), D(2027, 1, 1)], assessment.Periods.Select(p => p.Start));
        Assert.Equal([D(2026, 7, 1), D(2027, 1, 1)], assessment.Missed.Select(p => p.Start));
    }

    [Fact]
    public void TheAssemblyMeetsOnAverageThreeTimesAYear_OverCompleteYearsTogether()
    {
        var meetings = new[] { D(2025, 3, 1), D(2025, 9, 1), D(2026, 1, 1), D(2026, 2, 1), D(2026, 6, 1), D(2026, 12, 1) };

        var assessment = CadenceCheck.Check(MeetingCadence.Assembly, meetings, D(2025, 1, 1), D(2026, 12, 31)).Value;

        var period = Assert.Single(assessment.Periods);
        Assert.Equal(6, period.Required);
        Assert.Equal(6, period.Held);
        Assert.True(assessment.IsMet);

        var firstYearOnly = CadenceCheck.Check(MeetingCadence.Assembly, meetings, D(2025, 1, 1), D(2026, 6, 30)).Value;
        Assert.Equal(3, Assert.Single(firstYearOnly.Periods).Required);
        Assert.False(firstYearOnly.IsMet);
    }

    [Fact]
    public void TheAssembly_BeforeAFullYear_HasNoPeriodYet()
    {
        var explained = CadenceCheck.Check(MeetingCadence.Assembly, [], D(2026, 1, 1), D(2026, 12, 30));

        Assert.Empty(explained.Value.Periods);
        Assert.Contains("no complete period", explained.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void RollingInterval_Monthly_NoMoreThanAMonthWithoutAMeeting()
    {
        var meetings = new[] { D(2026, 1, 20), D(2026, 2, 20), D(2026, 3, 25) };

        var assessment = CadenceCheck.Check(MeetingCadence.Board, meetings, D(2026, 1, 1), D(2026, 4, 20), CadenceReading.RollingInterval).Value;

        var missed = Assert.Single(assessment.Missed);
        Assert.Equal(D(2026, 2, 21), missed.Start);
        Assert.Equal(D(2026, 3, 20), missed.End);
        Assert.Equal(3, assessment.Periods.Length);
        Assert.True(CadenceCheck.Check(MeetingCadence.Board, meetings, D(2026, 1, 1), D(2026, 4, 20)).Value.IsMet);
    }

    [Fact]
    public void RollingInterval_TwiceMonthly_Is16Days()
    {
        var meetings = new[] { D(2026, 1, 1), D(2026, 1, 17), D(2026, 2, 3) };

        var assessment = CadenceCheck.Check(MeetingCadence.CoordinationGroup, meetings, D(2026, 1, 1), D(2026, 2, 10), CadenceReading.RollingInterval).Value;

        Assert.Equal([D(2026, 1, 18)], assessment.Missed.Select(p => p.Start));
        Assert.Equal("no more than 16 days without a meeting", CadenceCheck.ReadingText(MeetingCadence.CoordinationGroup, CadenceReading.RollingInterval));
    }

    [Fact]
    public void Check_RejectsASpanRunningBackwards() =>
        Assert.Throws<ArgumentException>(() => CadenceCheck.Check(MeetingCadence.Board, [], D(2026, 2, 1), D(2026, 1, 1)));

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property CalendarMonthly_AMeetingOnEveryFirstOfTheMonth_AlwaysMeetsTheBoardsCadence() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 600)), Arb.From(Gen.Choose(0, 900)), (startDays, length) =>
        {
            var from = D(2024, 1, 1).PlusDays(startDays);
            var to = from.PlusDays(length);
            var meetings = Enumerable.Range(0, 80).Select(i => D(2024, 1, 1).PlusMonths(i));
            var assessment = CadenceCheck.Check(MeetingCadence.Board, meetings, from, to).Value;
            return assessment.IsMet && assessment.Periods.All(p => p.Start >= from && p.End <= to && p.Start.Day == 1 && p.End.PlusDays(1).Day == 1);
        });
}
