using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

/// <summary>MAT-3: "By April 2021 every Care Community should be able to identify a named individual …" (004 l.2309) and
/// "The ICP will aim to have all Care Communities working towards phase 3 by April 2022." (004 l.2313).</summary>
public sealed class DevelopmentPhasesRuleTests
{
    private static readonly DevelopmentPhasesRule Rule = MaturityRules.DevelopmentPhases;

    [Fact]
    public void Check_BeforeApril2021_NamedIndividualsNotYetDue()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 1)), Jan2021);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void Check_ByApril2021NoNamedIndividual_IsWarning()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 2)), Jun2021);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Single(result, DevelopmentPhasesRule.NamedLeadsMissing, Severity.Warning);
    }

    [Fact]
    public void Check_SeveralEnablingThemesNamed_IsMet()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 2), TwoLeads), Jun2021);
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["namedThemes"]);
    }

    [Fact]
    public void Check_AfterApril2022StillPhase1_IsNotWorkingTowardsPhase3()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 1), TwoLeads), Jun2022);
        var issue = Single(result, DevelopmentPhasesRule.NotWorkingTowardsPhase3, Severity.Warning);
        Assert.Contains("working towards phase 3 by April 2022", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterApril2022AtPhase2_IsWorkingTowardsPhase3()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2022, 2), TwoLeads), Jun2022);
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("missed", result.Figures["progress"]);
    }

    [Fact]
    public void Check_WorkingTowardsReadingIsAnOption()
    {
        var options = MaturityOptions.Default with { WorkingTowardsFrom = DevelopmentPhase.Phase3 };
        var result = Check(Rule, Record(ObjectiveRound(Jan2022, 2), TwoLeads), Jun2022, options);
        Single(result, DevelopmentPhasesRule.NotWorkingTowardsPhase3, Severity.Warning);
        Assert.Equal(new LocalDate(2022, 4, 1), options.TargetBy);
    }
}
