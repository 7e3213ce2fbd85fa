using CareCommunity.Domain.Quality.Maturity;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class MaturityRecordTests
{
    [Fact]
    public void Create_UnknownDimensionAndScoreOffTheScale_AreLocated()
    {
        var result = MaturityRecord.Create("crewe", null,
        [
            Objective("readiness-to-change", Jan2021, 2),
            Objective("not-a-dimension", Jan2021, 2),
            Objective("readiness-to-change", Jan2021, 9),
            null,
        ]);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.record.unknown-dimension" && i.Location.ToString() == "$.assessments[1].dimensionId");
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.record.score-not-a-level" && i.Location.ToString() == "$.assessments[2].score");
        Assert.Contains(result.Issues, i => i.Location.ToString() == "$.assessments[3]");
    }

    [Fact]
    public void Assessments_SubjectiveNeedsNamedPeople_ObjectiveNeedsEvidence()
    {
        Assert.False(MaturityAssessment.Subjective("readiness-to-change", Jan2021, 2, []).IsSuccess);
        Assert.False(MaturityAssessment.Subjective("readiness-to-change", Jan2021, 2, ["  "]).IsSuccess);
        Assert.True(MaturityAssessment.Subjective("readiness-to-change", Jan2021, 2, ["Alex Jones", "Sam Patel"]).IsSuccess);
        var missing = MaturityAssessment.Objective("readiness-to-change", Jan2021, 2, ObjectiveBasis.ThirdPartyCalibrated, "");
        Assert.Equal("$.evidenceReference", Assert.Single(missing.Issues).Location.ToString());
    }

    [Fact]
    public void Gaps_ShowSubjectiveConsensusAgainstObjective()
    {
        var record = Record(
        [
            Subjective("citizen-empowerment", Jan2021, 4, "Alex Jones"),
            Subjective("citizen-empowerment", Jan2021, 3, "Sam Patel"),
            Subjective("citizen-empowerment", Jan2021, 4, "Jo Smith"),
            Objective("citizen-empowerment", Jan2021, 2),
        ]);
        var gap = record.Gaps(Jan2021).Single(g => g.DimensionId == "citizen-empowerment");
        Assert.Equal(4m, gap.Subjective!.Median);
        Assert.Equal(2, gap.Objective);
        Assert.Equal(2m, gap.Gap);
        Assert.Null(record.Gaps(Jan2021).Single(g => g.DimensionId == "capacity-building").Gap);
    }

    [Fact]
    public void HistoryAndTrend_PerDimension()
    {
        var record = Record([Objective("finance-and-funding", Jan2021, 1), Objective("finance-and-funding", Jan2022, 3), Subjective("finance-and-funding", Jan2021, 3)]);
        Assert.Equal([1m, 3m], record.History("finance-and-funding", AssessmentKind.Objective, Jun2022).Select(p => p.Score));
        Assert.Equal(Trend.Improving, record.TrendOf("finance-and-funding", AssessmentKind.Objective, Jun2022));
        Assert.Equal(Trend.Unknown, record.TrendOf("finance-and-funding", AssessmentKind.Objective, Jun2021));
        Assert.Equal(Trend.Unknown, record.TrendOf("finance-and-funding", AssessmentKind.Subjective, Jun2022));
    }

    [Fact]
    public void Standing_MedianOfLatestObjectiveScores_MapsOntoAPhase()
    {
        var record = Record([.. ObjectiveRound(Jan2021, 1), .. ObjectiveRound(Jan2022, 2)]);
        Assert.Equal(DevelopmentPhase.Phase1, record.Standing(AssessmentKind.Objective, Jun2021)!.Phase);
        var standing = record.Standing(AssessmentKind.Objective, Jun2022)!;
        Assert.Equal(DevelopmentPhase.Phase2, standing.Phase);
        Assert.Equal(2m, standing.AggregateScore);
        Assert.Equal(Jan2022, standing.LatestAssessmentOn);
        Assert.Null(record.Standing(AssessmentKind.Subjective, Jun2022));
    }

    [Fact]
    public void ProgressToward_WorkingTowardsPhase3ByApril2022()
    {
        var target = new LocalDate(2022, 4, 1);
        var record = Record([.. ObjectiveRound(Jan2021, 2), .. ObjectiveRound(Jun2022, 4)]);
        var before = record.ProgressToward(DevelopmentPhase.Phase3, target, Jan2022);
        Assert.Equal(ProgressStatus.OnTheWay, before.Status);
        Assert.Equal(1.5m, before.ScoreToGo);
        Assert.Equal(76, before.DaysLeft);
        Assert.Equal(ProgressStatus.Missed, record.ProgressToward(DevelopmentPhase.Phase3, target, new LocalDate(2022, 5, 1)).Status);
        Assert.Equal(ProgressStatus.Reached, record.ProgressToward(DevelopmentPhase.Phase3, target, Jun2022).Status);
        Assert.Equal(ProgressStatus.NotAssessed, Record([]).ProgressToward(DevelopmentPhase.Phase3, target, Jan2022).Status);
    }

    [Fact]
    public void History_SelfAssessmentsOfADate_AreCombinedByConsensus()
    {
        var record = Record(
        [
            Subjective("evaluation-methods", Jan2021, 1, "Alex Jones"),
            Subjective("evaluation-methods", Jan2021, 2, "Sam Patel"),
            Subjective("evaluation-methods", Jan2022, 2, "Alex Jones"),
            Subjective("evaluation-methods", Jan2022, 4, "Sam Patel"),
            Subjective("evaluation-methods", Jan2022, 3, "Jo Smith"),
        ]);
        var history = record.History("evaluation-methods", AssessmentKind.Subjective, Jun2022);
        Assert.Equal([1.5m, 3m], history.Select(p => p.Score));
        Assert.Equal(ConsensusOutcome.Agreed, history[0].Consensus!.Outcome);
        Assert.Equal(ConsensusOutcome.Split, history[1].Consensus!.Outcome);
        Assert.Equal(Trend.Improving, record.TrendOf("evaluation-methods", AssessmentKind.Subjective, Jun2022));
        Assert.Equal(ConsensusOutcome.Agreed, record.SubjectiveConsensus("evaluation-methods", Jun2022, new ConsensusOptions(3))!.Outcome);
    }
}
