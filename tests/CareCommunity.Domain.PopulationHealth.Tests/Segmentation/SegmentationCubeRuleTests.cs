using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Segmentation;

public sealed class SegmentationCubeRuleTests
{
    private static readonly Resident[] Population =
    [
        Resident("child", birthDate: new LocalDate(2010, 1, 1)),
        Resident("adult", birthDate: new LocalDate(1990, 1, 1), conditions: ConditionSet.Of(Condition.Asthma)),
        Resident("older", birthDate: new LocalDate(1940, 1, 1), conditions: ConditionSet.Of(Condition.Asthma, Condition.Dementia)),
    ];

    [Fact]
    public void Check_PlacesEveryResidentInOneCellOfTheCube()
    {
        var result = PopulationHealthRules.SegmentationCube.Check(new CommunityPopulation { Residents = [.. Population] }, new PopulationContext(ReferenceDate));

        Assert.Equal("1", result.Figures["childrenAndYoungPeopleCurrentlyWell"]);
        Assert.Equal("1", result.Figures["workingAgeAdultsLongTermConditions"]);
        Assert.Equal("1", result.Figures["olderPeopleComplex"]);
        Assert.Equal("0", result.Figures["olderPeopleCurrentlyWell"]);
        Assert.Equal("0-17 / 18-64 / 65+", result.Figures["ageBands"]);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void WithoutAThirdAxis_TheTwoNamedDimensionsAreReported_AsInformation()
    {
        var result = PopulationHealthRules.SegmentationCube.Check(new CommunityPopulation { Residents = [.. Population] }, new PopulationContext(ReferenceDate));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(SegmentationCubeRule.TwoDimensionsOnly.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.DoesNotContain("riskHigh", result.Figures.Keys);
    }

    [Fact]
    public void WithTheRiskAxis_RiskIsCounted()
    {
        var context = new PopulationContext(ReferenceDate, new PopulationClassifier(segmentation: PopulationSegmentation.WithRisk));

        var result = PopulationHealthRules.SegmentationCube.Check(new CommunityPopulation { Residents = [.. Population] }, context);

        Assert.Empty(result.Issues);
        Assert.Equal("3", result.Figures["riskLow"]);
        Assert.Equal("0", result.Figures["riskHigh"]);
    }

    [Fact]
    public void AResidentBornAfterTheReferenceDate_IsAnError_AndNotSegmented()
    {
        var result = PopulationHealthRules.SegmentationCube.Check(
            new CommunityPopulation { Residents = [.. Population, Resident("unborn", birthDate: ReferenceDate.PlusDays(1))] },
            new PopulationContext(ReferenceDate));

        Assert.Equal(RuleStatus.NotMet, result.Status);
        var issue = Assert.Single(result.Issues, i => i.Code == SegmentationCubeRule.BornAfterReferenceDate.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("unborn", issue.OffendingValue);
        Assert.StartsWith("3 of 4", result.Summary, StringComparison.Ordinal);
    }
}
