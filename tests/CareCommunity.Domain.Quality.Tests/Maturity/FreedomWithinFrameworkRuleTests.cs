using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

/// <summary>MAT-1: "the operating model will evolve over time within a framework initially determined by current status,
/// with an aim to operate with greater freedom within a framework" (001 l.142).</summary>
public sealed class FreedomWithinFrameworkRuleTests
{
    private static readonly FreedomWithinFrameworkRule Rule = MaturityRules.FreedomWithinFramework;

    [Fact]
    public void Descriptor_IsMat1_QuotingTheOperatingModel()
    {
        Assert.Equal("MAT-1", Rule.Descriptor.Id.ToString());
        Assert.Contains(Rule.Descriptor.Quotes, q => q.Text.Contains("greater freedom within a framework", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, FreedomWithinFrameworkRule.FrameworkNotProgressive.DefaultSeverity);
    }

    [Fact]
    public void Check_InitiallyDeterminedByCurrentStatus_NoObjectiveAssessmentMeansNoFreedoms()
    {
        var result = Check(Rule, Record(SubjectiveRound(Jan2021, 5)), Jun2021);
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("none", result.Figures["objectivePhase"]);
        Assert.Equal("0", result.Figures["freedomsGranted"]);
    }

    [Fact]
    public void Check_GreaterFreedomAsItMatures_GrantsThePhasesFreedoms()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 4)), Jun2021);
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("3", result.Figures["objectivePhase"]);
        Assert.Equal("5", result.Figures["freedomsGranted"]);
    }

    [Fact]
    public void Check_FrameworkGrantingLessAtAHigherPhase_IsError()
    {
        var framework = FreedomFramework.Create(
        [
            new(DevelopmentPhase.Phase1, []),
            new(DevelopmentPhase.Phase2, [new Freedom(FreedomKind.DetermineSpend, Money.FromPounds(50_000m))]),
            new(DevelopmentPhase.Phase3, [new Freedom(FreedomKind.DetermineSpend, Money.FromPounds(10_000m))]),
        ]).Value;
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 3), framework: framework), Jun2021);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Single(result, FreedomWithinFrameworkRule.FrameworkNotProgressive, Severity.Error);
    }

    [Fact]
    public void Check_IterativeAndDevelopmental_AWithdrawalIsInformation()
    {
        var result = Check(Rule, Record([.. ObjectiveRound(Jan2021, 4), .. ObjectiveRound(Jan2022, 2)]), Jun2022);
        Assert.Equal(RuleStatus.Met, result.Status);
        var issue = Single(result, FreedomWithinFrameworkRule.FreedomsWithdrawn, Severity.Information);
        Assert.Contains("2022-01-15", issue.Message, StringComparison.Ordinal);
        Assert.Equal("2", result.Figures["objectivePhase"]);
    }
}
