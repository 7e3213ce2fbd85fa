using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Accountability;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class MutualAccountabilityRuleTests
{
    private static readonly MutualAccountabilityRule Rule = new();

    private static readonly EscalationContext Context = new(new LocalDate(2026, 12, 31), EscalationOptions.Default);

    private static EscalationDraft Draft(ApplicabilityColumn type, params EscalationStep?[] steps) =>
        new() { Partner = OrganisationId.Create("east-cheshire-nhs-trust"), PartnerType = type, Steps = [.. steps] };

    private static EscalationStep Step(ImprovementCycleElement element, int month, RecommendationKind? recommendation = null) =>
        new(element, new LocalDate(2026, month, 1), recommendation);

    [Fact]
    public void AnNhsProvider_ThroughTheCycleInOrder_WithARecommendation_IsMet()
    {
        var result = Rule.Check(
            Draft(ApplicabilityColumn.NhsProviders,
                Step(ImprovementCycleElement.MonitoringPerformance, 1),
                Step(ImprovementCycleElement.OngoingDialogue, 2),
                Step(ImprovementCycleElement.PeerReview, 3),
                Step(ImprovementCycleElement.FormalActionOrIntervention, 4, RecommendationKind.ImprovementOrRecoveryPlans)),
            Context);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("formalActionOrIntervention", result.Figures["furthestElement"]);
    }

    [Theory]
    [InlineData(ApplicabilityColumn.Healthwatch)]
    [InlineData(ApplicabilityColumn.OtherPartners)]
    public void HealthwatchAndOtherPartners_AreOutsideMutualAccountability(ApplicabilityColumn type)
    {
        var result = Rule.Check(Draft(type, Step(ImprovementCycleElement.MonitoringPerformance, 1)), Context);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(MutualAccountabilityRule.OutsideMutualAccountability.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
    }

    [Fact]
    public void SkippingToRegulatoryPowers_IsInformation_TheLibrarysReading_AndCanBeRaised()
    {
        var draft = Draft(ApplicabilityColumn.Ccgs, Step(ImprovementCycleElement.MonitoringPerformance, 1), Step(ImprovementCycleElement.RegulatoryPowers, 2));

        var lenient = Rule.Check(draft, Context);
        var issue = Assert.Single(lenient.Issues);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal(RuleStatus.Met, lenient.Status);
        Assert.Contains("skips 'Ongoing dialogue on delivery and progress'", issue.Message, StringComparison.Ordinal);

        var strict = Rule.Check(draft, Context with
        {
            Options = new EscalationOptions { SeverityOverrides = ImmutableDictionary<IssueCode, Severity>.Empty.Add(MutualAccountabilityRule.CycleElementSkipped.Code, Severity.Warning) },
        });
        Assert.Equal(RuleStatus.NotMet, strict.Status);
    }

    [Fact]
    public void FormalActionWithoutARecommendation_IsInformation_WeEnvisage()
    {
        var result = Rule.Check(
            Draft(ApplicabilityColumn.Councils,
                Step(ImprovementCycleElement.MonitoringPerformance, 1),
                Step(ImprovementCycleElement.OngoingDialogue, 2),
                Step(ImprovementCycleElement.PeerReview, 3),
                Step(ImprovementCycleElement.FormalActionOrIntervention, 4)),
            Context);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(MutualAccountabilityRule.FormalActionWithoutRecommendation.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
    }

    [Fact]
    public void UnreadableOrBackwardsSteps_AreIntegrityErrors()
    {
        var result = Rule.Check(
            new EscalationDraft
            {
                Steps = [Step(ImprovementCycleElement.MonitoringPerformance, 5), null, Step(ImprovementCycleElement.OngoingDialogue, 3)],
            },
            Context);

        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal(["$.partner", "$.steps[1]", "$.steps[2]"], result.Issues.Select(i => i.Location.ToString()));
        Assert.All(result.Issues, i => Assert.Equal(MutualAccountabilityRule.UnreadableEscalation.Code, i.Code));
    }
}
