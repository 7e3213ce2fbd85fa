using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Planning.PlanSamples;

namespace CareCommunity.Domain.Quality.Tests.Planning;

public sealed class TwoQualityGoalsRuleTests
{
    private static readonly TwoQualityGoalsRule Rule = QualityRules.TwoGoals;

    [Fact]
    public void TwoGoalsIn2023_24_IsMet()
    {
        var result = Rule.Check(Valid, Context());
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["goals2023_24"]);
    }

    [Fact]
    public void OneGoalIn2023_24_IsAnError_AsTheSeedsWill()
    {
        // 001 l.166: "all Care Communities will be asked to provide 2 quality goals in 23/24".
        var result = Rule.Check(Plan(Goal("falls")), Context());
        var issue = Assert.Single(result.Issues);
        Assert.Equal(TwoQualityGoalsRule.TooFewGoalsIn2023.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("1", issue.OffendingValue);
    }

    [Fact]
    public void BeforeApril2023_NoGoalsAreAskedFor()
    {
        var result = Rule.Check(Plan(), Context(new LocalDate(2023, 3, 31)));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void ALaterYearWithOneGoal_IsInformation_UnlessTheReadingIsTurnedOffOrRaised()
    {
        var plan = Plan(Goal("falls"), Goal("ulcers"), Goal("falls-2024", 2024));
        var asOf = new LocalDate(2024, 6, 1);

        var issue = Assert.Single(Rule.Check(plan, Context(asOf)).Issues);
        Assert.Equal(TwoQualityGoalsRule.TooFewGoalsInLaterYear.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Contains("2024/25", issue.Message, StringComparison.Ordinal);

        Assert.Empty(Rule.Check(plan, Context(asOf, new QualityOptions { TwoGoalsInLaterYears = false })).Issues);
        var raised = new QualityOptions
        {
            SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity>.Empty.Add(TwoQualityGoalsRule.TooFewGoalsInLaterYear.Code, Severity.Error),
        };
        Assert.Equal(Severity.Error, Assert.Single(Rule.Check(plan, Context(asOf, raised)).Issues).Severity);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property AddingAGoal_NeverAddsAnIssue() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 4)), Arb.From(Gen.Choose(0, 4)), (in2023, in2024) =>
        {
            var goals = Enumerable.Range(0, in2023).Select(i => Goal($"a-{i}")).Concat(Enumerable.Range(0, in2024).Select(i => Goal($"b-{i}", 2024))).ToArray();
            var asOf = new LocalDate(2024, 9, 1);
            var before = Rule.Check(Plan(goals), Context(asOf)).Issues.Length;
            var after = Rule.Check(Plan([.. goals, Goal("extra", 2024)]), Context(asOf)).Issues.Length;
            Assert.True(after <= before);
        });
}
