using CareCommunity.Domain.Quality.Maturity;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class ConsensusTests
{
    [Fact]
    public void Of_CloseScores_AgreeOnTheMedian()
    {
        var c = Consensus.Of([2, 3, 3]).Value;
        Assert.Equal(3m, c.Median);
        Assert.Equal(ConsensusOutcome.Agreed, c.Outcome);
        Assert.False(c.IsUncertain);
    }

    [Fact]
    public void Of_RangeOfTwoLevels_IsSplitAndUncertain()
    {
        var c = Consensus.Of([1, 3]).Value;
        Assert.Equal(2m, c.Median);
        Assert.Equal(2, c.Range);
        Assert.Equal(ConsensusOutcome.Split, c.Outcome);
    }

    [Fact]
    public void Of_SplitRangeIsAnOption()
    {
        Assert.Equal(ConsensusOutcome.Agreed, Consensus.Of([1, 3], new ConsensusOptions(3)).Value.Outcome);
        Assert.False(Consensus.Of([1, 3], new ConsensusOptions(0)).IsSuccess);
    }

    [Fact]
    public void Of_NoScores_IsRefused()
    {
        Assert.False(Consensus.Of([]).IsSuccess);
        Assert.False(Consensus.Of(null).IsSuccess);
    }
}
