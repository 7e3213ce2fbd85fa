using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Quality.Tests.Planning.PlanSamples;

namespace CareCommunity.Domain.Quality.Tests.Planning;

public sealed class QualityLedByLeadershipRuleTests
{
    private static readonly QualityLedByLeadershipRule Rule = QualityRules.LedByLeadership;

    [Fact]
    public void GoalsOwnedByTheLeadershipTeam_AreMet()
    {
        var result = Rule.Check(Valid, Context());
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["goalsLedByTheLeadershipTeam"]);
    }

    [Fact]
    public void AGoalOwnedFromOutsideTheLeadershipTeam_IsAnErrorAtItsOwner()
    {
        // 001 l.166: the approach "will ... be led by the Care Community Leadership team".
        var result = Rule.Check(Plan(Goal("falls"), Goal("ulcers", owner: Outsider)), Context());
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.goals[1].owner", issue.Location.ToString());
        Assert.Equal("p-outsider", issue.OffendingValue);
    }
}
