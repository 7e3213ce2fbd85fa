using System.Collections.Immutable;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Complexity;

public sealed class ComplexityRuleTests
{
    private static RuleResult Check(PopulationContext context, params Resident[] residents) =>
        PopulationHealthRules.Complexity.Check(new CommunityPopulation { Community = Crewe, Residents = [.. residents] }, context);

    [Fact]
    public void ItIsAProposedDefinition_SoEveryQuoteIsMay_AndEveryIssueInformation()
    {
        var rule = PopulationHealthRules.Complexity.Descriptor;

        Assert.Equal("CPX-1", rule.Id.ToString());
        Assert.Equal("Proposed definition of complexity", rule.Title);
        Assert.All(rule.Quotes, q => Assert.Equal(Modality.May, q.Modality));
        Assert.All(rule.IssueDefinitions, d => Assert.Equal(Severity.Information, d.DefaultSeverity));
    }

    [Fact]
    public void Check_CountsTheComplexByCriterion()
    {
        var result = Check(new PopulationContext(ReferenceDate),
            Resident("a", conditions: ConditionSet.Of(Condition.Asthma, Condition.Copd)),
            Resident("b", learningDisability: true, seriousMentalIllness: true),
            Resident("c"),
            Resident("d", conditions: ConditionSet.Of(Condition.Epilepsy), frailty: FrailtyAssessment.Cfs(6)));

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("3", result.Figures["complex"]);
        Assert.Equal("4", result.Figures["classified"]);
        Assert.Equal("1", result.Figures["criterionTwoOrMoreLongTermConditions"]);
        Assert.Equal("1", result.Figures["criterionLearningDisabilityOrAutism"]);
        Assert.Equal("1", result.Figures["criterionSeriousMentalIllness"]);
        Assert.Equal("1", result.Figures["criterionFrailtyAndListedCondition"]);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void AListedConditionWithoutAssessedFrailty_IsReportedAsUndecided()
    {
        var result = Check(new PopulationContext(ReferenceDate),
            Resident("a", conditions: ConditionSet.Of(Condition.Asthma)),
            Resident("b", conditions: ConditionSet.Of(Condition.Asthma), seriousMentalIllness: true),
            Resident("c", conditions: ConditionSet.Of(Condition.Osteoporosis)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ComplexityRule.FrailtyNotAssessed.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Contains("1 resident(s)", issue.Message, StringComparison.Ordinal);
        Assert.Equal("a", issue.OffendingValue);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void ASeverityOverride_RaisesTheReading()
    {
        var overrides = ImmutableDictionary<IssueCode, Severity>.Empty.Add(ComplexityRule.FrailtyNotAssessed.Code, Severity.Warning);

        var result = Check(new PopulationContext(ReferenceDate, null, overrides), Resident("a", conditions: ConditionSet.Of(Condition.Asthma)));

        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void AReferenceDateBeforeTheDefinitionTakesEffect_IsReported()
    {
        var result = Check(new PopulationContext(new LocalDate(2024, 1, 1)), Resident("a"));

        Assert.Contains(result.Issues, i => i.Code == ComplexityRule.NotYetEffective.Code);
    }

    [Fact]
    public void AResidentBornAfterTheReferenceDate_MakesTheRuleNotEvaluated()
    {
        var result = Check(new PopulationContext(ReferenceDate), Resident("a", birthDate: ReferenceDate.PlusDays(1)));

        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Equal("0", result.Figures["classified"]);
    }
}
