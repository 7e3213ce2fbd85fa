using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Summary;

public sealed class PopulationCountsTests
{
    [Fact]
    public void Empty_CountsNobody_AndItsRatesAreUndefined()
    {
        var empty = PopulationCounts.Empty;

        Assert.Equal(0, empty.Residents);
        Assert.False(empty.ComplexRate.IsDefined);
        Assert.False(empty.Prevalence(Condition.Copd).IsDefined);
        Assert.Equal(empty, PopulationSummary.Of(PopulationClassifier.Default, [], ReferenceDate).Place);
    }

    [Fact]
    public void Breakdowns_AnswerForEachResident()
    {
        var residents = new[]
        {
            Resident("a", conditions: ConditionSet.Of(Condition.Copd, Condition.Asthma), frailty: FrailtyAssessment.Cfs(6), imdDecile: 1),
            Resident("b", autism: true, imdDecile: 5),
            Resident("c", learningDisability: true, seriousMentalIllness: true, conditions: ConditionSet.Of(Condition.Copd)),
            Resident("d"),
        };

        var counts = PopulationSummary.Of(new PopulationClassifier(segmentation: PopulationSegmentation.WithRisk), residents, ReferenceDate).Place;

        Assert.Equal(4, counts.Residents);
        Assert.Equal(3, counts.Complex);
        Assert.Equal(new Rate(3, 4), counts.ComplexRate);
        Assert.Equal(2, counts.WithCondition(Condition.Copd));
        Assert.Equal(50m, counts.Prevalence(Condition.Copd).Percent());
        Assert.Equal(1, counts.Meeting(ComplexityCriteria.TwoOrMoreLongTermConditions));
        Assert.Equal(2, counts.Meeting(ComplexityCriteria.LearningDisabilityOrAutism));
        Assert.Equal(1, counts.Meeting(ComplexityCriteria.FrailtyAndListedCondition));
        Assert.Equal(1, counts.WithExactly(ComplexityCriteria.LearningDisabilityOrAutism));
        Assert.Equal(1, counts.WithExactly(ComplexityCriteria.LearningDisabilityOrAutism | ComplexityCriteria.SeriousMentalIllness));
        Assert.Equal(1, counts.WithExactly(ComplexityCriteria.None));
        Assert.Equal(1, counts.LearningDisability);
        Assert.Equal(1, counts.Autism);
        Assert.Equal(1, counts.SeriousMentalIllness);
        Assert.Equal(1, counts.WithFrailty(FrailtyLevel.Moderate));
        Assert.Equal(3, counts.WithFrailty(null));
        Assert.Equal(1, counts.Core20);
        Assert.Equal(new Rate(1, 4), counts.Core20Share);
        Assert.Equal(new Rate(1, 2), counts.Core20ShareOfKnown);
        Assert.Equal(1, counts.WithRisk(RiskLevel.High));
        Assert.Equal(3, counts.WithRisk(RiskLevel.Low));
        Assert.Equal(0, counts.WithRisk(null));
        Assert.Equal(2, counts.WithLongTermConditionCount(0));
        Assert.Equal(3, counts.Count(StageOfLife.OlderPeople, HolisticNeed.Complex));
        Assert.Equal(new Rate(3, 4), counts.RateOf(StageOfLife.OlderPeople, HolisticNeed.Complex));
        Assert.Equal(4, counts.Count(StageOfLife.OlderPeople));
        Assert.Equal(1, counts.Count(HolisticNeed.CurrentlyWell));
    }

    [Fact]
    public void Queries_RefuseValuesOutsideTheirRange()
    {
        var counts = PopulationCounts.Empty;

        Assert.Throws<ArgumentOutOfRangeException>(() => counts.Meeting(ComplexityCriteria.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.WithExactly((ComplexityCriteria)16));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.WithLongTermConditionCount(23));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.WithCondition((Condition)21));
    }
}
