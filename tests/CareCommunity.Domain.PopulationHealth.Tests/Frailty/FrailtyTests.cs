namespace CareCommunity.Domain.PopulationHealth.Tests.Frailty;

public sealed class FrailtyTests
{
    [Fact]
    public void Frailty_IsOneOfItsThreeSources_AndConvertsBothWays()
    {
        var sources = new[]
        {
            PopulationHealth.Frailty.From(StatedFrailty.Create(FrailtyLevel.Severe)),
            PopulationHealth.Frailty.From(ElectronicFrailtyIndex.Create(0.3)),
            PopulationHealth.Frailty.From(ClinicalFrailtyScale.Create(6)),
        };

        Assert.Equal([FrailtySource.Stated, FrailtySource.ElectronicFrailtyIndex, FrailtySource.ClinicalFrailtyScale], sources.Select(s => s.Source));
        foreach (var frailty in sources)
        {
            var back = frailty.ToAssessment().ToFrailty();
            Assert.NotNull(back);
            Assert.Equal(frailty.ToString(), back.ToString());
            Assert.Equal(frailty.Level(), frailty.ToAssessment().Level());
        }
    }

    [Fact]
    public void Match_MakesTheCallerHandleEverySource()
    {
        var text = PopulationHealth.Frailty.From(ClinicalFrailtyScale.Create(9)).Match(s => "stated", e => "efi", c => $"cfs {c.Score}");

        Assert.Equal("cfs 9", text);
        Assert.Equal(FrailtyLevel.Severe, PopulationHealth.Frailty.From(ClinicalFrailtyScale.Create(9)).Level());
        Assert.Null(PopulationHealth.Frailty.From(ClinicalFrailtyScale.Create(9)).Level(new FrailtyOptions { ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded }));
    }
}
