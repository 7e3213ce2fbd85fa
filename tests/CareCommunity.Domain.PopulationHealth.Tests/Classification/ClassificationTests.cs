namespace CareCommunity.Domain.PopulationHealth.Tests.Classification;

public sealed class ClassificationTests
{
    private static PopulationHealth.Classification With(ComplexityCriteria criteria, FrailtyLevel? frailty = null) =>
        new(70, StageOfLife.OlderPeople, criteria == ComplexityCriteria.None ? HolisticNeed.CurrentlyWell : HolisticNeed.Complex, criteria, 0, frailty, false, null);

    [Fact]
    public void IsComplex_IsAnyCriterion()
    {
        Assert.False(With(ComplexityCriteria.None).IsComplex);
        Assert.True(With(ComplexityCriteria.SeriousMentalIllness).IsComplex);
    }

    [Fact]
    public void Meets_IsTrueForEveryCriterionGiven_AndNeverForNone()
    {
        var c = With(ComplexityCriteria.SeriousMentalIllness | ComplexityCriteria.LearningDisabilityOrAutism);

        Assert.True(c.Meets(ComplexityCriteria.SeriousMentalIllness));
        Assert.True(c.Meets(ComplexityCriteria.SeriousMentalIllness | ComplexityCriteria.LearningDisabilityOrAutism));
        Assert.False(c.Meets(ComplexityCriteria.SeriousMentalIllness | ComplexityCriteria.FrailtyAndListedCondition));
        Assert.False(c.Meets(ComplexityCriteria.None));
    }

    [Fact]
    public void FrailtyAssessed_IsWhetherALevelIsKnown()
    {
        Assert.False(With(ComplexityCriteria.None).FrailtyAssessed);
        Assert.True(With(ComplexityCriteria.None, FrailtyLevel.Fit).FrailtyAssessed);
    }
}
