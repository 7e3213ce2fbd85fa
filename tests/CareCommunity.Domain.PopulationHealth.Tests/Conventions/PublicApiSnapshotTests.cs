using CareCommunity.Testing;

namespace CareCommunity.Domain.PopulationHealth.Tests.Conventions;

public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedSnapshot()
    {
        var difference = ApiSnapshot.CompareWithSnapshot(typeof(PopulationClassifier).Assembly);

        Assert.True(difference is null, difference);
    }
}
