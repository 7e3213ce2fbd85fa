using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Risks;

public sealed class RiskRegisterAndEscalationRuleTests
{
    private static readonly RiskRegisterAndEscalationRule Rule = OperatingModelRules.RiskRegisterAndEscalation;

    private static Risk NewRisk(RiskRating rating, LocalDate? raised = null, Escalation? escalation = null, string id = "r-003", PersonId? owner = null) =>
        new(RiskId.Create(id), "Winter pressures", rating, owner ?? SamplePeople.Coach, RiskStatus.Open, raised ?? new LocalDate(2024, 11, 1), escalation);

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("2", Figure(result, "risks"));
        Assert.Equal("2", Figure(result, "open"));
        Assert.Equal("1", Figure(result, "openEscalated"));
        Assert.Equal("15", Figure(result, "escalationThreshold"));
    }

    [Fact]
    public void Check_NoRiskRegister_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutRiskRegister());
        Single(Rule, result, RiskRegisterAndEscalationRule.Missing, Severity.Error, "$.riskRegister");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0", Figure(result, "risks"));
    }

    [Fact]
    public void Check_EmptyRiskRegister_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithEmptyRiskRegister());
        AssertMetCleanly(Rule, result);
        Assert.Equal("0", Figure(result, "risks"));
    }

    [Fact]
    public void Check_OpenHighRiskNotEscalated_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(4, 4))));
        var issue = Single(Rule, result, RiskRegisterAndEscalationRule.HighRiskNotEscalated, Severity.Information, "$.riskRegister.risks[2].escalation");
        Assert.Equal("4x4=16", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
        Assert.Equal("3", Figure(result, "open"));
    }

    [Fact]
    public void Check_EscalationThreshold_DecidesWhichRisksAreHigh()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(4, 4)));
        Assert.DoesNotContain(Check(Rule, builder, new OperatingModelOptions { EscalationThreshold = 17 }).Issues,
            i => i.Code == RiskRegisterAndEscalationRule.HighRiskNotEscalated.Code);
        var lower = Check(Rule, builder, new OperatingModelOptions { EscalationThreshold = 12 });
        Assert.Equal(["$.riskRegister.risks[0].escalation", "$.riskRegister.risks[2].escalation"],
            lower.Issues.Where(i => i.Code == RiskRegisterAndEscalationRule.HighRiskNotEscalated.Code).Select(i => i.Location.ToString()));
        Assert.Equal("12", Figure(lower, "escalationThreshold"));
    }

    [Fact]
    public void Check_HighRiskNotEscalated_RaisedToWarningByOverride_IsNotMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(5, 5))),
            Raise(RiskRegisterAndEscalationRule.HighRiskNotEscalated, Severity.Warning));
        Single(Rule, result, RiskRegisterAndEscalationRule.HighRiskNotEscalated, Severity.Warning, "$.riskRegister.risks[2].escalation");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_EscalatedBeforeRaised_IsError()
    {
        var risk = NewRisk(RiskRating.Create(2, 2), new LocalDate(2024, 8, 1), new Escalation(new LocalDate(2024, 7, 1)));
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(risk));
        var issue = Single(Rule, result, RiskRegisterAndEscalationRule.EscalatedBeforeRaised, Severity.Error, "$.riskRegister.risks[2].escalation.on");
        Assert.Equal("2024-07-01", issue.OffendingValue);
    }

    [Fact]
    public void Check_UnratedRisk_IsRatingOutOfRangeError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(default)));
        Single(Rule, result, RiskRegisterAndEscalationRule.RatingOutOfRange, Severity.Error, "$.riskRegister.risks[2]");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_RepeatedRiskId_IsDuplicateIdError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(1, 1), id: "r-001")));
        var issue = Single(Rule, result, DocumentIntegrity.DuplicateId, Severity.Error, "$.riskRegister.risks[2].id");
        Assert.Equal("r-001", issue.OffendingValue);
    }

    [Fact]
    public void Check_UnlistedOwner_IsUnknownPersonError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(1, 1), owner: PersonId.Create("p-ghost"))));
        Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.riskRegister.risks[2].ownerId");
    }

    [Fact]
    public void Check_RiskRaisedAfterTheEvaluationDate_IsDateInFutureError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithRisk(NewRisk(RiskRating.Create(1, 1), new LocalDate(2025, 4, 1))));
        var issue = Single(Rule, result, DocumentIntegrity.DateInFuture, Severity.Error, "$.riskRegister.risks[2].raisedOn");
        Assert.Equal("2025-04-01", issue.OffendingValue);
    }

    [Fact]
    public void Check_UnreadableRisk_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { RiskRegister = [null] };
        Assert.Equal(RuleStatus.NotEvaluated, Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf).Status);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
