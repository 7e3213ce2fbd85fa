using CareCommunity.Domain.Governance.Charter;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class EffectivePeriodTests
{
    private static readonly LocalDate June30 = new(2022, 6, 30);
    private static readonly LocalDate July1 = new(2022, 7, 1);

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = EffectivePeriod.Between(Apr2021, June30);
        Assert.True(period.Contains(Apr2021));
        Assert.True(period.Contains(June30));
        Assert.False(period.Contains(Apr2021.PlusDays(-1)));
        Assert.False(period.Contains(July1));
    }

    [Fact]
    public void Starting_IsOpenEnded_AndContainsEveryLaterDay()
    {
        var period = EffectivePeriod.Starting(Apr2021);
        Assert.True(period.IsOpenEnded);
        Assert.True(period.Contains(new LocalDate(2099, 12, 31)));
        Assert.False(period.Contains(Mar2021));
        Assert.Equal("2021-04-01..", period.ToString());
    }

    [Fact]
    public void Overlaps_ASuccessorStartingTheDayAfterDoesNot_TheSameDayDoes()
    {
        var first = EffectivePeriod.Between(Apr2021, June30);
        Assert.False(first.Overlaps(EffectivePeriod.Starting(July1)));
        Assert.True(first.Overlaps(EffectivePeriod.Starting(June30)));
        Assert.True(EffectivePeriod.Starting(July1).Overlaps(EffectivePeriod.Starting(new LocalDate(2030, 1, 1))));
    }

    [Fact]
    public void Create_AnEndBeforeTheStart_IsAnIssueAtUntil()
    {
        var result = EffectivePeriod.Create(July1, June30);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("charter.period-ends-before-it-starts", issue.Code.ToString());
        Assert.Equal("$.until", issue.Location.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => EffectivePeriod.Between(July1, June30));
    }

    [Fact]
    public void EndingOn_ShortensAnOpenPeriod()
    {
        var ended = EffectivePeriod.Starting(Apr2021).EndingOn(June30).Value;
        Assert.Equal(June30, ended.Until);
        Assert.Equal("2021-04-01..2022-06-30", ended.ToString());
        Assert.False(EffectivePeriod.Starting(July1).EndingOn(June30).IsSuccess);
    }
}
