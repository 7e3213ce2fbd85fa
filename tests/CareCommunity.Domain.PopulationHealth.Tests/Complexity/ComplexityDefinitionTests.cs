using NodaTime;

namespace CareCommunity.Domain.PopulationHealth.Tests.Complexity;

public sealed class ComplexityDefinitionTests
{
    [Fact]
    public void Proposed2024_IsTheSeedsProposedDefinition_VersionedAndDated()
    {
        var d = ComplexityDefinition.Proposed2024;

        Assert.Equal("Proposed definition of complexity", d.Title);
        Assert.Equal("CPX-1/2024-proposed", d.Version);
        Assert.Equal(new LocalDate(2024, 10, 3), d.EffectiveFrom);
        Assert.Equal(2, d.MinimumLongTermConditions);
        Assert.Equal(FrailtyLevel.Moderate, d.FrailtyFrom);
        Assert.Equal(15, d.ListedConditions.Count);
        Assert.Equal(ComplexityOptions.Default, d.Options);
        Assert.True(d.AppliesOn(new LocalDate(2024, 10, 3)));
        Assert.False(d.AppliesOn(new LocalDate(2024, 10, 2)));
    }

    [Fact]
    public void TheListedConditions_AreTheFourteenOfTheSeed_WithStrokeAndTiaBoth()
    {
        Assert.Equal(
            [
                Condition.Hypertension, Condition.Depression, Condition.Asthma, Condition.Diabetes, Condition.CoronaryHeartDisease,
                Condition.ChronicKidneyDisease, Condition.Hypothyroidism, Condition.Stroke, Condition.TransientIschaemicAttack, Condition.Copd,
                Condition.Cancer, Condition.AtrialFibrillation, Condition.HeartFailure, Condition.Epilepsy, Condition.Dementia,
            ],
            ComplexityDefinition.ListedConditionsOfSeed);
    }

    [Fact]
    public void ALaterAgreedDefinition_CanReplaceIt()
    {
        var agreed = new ComplexityDefinition("CPX-1/2026-agreed", "Agreed definition of complexity", new LocalDate(2026, 4, 1), 3, ConditionSet.Of(Condition.Dementia), FrailtyLevel.Severe);
        var r = PopulationFixtures.Resident(conditions: ConditionSet.Of(Condition.Asthma, Condition.Copd));

        Assert.True(PopulationClassifier.Default.Classify(in r, PopulationFixtures.ReferenceDate).IsComplex);
        Assert.False(new PopulationClassifier(agreed).Classify(in r, PopulationFixtures.ReferenceDate).IsComplex);
        Assert.Contains("CPX-1/2026-agreed", agreed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesEmptyOrOutOfRangeParts()
    {
        var date = new LocalDate(2026, 1, 1);
        Assert.Throws<ArgumentException>(() => new ComplexityDefinition(" ", "t", date, 2, ConditionSet.All, FrailtyLevel.Moderate));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplexityDefinition("v", "t", date, 0, ConditionSet.All, FrailtyLevel.Moderate));
        Assert.Throws<ArgumentException>(() => new ComplexityDefinition("v", "t", date, 2, ConditionSet.Empty, FrailtyLevel.Moderate));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplexityDefinition("v", "t", date, 2, ConditionSet.All, (FrailtyLevel)9));
    }
}
