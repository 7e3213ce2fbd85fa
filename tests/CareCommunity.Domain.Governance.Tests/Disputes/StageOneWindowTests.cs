using CareCommunity.Domain.Governance.Disputes;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

/// <summary>"If the Executive cannot resolve the dispute within 30 days" (004 l.1618), counted in Europe/London across
/// the clock changes of 2026 (29 March 01:00 GMT forward, 25 October 02:00 BST back).</summary>
public sealed class StageOneWindowTests
{
    [Fact]
    public void AcrossTheSpringClockChange_TheWindowEndsAtLocalMidnightAfterThe30thDay_23HoursUtc()
    {
        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 10, 12, 0), DisputeOptions.Default);

        Assert.Equal(Instant.FromUtc(2026, 4, 9, 23, 0), window.Ends);
        Assert.False(window.HasEndedAt(Instant.FromUtc(2026, 4, 9, 22, 59, 59)));
        Assert.True(window.HasEndedAt(Instant.FromUtc(2026, 4, 9, 23, 0)));
        Assert.Equal(30, window.DaysElapsedAt(Instant.FromUtc(2026, 4, 9, 22, 59, 59)));
        Assert.Equal(31, window.DaysElapsedAt(Instant.FromUtc(2026, 4, 9, 23, 0)));
        Assert.Equal(Duration.FromHours((31 * 24) - 12 - 1), window.Ends - window.Opened);
    }

    [Fact]
    public void AcrossTheAutumnClockChange_TheWindowHasAn_ExtraHour()
    {
        var window = StageOneWindow.Open(London(2026, 10, 10, 9), DisputeOptions.Default);

        Assert.Equal(Instant.FromUtc(2026, 11, 10, 0, 0), window.Ends);
        Assert.Equal(Duration.FromHours((31 * 24) - 9 + 1), window.Ends - window.Opened);
        Assert.Equal("2026-11-10T00:00:00 Europe/London (+00)", window.Format(window.Ends));
    }

    [Fact]
    public void LateEveningInSummer_TheDayIsTheLondonDay_NotTheUtcDay()
    {
        var opened = Instant.FromUtc(2026, 6, 1, 22, 30);
        var window = StageOneWindow.Open(opened, DisputeOptions.Default);

        Assert.Equal(new LocalDate(2026, 6, 1), opened.InZone(LondonZone).Date);
        Assert.Equal(Instant.FromUtc(2026, 7, 1, 23, 0), window.Ends);
    }

    [Fact]
    public void OpeningOnTheDayOfTheSpringChange_StillCountsCalendarDays()
    {
        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 29, 0, 30), DisputeOptions.Default);

        Assert.Equal(London(2026, 4, 29, 0, 0), window.Ends);
    }

    [Fact]
    public void OpeningDayCountsAsDayOne_EndsADayEarlier()
    {
        var options = DisputeOptions.Default with { WindowReading = WindowReading.OpeningDayCountsAsDayOne };

        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 10, 12, 0), options);

        Assert.Equal(Instant.FromUtc(2026, 4, 8, 23, 0), window.Ends);
    }

    [Fact]
    public void ElapsedDuration_Is30Times24Hours_IgnoringTheClockChange()
    {
        var options = DisputeOptions.Default with { WindowReading = WindowReading.ElapsedDuration };

        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 10, 12, 0), options);

        Assert.Equal(Instant.FromUtc(2026, 4, 9, 12, 0), window.Ends);
    }

    [Fact]
    public void TheTimeZoneIsInjectable()
    {
        var options = DisputeOptions.Default with { TimeZone = DateTimeZone.Utc };

        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 10, 12, 0), options);

        Assert.Equal(Instant.FromUtc(2026, 4, 10, 0, 0), window.Ends);
    }

    [Fact]
    public void ExplainAt_GivesTheFigures()
    {
        var window = StageOneWindow.Open(Instant.FromUtc(2026, 3, 10, 12, 0), DisputeOptions.Default);

        var explained = window.ExplainAt(Instant.FromUtc(2026, 4, 10, 8, 0));

        Assert.True(explained.Value);
        var rule = Assert.Single(explained.Why.Rules);
        Assert.Equal("MOU-7", rule.Rule.ToString());
        Assert.Equal("31", rule.Inputs["daysElapsed"]);
        Assert.Equal("2026-04-09T23:00:00Z", rule.Inputs["windowEndsUtc"]);
        Assert.Contains("have run out", explained.Why.Conclusion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void WindowDays_OutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisputeOptions.Default with { WindowDays = days });
}
