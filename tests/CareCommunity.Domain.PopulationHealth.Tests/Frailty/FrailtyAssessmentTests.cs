namespace CareCommunity.Domain.PopulationHealth.Tests.Frailty;

public sealed class FrailtyAssessmentTests
{
    [Fact]
    public void None_IsNotAssessed_AndHasNoLevel()
    {
        Assert.False(FrailtyAssessment.None.IsAssessed);
        Assert.Equal(FrailtySource.None, default(FrailtyAssessment).Source);
        Assert.Null(FrailtyAssessment.None.Level());
        Assert.Null(FrailtyAssessment.None.ToFrailty());
        Assert.Equal("not assessed", FrailtyAssessment.None.ToString());
    }

    [Fact]
    public void EachSource_KeepsItsValue()
    {
        Assert.Equal(0.27, FrailtyAssessment.Efi(0.27).AsElectronicFrailtyIndex.Score);
        Assert.Equal(6, FrailtyAssessment.Cfs(6).AsClinicalFrailtyScale.Score);
        Assert.Equal(FrailtyLevel.Mild, FrailtyAssessment.Stated(FrailtyLevel.Mild).AsStated.Level);
        Assert.Equal("eFI 0.27", FrailtyAssessment.Efi(0.27).ToString());
        Assert.Equal("CFS 6", FrailtyAssessment.Cfs(6).ToString());
        Assert.Equal("level mild", FrailtyAssessment.Stated(FrailtyLevel.Mild).ToString());
    }

    [Fact]
    public void AskingForAnotherSource_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => FrailtyAssessment.Efi(0.3).AsClinicalFrailtyScale);
        Assert.Throws<InvalidOperationException>(() => FrailtyAssessment.None.AsStated);
    }

    [Fact]
    public void Of_RefusesADefaultConstructedCfs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FrailtyAssessment.Of(default(ClinicalFrailtyScale)));
    }

    [Fact]
    public void Level_FollowsTheOptions()
    {
        var options = new FrailtyOptions { EfiThresholds = EfiThresholdReading.AtThreshold, ClinicalFrailtyScaleFive = ClinicalFrailtyScaleFiveReading.Moderate, ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded };

        Assert.Equal(FrailtyLevel.Mild, FrailtyAssessment.Efi(0.24).Level());
        Assert.Equal(FrailtyLevel.Moderate, FrailtyAssessment.Efi(0.24).Level(options));
        Assert.Equal(FrailtyLevel.Moderate, FrailtyAssessment.Cfs(5).Level(options));
        Assert.Null(FrailtyAssessment.Cfs(9).Level(options));
        Assert.Equal(FrailtyLevel.Fit, FrailtyAssessment.Stated(FrailtyLevel.Fit).Level(options));
    }

    [Fact]
    public void Equality_IsSourceAndValue()
    {
        Assert.Equal(FrailtyAssessment.Cfs(6), FrailtyAssessment.Cfs(6));
        Assert.NotEqual(FrailtyAssessment.Cfs(6), FrailtyAssessment.Stated((FrailtyLevel)2));
        Assert.True(FrailtyAssessment.Efi(0.1) != FrailtyAssessment.Efi(0.2));
    }
}
