namespace CareCommunity.Domain.PopulationHealth.Tests.Frailty;

public sealed class FrailtyOptionsTests
{
    [Fact]
    public void Defaults_AreTheRecordedReadings()
    {
        Assert.Equal(EfiThresholdReading.AboveThreshold, FrailtyOptions.Default.EfiThresholds);
        Assert.Equal(ClinicalFrailtyScaleFiveReading.Mild, FrailtyOptions.Default.ClinicalFrailtyScaleFive);
        Assert.Equal(ClinicalFrailtyScaleNineReading.Severe, FrailtyOptions.Default.ClinicalFrailtyScaleNine);
        Assert.Same(FrailtyOptions.Default, PopulationClassifier.Default.FrailtyOptions);
    }

    [Theory]
    [InlineData(0.24, false)]
    [InlineData(0.2401, true)]
    public void ExactlyTwentyFourHundredths_IsNotModerate_SoNotComplexByD(double efi, bool complex)
    {
        var r = PopulationFixtures.Resident(conditions: ConditionSet.Of(Condition.Asthma), frailty: FrailtyAssessment.Efi(efi));

        Assert.Equal(complex, PopulationClassifier.Default.Classify(in r, PopulationFixtures.ReferenceDate).IsComplex);
    }

    [Theory]
    [InlineData(5, false, true)]
    [InlineData(6, true, true)]
    [InlineData(8, true, true)]
    [InlineData(9, true, false)]
    public void Cfs5And9_WithAListedCondition_UnderEachReading(int cfs, bool complexByDefault, bool complexByOtherReading)
    {
        var r = PopulationFixtures.Resident(conditions: ConditionSet.Of(Condition.HeartFailure), frailty: FrailtyAssessment.Cfs(cfs));
        var other = new PopulationClassifier(frailty: new FrailtyOptions { ClinicalFrailtyScaleFive = ClinicalFrailtyScaleFiveReading.Moderate, ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded });

        Assert.Equal(complexByDefault, PopulationClassifier.Default.Classify(in r, PopulationFixtures.ReferenceDate).IsComplex);
        Assert.Equal(complexByOtherReading, other.Classify(in r, PopulationFixtures.ReferenceDate).IsComplex);
    }

    [Fact]
    public void UndefinedReadings_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrailtyOptions { EfiThresholds = (EfiThresholdReading)2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrailtyOptions { ClinicalFrailtyScaleFive = (ClinicalFrailtyScaleFiveReading)2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrailtyOptions { ClinicalFrailtyScaleNine = (ClinicalFrailtyScaleNineReading)2 });
    }
}
