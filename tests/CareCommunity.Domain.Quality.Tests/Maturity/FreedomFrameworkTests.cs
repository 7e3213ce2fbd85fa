using CareCommunity.Domain.Quality.Maturity;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class FreedomFrameworkTests
{
    [Fact]
    public void Default_PhaseOneGrantsNothing_PhaseThreeTheMost()
    {
        var f = FreedomFramework.Default;
        Assert.Empty(f.At(DevelopmentPhase.Phase1));
        Assert.Equal(Money.FromPounds(25_000m), f.Find(DevelopmentPhase.Phase2, FreedomKind.DetermineSpend)!.DelegatedLimit);
        Assert.Equal(5, f.At(DevelopmentPhase.Phase3).Length);
        Assert.Null(f.FirstRegression());
    }

    [Fact]
    public void Create_InvalidFreedoms_AreLocatedIssues()
    {
        var result = FreedomFramework.Create(
        [
            new(DevelopmentPhase.Phase1, []),
            new(DevelopmentPhase.Phase2, [new Freedom(FreedomKind.DetermineSpend), new Freedom(FreedomKind.ReportingFrequency, ReportingIntervalMonths: 13)]),
            new(DevelopmentPhase.Phase2, []),
        ]);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Issues, i => i.Location.ToString() == "$.phases[1].freedoms[0].delegatedLimit");
        Assert.Contains(result.Issues, i => i.Location.ToString() == "$.phases[1].freedoms[1].reportingIntervalMonths");
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.framework.duplicate-phase");
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.framework.phase-missing");
    }

    [Fact]
    public void MayExercise_NoObjectiveAssessment_IsRefused_EvenWithHighSelfAssessment()
    {
        var record = Record(SubjectiveRound(Jan2021, 5));
        var answer = record.MayExercise(new FreedomRequest(FreedomKind.UseVacancyMonies), Jun2021);
        var refused = answer.Value.AsT1;
        Assert.Equal(RefusalReason.NoObjectiveAssessment, refused.Reason);
        Assert.Contains("objective assessments only", answer.Why.Conclusion, StringComparison.Ordinal);
        Assert.Equal("MAT-1", answer.Why.Rules[0].Rule.ToString());
    }

    [Fact]
    public void MayExercise_SpendWithinLimitAtPhase2_IsGrantedWithTheAssessmentAndPhase()
    {
        var record = Record(ObjectiveRound(Jan2021, 3));
        var answer = record.MayExercise(FreedomRequest.Spend(Money.FromPounds(20_000m)), Jun2021);
        Assert.True(answer.Value.IsGranted);
        var granted = answer.Value.AsT0;
        Assert.Equal(DevelopmentPhase.Phase2, granted.Standing.Phase);
        Assert.Equal(Jan2021, granted.Standing.LatestAssessmentOn);
        Assert.Equal("2", answer.Why.Rules[0].Inputs["objectivePhase"]);
        Assert.Equal("2021-01-15", answer.Why.Rules[0].Inputs["assessedOn"]);
    }

    [Fact]
    public void MayExercise_AboveDelegatedLimit_IsRefusedWithTheLimit()
    {
        var record = Record(ObjectiveRound(Jan2021, 3));
        var refused = record.MayExercise(FreedomRequest.Spend(Money.FromPounds(30_000m)), Jun2021).Value.AsT1;
        Assert.Equal(RefusalReason.AboveDelegatedLimit, refused.Reason);
        Assert.Equal(Money.FromPounds(25_000m), refused.Granted!.DelegatedLimit);
    }

    [Fact]
    public void MayExercise_ReportingInterval_FollowsThePhase()
    {
        var record = Record(ObjectiveRound(Jan2021, 3));
        Assert.True(record.MayExercise(FreedomRequest.Reporting(2), Jun2021).Value.IsGranted);
        Assert.Equal(RefusalReason.ReportingIntervalTooLong, record.MayExercise(FreedomRequest.Reporting(3), Jun2021).Value.AsT1.Reason);
    }

    [Fact]
    public void MayExercise_LaterLowerObjectiveAssessment_WithdrawsTheFreedom()
    {
        var record = Record([.. ObjectiveRound(Jan2021, 4), .. ObjectiveRound(Jan2022, 1)]);
        var request = new FreedomRequest(FreedomKind.ChangePersonnelStructure);
        Assert.True(record.MayExercise(request, Jun2021).Value.IsGranted);
        var refused = record.MayExercise(request, Jun2022).Value.AsT1;
        Assert.Equal(RefusalReason.NotGrantedAtPhase, refused.Reason);
        Assert.Equal(DevelopmentPhase.Phase1, refused.Standing!.Phase);
    }
}
