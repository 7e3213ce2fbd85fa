using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Segmentation;

public sealed class ISegmentAxisTests
{
    private static RiskLevel? RiskOf(Resident r, ISegmentAxis axis) =>
        new PopulationClassifier(segmentation: PopulationSegmentation.Default with { Risk = axis }).Classify(in r, ReferenceDate).Risk;

    [Theory]
    [InlineData(FrailtyLevel.Mild, 2, RiskLevel.Low)]
    [InlineData(FrailtyLevel.Moderate, 0, RiskLevel.High)]
    [InlineData(FrailtyLevel.Fit, 3, RiskLevel.High)]
    public void ThresholdRiskAxis_IsHighWithModerateFrailtyOrThreeConditions(FrailtyLevel frailty, int conditions, RiskLevel risk)
    {
        var set = ConditionSet.Of([.. new[] { Condition.Osteoporosis, Condition.Asthma, Condition.Cancer }.Take(conditions)]);

        Assert.Equal(risk, RiskOf(Resident(conditions: set, frailty: FrailtyAssessment.Stated(frailty)), ThresholdRiskAxis.Default));
    }

    [Fact]
    public void ThresholdRiskAxis_NotAssessedFrailty_IsNotHighByFrailty()
    {
        Assert.Equal(RiskLevel.Low, RiskOf(Resident(), ThresholdRiskAxis.Default));
        Assert.Contains("library's addition", ThresholdRiskAxis.Default.Description, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdRiskAxis(longTermConditionsFrom: 0));
    }

    [Fact]
    public void AnAxisOfYourOwn_IsPluggedIn()
    {
        var core20 = new Core20Axis();

        Assert.Equal(RiskLevel.High, RiskOf(Resident(imdDecile: 1), core20));
        Assert.Equal(RiskLevel.Low, RiskOf(Resident(imdDecile: 5), core20));
    }

    private sealed class Core20Axis : ISegmentAxis
    {
        public string Name => "deprivation";

        public string Description => "high in Core20";

        public RiskLevel Assess(in Resident resident, in PopulationHealth.Classification classification) =>
            classification.IsCore20 ? RiskLevel.High : RiskLevel.Low;
    }
}
