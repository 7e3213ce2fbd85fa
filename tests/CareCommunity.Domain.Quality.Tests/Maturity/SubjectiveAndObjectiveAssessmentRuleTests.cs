using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

/// <summary>MAT-2: "the progress against the maturity matrix (already in use) will be assessed subjectively and
/// objectively" (001 l.148).</summary>
public sealed class SubjectiveAndObjectiveAssessmentRuleTests
{
    private static readonly SubjectiveAndObjectiveAssessmentRule Rule = MaturityRules.SubjectiveAndObjective;

    [Fact]
    public void Check_AssessedSubjectivelyAndObjectively_IsMet()
    {
        var result = Check(Rule, Record([.. SubjectiveRound(Jan2021, 3), .. ObjectiveRound(Jan2021, 3)]), Jun2021);
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("12", result.Figures["objectiveAssessments"]);
    }

    [Fact]
    public void Check_OnlySubjective_IsError()
    {
        var result = Check(Rule, Record(SubjectiveRound(Jan2021, 3)), Jun2021);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Single(result, SubjectiveAndObjectiveAssessmentRule.NoObjectiveAssessment, Severity.Error);
    }

    [Fact]
    public void Check_OnlyObjective_IsError()
    {
        var result = Check(Rule, Record(ObjectiveRound(Jan2021, 3)), Jun2021);
        Single(result, SubjectiveAndObjectiveAssessmentRule.NoSubjectiveAssessment, Severity.Error);
    }

    [Fact]
    public void Check_DisagreementAndSplit_AreShownAsInformation()
    {
        var record = Record(
        [
            .. SubjectiveRound(Jan2021, 3),
            .. ObjectiveRound(Jan2021, 3),
            Subjective("digital-infrastructure", Jun2021, 5, "Alex Jones"),
            Subjective("digital-infrastructure", Jun2021, 5, "Sam Patel"),
            Subjective("population-approach", Jun2021, 1, "Alex Jones"),
            Subjective("population-approach", Jun2021, 4, "Sam Patel"),
        ]);
        var result = Check(Rule, record, Jun2021);
        Assert.Equal(RuleStatus.Met, result.Status);
        var disagree = Single(result, SubjectiveAndObjectiveAssessmentRule.AssessmentsDisagree, Severity.Information);
        Assert.Equal("$.matrix.dimensions[2]", disagree.Location.ToString());
        Single(result, SubjectiveAndObjectiveAssessmentRule.SelfAssessmentsSplit, Severity.Information);
        Assert.Equal("1", result.Figures["splitDimensions"]);
    }

    [Fact]
    public void Check_DimensionMissingOneKind_IsInformation()
    {
        var record = Record([.. SubjectiveRound(Jan2021, 3), Objective("readiness-to-change", Jan2021, 3)]);
        var result = Check(Rule, record, Jun2021);
        Assert.Equal(11, result.Issues.Count(i => i.Code == SubjectiveAndObjectiveAssessmentRule.DimensionNotAssessedBothWays.Code));
    }

    [Fact]
    public void Check_AssessmentAfterEvaluationDate_IsIntegrityErrorAndLeftOut()
    {
        var result = Check(Rule, Record([.. SubjectiveRound(Jan2021, 3), .. ObjectiveRound(Jun2022, 3)]), Jun2021);
        Assert.Equal(12, result.Issues.Count(i => i.Code.ToString() == "model.date-in-future"));
        Assert.Contains(result.Issues, i => i.Code == SubjectiveAndObjectiveAssessmentRule.NoObjectiveAssessment.Code);
    }
}
