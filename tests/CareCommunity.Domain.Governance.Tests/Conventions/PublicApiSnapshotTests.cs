using CareCommunity.Testing;

namespace CareCommunity.Domain.Governance.Tests.Conventions;

public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApi_MatchesTheReviewedSnapshot()
    {
        var difference = ApiSnapshot.CompareWithSnapshot(typeof(GovernanceRules).Assembly);

        Assert.True(difference is null, difference);
    }
}
