namespace CareCommunity.Domain.PopulationHealth.Tests.Frailty;

public sealed class FrailtySourcesTests
{
    [Theory]
    [InlineData(0.0, FrailtyLevel.Fit)]
    [InlineData(0.12, FrailtyLevel.Fit)]
    [InlineData(0.1201, FrailtyLevel.Mild)]
    [InlineData(0.24, FrailtyLevel.Mild)]
    [InlineData(0.2401, FrailtyLevel.Moderate)]
    [InlineData(0.36, FrailtyLevel.Moderate)]
    [InlineData(0.3601, FrailtyLevel.Severe)]
    [InlineData(1.0, FrailtyLevel.Severe)]
    public void Efi_ExactlyOnAThreshold_StaysInTheLowerBand_ByDefault(double score, FrailtyLevel level)
    {
        Assert.Equal(level, ElectronicFrailtyIndex.Create(score).Level());
    }

    [Theory]
    [InlineData(0.1199, FrailtyLevel.Fit)]
    [InlineData(0.12, FrailtyLevel.Mild)]
    [InlineData(0.24, FrailtyLevel.Moderate)]
    [InlineData(0.36, FrailtyLevel.Severe)]
    [InlineData(0.3601, FrailtyLevel.Severe)]
    public void Efi_ExactlyOnAThreshold_StartsTheHigherBand_AtThresholdReading(double score, FrailtyLevel level)
    {
        Assert.Equal(level, ElectronicFrailtyIndex.Create(score).Level(EfiThresholdReading.AtThreshold));
    }

    [Theory]
    [InlineData(4, FrailtyLevel.Fit)]
    [InlineData(5, FrailtyLevel.Mild)]
    [InlineData(8, FrailtyLevel.Mild)]
    [InlineData(9, FrailtyLevel.Moderate)]
    [InlineData(12, FrailtyLevel.Moderate)]
    [InlineData(13, FrailtyLevel.Severe)]
    public void Efi_InDeficitsOf36_BandsFit0To4_Mild5To8_Moderate9To12_Severe13Up(int deficits, FrailtyLevel level)
    {
        var efi = ElectronicFrailtyIndex.FromDeficits(deficits);

        Assert.Equal(level, efi.Level());
        Assert.Equal(level, efi.Level(EfiThresholdReading.AtThreshold));
    }

    [Fact]
    public void Efi_13Deficits_Is0Point361_AboveTheSevereThreshold()
    {
        Assert.True(ElectronicFrailtyIndex.FromDeficits(13).Score > ElectronicFrailtyIndex.SevereThreshold);
        Assert.Equal(0.361, Math.Round(ElectronicFrailtyIndex.FromDeficits(13).Score, 3));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Efi_RefusesScoresOutside0To1(double score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicFrailtyIndex.Create(score));
        Assert.False(ElectronicFrailtyIndex.TryCreate(score, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicFrailtyIndex.FromDeficits(37));
    }

    [Theory]
    [InlineData(1, FrailtyLevel.Fit)]
    [InlineData(3, FrailtyLevel.Fit)]
    [InlineData(4, FrailtyLevel.Mild)]
    [InlineData(5, FrailtyLevel.Mild)]
    [InlineData(6, FrailtyLevel.Moderate)]
    [InlineData(7, FrailtyLevel.Severe)]
    [InlineData(8, FrailtyLevel.Severe)]
    [InlineData(9, FrailtyLevel.Severe)]
    public void Cfs_Levels_ByDefault(int score, FrailtyLevel level)
    {
        Assert.Equal(level, ClinicalFrailtyScale.Create(score).Level());
    }

    [Fact]
    public void Cfs5_IsModerate_AndCfs9_NotGraded_ByOption()
    {
        Assert.Equal(FrailtyLevel.Moderate, ClinicalFrailtyScale.Create(5).Level(ClinicalFrailtyScaleFiveReading.Moderate));
        Assert.Null(ClinicalFrailtyScale.Create(9).Level(nine: ClinicalFrailtyScaleNineReading.NotGraded));
        Assert.Equal(FrailtyLevel.Severe, ClinicalFrailtyScale.Create(8).Level(ClinicalFrailtyScaleFiveReading.Moderate, ClinicalFrailtyScaleNineReading.NotGraded));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Cfs_RefusesScoresOutside1To9(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClinicalFrailtyScale.Create(score));
        Assert.False(ClinicalFrailtyScale.TryCreate(score, out _));
    }

    [Fact]
    public void Stated_RefusesAnUndefinedLevel()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedFrailty.Create((FrailtyLevel)4));
        Assert.Equal(FrailtyLevel.Moderate, StatedFrailty.Create(FrailtyLevel.Moderate).Level);
    }

    [Theory]
    [InlineData("fit", FrailtyLevel.Fit)]
    [InlineData("mild", FrailtyLevel.Mild)]
    [InlineData("moderate", FrailtyLevel.Moderate)]
    [InlineData("severe", FrailtyLevel.Severe)]
    public void FrailtyLevels_NameAndParseRoundTrip(string name, FrailtyLevel level)
    {
        Assert.Equal(name, FrailtyLevels.Name(level));
        Assert.True(FrailtyLevels.TryParse(name.AsSpan(), out var fromChars));
        Assert.True(FrailtyLevels.TryParse(System.Text.Encoding.UTF8.GetBytes(name), out var fromBytes));
        Assert.Equal(level, fromChars);
        Assert.Equal(level, fromBytes);
    }

    [Fact]
    public void FrailtyLevels_RefuseOtherNames_AndNameNotAssessed()
    {
        Assert.False(FrailtyLevels.TryParse("Severe".AsSpan(), out _));
        Assert.False(FrailtyLevels.TryParse("very-severe"u8, out _));
        Assert.Equal("not-assessed", FrailtyLevels.Name((FrailtyLevel?)null));
    }
}
