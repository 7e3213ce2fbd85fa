using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Initiatives;

/// <summary>
/// CC-10, initiatives state their impact and start from an assessed project initiation document: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="InitiativeImpactRuleTests"/>).
/// </summary>
public sealed class InitiativeImpactRuleValidatorTests
{
    [Theory]
    [InlineData("short")]
    [InlineData("medium")]
    [InlineData("long")]
    public void Validate_Cc10_ImpactNotStatedForAHorizon_IsError(string horizon)
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with
        {
            Impact = horizon switch
            {
                "short" => i.Impact with { ShortTerm = " " },
                "medium" => i.Impact with { MediumTerm = null },
                _ => i.Impact with { LongTerm = "" },
            },
        }));
        Assert.Equal("CC-10", issue.Rule.ToString());
        Assert.Equal(InitiativeImpactRule.ExpectedImpactMissing.Code, issue.Code);
        Assert.Equal($"$.initiatives[0].expectedImpact.{horizon}Term", issue.Location.ToString());
        Assert.Contains("short, medium and long term", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc10_NoProjectInitiationDocument_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { InitiationDocument = null }));
        Assert.Equal(InitiativeImpactRule.InitiationDocumentMissing.Code, issue.Code);
        Assert.Equal("$.initiatives[0].initiationDocument", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc10_InitiationDocumentNotAssessed_IsWarning()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { InitiationDocument = new ProjectInitiationDocument("PID-9", null) }));
        Assert.Equal(InitiativeImpactRule.InitiationDocumentNotAssessed.Code, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
    }

    [Fact]
    public void Validate_Cc10_NoFavouredPlan_IsInformation()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSampleInitiative(i => i with { Addresses = [] }));
        Assert.Equal(InitiativeImpactRule.NotAFavouredPlan.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.initiatives[0].addresses", issue.Location.ToString());
    }

    [Fact]
    public void ExpectedImpact_MissingHorizons_ListsBlankOnes() =>
        Assert.Equal(["short", "long"], new ExpectedImpact(null, "Fewer admissions", "  ").MissingHorizons);
}
