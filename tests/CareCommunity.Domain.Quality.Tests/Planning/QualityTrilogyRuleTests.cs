using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Quality.Tests.Planning.PlanSamples;

namespace CareCommunity.Domain.Quality.Tests.Planning;

public sealed class QualityTrilogyRuleTests
{
    private static readonly QualityTrilogyRule Rule = QualityRules.Trilogy;

    [Fact]
    public void ValidPlan_IsMet_WithItsFigures()
    {
        var result = Rule.Check(Valid with { Improvements = [Improvement("falls", "falls with harm per month")] }, Context());
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("2", result.Figures["goalsWithTarget"]);
        Assert.Equal("1", result.Figures["improvements"]);
    }

    [Fact]
    public void GoalWithoutTarget_IsAnErrorAtItsTarget()
    {
        var result = Rule.Check(Plan(Goal("falls", target: null), Goal("ulcers")), Context());
        var issue = Assert.Single(result.Issues);
        Assert.Equal(QualityTrilogyRule.GoalWithoutTarget.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.goals[0].target", issue.Location.ToString());
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void GoalWithoutDirection_IsInformation_TheLibrarysReading()
    {
        var result = Rule.Check(Plan(Goal("falls", direction: ImprovementDirection.Neither), Goal("ulcers")), Context());
        Assert.Equal(Severity.Information, Assert.Single(result.Issues).Severity);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void ImprovementForAGoalNotListed_AndWithoutMeasures_AreReportedAtTheirPaths()
    {
        var result = Rule.Check(Valid with { Improvements = [Improvement("no-such-goal")] }, Context());
        Assert.Equal(["$.improvements[0].goal", "$.improvements[0].measures"], result.Issues.Select(i => i.Location.ToString()));
        Assert.Equal(Severity.Error, result.Issues[0].Severity);
    }

    [Fact]
    public void DuplicateGoalIds_AreAnIntegrityError()
    {
        var result = Rule.Check(Plan(Goal("falls"), Goal("falls")), Context());
        Assert.Equal("$.goals[1].id", Assert.Single(result.Issues, i => i.Code == QualityTrilogyRule.DuplicateGoal.Code).Location.ToString());
    }

    [Fact]
    public void UnreadableGoal_IsNotEvaluated()
    {
        var result = Rule.Check(Plan(Goal("falls"), null), Context());
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
    }
}
