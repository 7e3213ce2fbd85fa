using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Initiatives;

public sealed class InitiativeImpactRuleTests
{
    private static readonly InitiativeImpactRule Rule = OperatingModelRules.InitiativeImpact;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("1", Figure(result, "initiatives"));
        Assert.Equal("1", Figure(result, "statingAllHorizons"));
        Assert.Equal("1", Figure(result, "withInitiationDocument"));
    }

    [Fact]
    public void Check_NoLongTermImpact_IsError()
    {
        // "required to demonstrate the impact they are expected to have in the short, medium and long term"
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { Impact = i.Impact with { LongTerm = null } }));
        Single(Rule, result, InitiativeImpactRule.ExpectedImpactMissing, Severity.Error, "$.initiatives[0].expectedImpact.longTerm");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0", Figure(result, "statingAllHorizons"));
    }

    [Fact]
    public void Check_NoImpactAtAll_IsOneErrorPerHorizon()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { Impact = new ExpectedImpact(null, " ", "") }));
        Assert.Equal(
            ["$.initiatives[0].expectedImpact.shortTerm", "$.initiatives[0].expectedImpact.mediumTerm", "$.initiatives[0].expectedImpact.longTerm"],
            result.Issues.Where(i => i.Code == InitiativeImpactRule.ExpectedImpactMissing.Code).Select(i => i.Location.ToString()));
        Assert.Equal(3, result.Errors);
    }

    [Fact]
    public void Check_NoInitiationDocument_IsWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { InitiationDocument = null }));
        Single(Rule, result, InitiativeImpactRule.InitiationDocumentMissing, Severity.Warning, "$.initiatives[0].initiationDocument");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0", Figure(result, "withInitiationDocument"));
    }

    [Fact]
    public void Check_UnassessedInitiationDocument_IsWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { InitiationDocument = new ProjectInitiationDocument("PID-9", null) }));
        Single(Rule, result, InitiativeImpactRule.InitiationDocumentNotAssessed, Severity.Warning, "$.initiatives[0].initiationDocument.assessedOn");
        Assert.Equal("1", Figure(result, "withInitiationDocument"));
    }

    [Fact]
    public void Check_NoFavouredPlan_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { Addresses = [] }));
        Single(Rule, result, InitiativeImpactRule.NotAFavouredPlan, Severity.Information, "$.initiatives[0].addresses");
        AssertMetCleanly(Rule, result);
    }

    [Fact]
    public void Check_RepeatedInitiativeId_IsDuplicateIdError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithInitiative(LocalCareCommunityBuilder.SampleInitiative(InitiativeId.Create("frailty-mdt"))));
        var issue = Single(Rule, result, DocumentIntegrity.DuplicateId, Severity.Error, "$.initiatives[1].id");
        Assert.Equal("frailty-mdt", issue.OffendingValue);
    }

    [Fact]
    public void Check_NoInitiatives_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutInitiatives());
        AssertMetCleanly(Rule, result);
        Assert.Equal("0", Figure(result, "initiatives"));
    }

    [Fact]
    public void Check_MissingInitiationDocument_RaisedToErrorByOverride()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { InitiationDocument = null }),
            Raise(InitiativeImpactRule.InitiationDocumentMissing, Severity.Error));
        Single(Rule, result, InitiativeImpactRule.InitiationDocumentMissing, Severity.Error, "$.initiatives[0].initiationDocument");
    }

    [Fact]
    public void Check_UnreadableInitiative_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { Initiatives = draft.Initiatives.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Equal("1", Figure(result, "initiatives"));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
