using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Tests.Conventions;

public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedSnapshot()
    {
        var difference = ApiSnapshot.CompareWithSnapshot(typeof(RuleId).Assembly);

        Assert.True(difference is null, difference);
    }
}
