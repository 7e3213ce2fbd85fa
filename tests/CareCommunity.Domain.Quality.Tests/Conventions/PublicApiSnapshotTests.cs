using CareCommunity.Domain.Quality.Control;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Quality.Tests.Conventions;

public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedSnapshot()
    {
        var difference = ApiSnapshot.CompareWithSnapshot(typeof(XmrChart).Assembly);

        Assert.True(difference is null, difference);
    }
}
