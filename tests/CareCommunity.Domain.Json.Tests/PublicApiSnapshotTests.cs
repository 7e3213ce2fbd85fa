using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests;

public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedSnapshot()
    {
        var difference = ApiSnapshot.CompareWithSnapshot(typeof(CareCommunityDocument).Assembly);

        Assert.True(difference is null, difference);
    }
}
