using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Risks;

/// <summary>
/// CC-7, a risk register, and escalation: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="RiskRegisterAndEscalationRuleTests"/>).
/// </summary>
public sealed class RiskRegisterAndEscalationRuleValidatorTests
{
    [Fact]
    public void Validate_Cc7_HighOpenRiskNotEscalated_IsInformation()
    {
        var risk = new Risk(RiskId.Create("r-003"), "GP access", RiskRating.Create(5, 4), SamplePeople.PcnClinicalDirector, RiskStatus.Open, new LocalDate(2025, 1, 6), null);
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithRisk(risk));
        Assert.Equal("CC-7", issue.Rule.ToString());
        Assert.Equal(RiskRegisterAndEscalationRule.HighRiskNotEscalated.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.riskRegister.risks[2].escalation", issue.Location.ToString());
        Assert.Equal("5x4=20", issue.OffendingValue);
        Assert.Contains("8 Care Communities Development & Operational Groups", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc7_ClosedHighRisk_NeedsNoEscalation()
    {
        var risk = new Risk(RiskId.Create("r-003"), "GP access", RiskRating.Create(5, 5), SamplePeople.PcnClinicalDirector, RiskStatus.Closed, new LocalDate(2025, 1, 6), null);
        Assert.Empty(Validate(LocalCareCommunityBuilder.Valid().WithRisk(risk)).Issues);
    }

    [Fact]
    public void Validate_Cc7_EscalationThresholdOption_IsHonoured()
    {
        // The sample's r-001 scores 3x4=12: under the default threshold of 15, at or above a threshold of 12.
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid(), new OperatingModelOptions { EscalationThreshold = 12 });
        Assert.Equal(RiskRegisterAndEscalationRule.HighRiskNotEscalated.Code, issue.Code);
        Assert.Equal("$.riskRegister.risks[0].escalation", issue.Location.ToString());
        Assert.Contains("threshold 12", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc7_EscalatedBeforeRaised_IsError()
    {
        var risk = new Risk(RiskId.Create("r-003"), "Falls", RiskRating.Create(2, 2), SamplePeople.Coach, RiskStatus.Open, new LocalDate(2025, 1, 6), new Escalation(new LocalDate(2025, 1, 5)));
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithRisk(risk));
        Assert.Equal(RiskRegisterAndEscalationRule.EscalatedBeforeRaised.Code, issue.Code);
        Assert.Equal("$.riskRegister.risks[2].escalation.on", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc7_RaisedOrEscalatedInTheFuture_IsError()
    {
        var raised = new Risk(RiskId.Create("r-003"), "Falls", RiskRating.Create(2, 2), SamplePeople.Coach, RiskStatus.Open, new LocalDate(2025, 4, 1), null);
        var escalated = new Risk(RiskId.Create("r-004"), "Falls", RiskRating.Create(2, 2), SamplePeople.Coach, RiskStatus.Open, new LocalDate(2025, 3, 1), new Escalation(new LocalDate(2025, 3, 20)));
        var report = Validate(LocalCareCommunityBuilder.Valid().WithRisk(raised).WithRisk(escalated));
        Assert.Equal(["$.riskRegister.risks[2].raisedOn", "$.riskRegister.risks[3].escalation.on"], report.Issues.Select(i => i.Location.ToString()));
        Assert.All(report.Issues, i => Assert.Equal(DocumentIntegrity.DateInFuture.Code, i.Code));
    }

    [Fact]
    public void RiskRating_OutsideTheFiveByFiveMatrix_ThrowsNamingCc7()
    {
        var ex = Assert.Throws<RuleViolationException>(() => RiskRating.Create(6, 1));
        Assert.Equal("CC-7", ex.Rule.ToString());
        Assert.Equal(RiskRegisterAndEscalationRule.RatingOutOfRange.Code, ex.Code);
        Assert.Throws<RuleViolationException>(() => RiskRating.Create(1, 0));
        Assert.Equal(25, RiskRating.Create(5, 5).Score);
    }
}
