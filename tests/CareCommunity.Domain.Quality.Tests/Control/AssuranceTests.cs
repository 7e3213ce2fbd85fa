using CareCommunity.Domain.Quality.Control;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class AssuranceTests
{
    // Limits of the alternating series: 5.68 to 16.32.
    [Theory]
    [InlineData(ImprovementDirection.Up, 5, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Up, 20, AssuranceIcon.Fail)]
    [InlineData(ImprovementDirection.Up, 11, AssuranceIcon.HitAndMiss)]
    [InlineData(ImprovementDirection.Down, 20, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Down, 5, AssuranceIcon.Fail)]
    [InlineData(ImprovementDirection.Down, 11, AssuranceIcon.HitAndMiss)]
    [InlineData(ImprovementDirection.Neither, 5, AssuranceIcon.None)]
    public void Assurance_TargetAgainstLimits(ImprovementDirection direction, int target, AssuranceIcon expected)
    {
        var chart = Chart(Alternating14, direction: direction, target: target);

        Assert.Equal(expected, chart.Assurance.Value);
        Assert.Contains(expected.Describe(), chart.Assurance.Why.Conclusion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5.68, TargetOnLimit.PassOrFail, AssuranceIcon.Pass)]
    [InlineData(5.68, TargetOnLimit.HitAndMiss, AssuranceIcon.HitAndMiss)]
    [InlineData(16.32, TargetOnLimit.PassOrFail, AssuranceIcon.Fail)]
    [InlineData(16.32, TargetOnLimit.HitAndMiss, AssuranceIcon.HitAndMiss)]
    public void Assurance_TargetExactlyOnALimit_ReadByOption(double target, TargetOnLimit onLimit, AssuranceIcon expected)
    {
        var chart = Chart(Alternating14, SpcOptions.Default with { TargetOnLimit = onLimit }, ImprovementDirection.Up, (decimal)target);

        Assert.Equal(expected, chart.Assurance.Value);
    }

    [Fact]
    public void Assurance_NoTargetOrRunChart_None()
    {
        Assert.Equal(AssuranceIcon.None, Chart(Alternating14, direction: ImprovementDirection.Up).Assurance.Value);
        var run = Chart(Alternating14.Take(12), direction: ImprovementDirection.Up, target: 5);
        Assert.Equal(AssuranceIcon.None, run.Assurance.Value);
        Assert.Contains("run chart", run.Assurance.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Icons_MatchCallsTheCaseFunction()
    {
        Assert.Equal("c", VariationIcon.SpecialCauseConcern.Match(() => "cc", () => "i", () => "c", () => "n"));
        Assert.Equal("h", AssuranceIcon.HitAndMiss.Match(() => "n", () => "p", () => "f", () => "h"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((VariationIcon)9).Match(() => 0, () => 1, () => 2, () => 3));
    }
}
