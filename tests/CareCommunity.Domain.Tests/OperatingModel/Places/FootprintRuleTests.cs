using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Places;

public sealed class FootprintRuleTests
{
    private static readonly FootprintRule Rule = OperatingModelRules.Footprint;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("CC-1", Rule.Id.ToString());
        Assert.Equal("52340", Figure(result, "registeredPopulation"));
        Assert.Equal("1", Figure(result, "alignedPcns"));
    }

    [Fact]
    public void Check_CreweHoldingTwoPcns_IsMet()
    {
        // "Crewe Care Community which contains two PCNs within it."
        var second = OrganisationId.Create("crewe-pcn-2");
        var result = Check(Rule, LocalCareCommunityBuilder.Valid()
            .WithOrganisation(new Organisation(second, "Crewe PCN 2", PartnerKind.PrimaryCareNetwork))
            .WithAlignedPcns(SampleOrganisations.Pcn, second));
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("2", Figure(result, "alignedPcns"));
    }

    [Fact]
    public void Check_NoAlignedPcn_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutAlignedPcns());
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Single(Rule, result, FootprintRule.NoAlignedPcn, Severity.Error, "$.alignedPcns");
        Assert.Equal("0", Figure(result, "alignedPcns"));
    }

    [Fact]
    public void Check_AlignedPcnThatIsAPractice_IsError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedPcns(SampleOrganisations.Pcn, SampleOrganisations.Practice));
        var issue = Single(Rule, result, FootprintRule.AlignedPcnNotPcn, Severity.Error, "$.alignedPcns[1]");
        Assert.Equal("kiltearn-medical-centre", issue.OffendingValue);
        Assert.Contains("generalPractice", issue.Message, StringComparison.Ordinal);
        Assert.Equal("2", Figure(result, "alignedPcns"));
    }

    [Fact]
    public void Check_ZeroPopulation_IsError()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { RegisteredPopulation = default(RegisteredPopulation) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        var issue = Single(Rule, result, FootprintRule.PopulationNotPositive, Severity.Error, "$.registeredPopulation");
        Assert.Equal("0", issue.OffendingValue);
        Assert.Equal("0", Figure(result, "registeredPopulation"));
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_PcnListedTwice_IsDuplicateIdError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedPcns(SampleOrganisations.Pcn, SampleOrganisations.Pcn));
        var issue = Single(Rule, result, DocumentIntegrity.DuplicateId, Severity.Error, "$.alignedPcns[1]");
        Assert.Equal("nantwich-rural-pcn", issue.OffendingValue);
    }

    [Fact]
    public void Check_UnlistedPcn_IsUnknownOrganisationError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedPcns(OrganisationId.Create("crewe-pcn")));
        var issue = Single(Rule, result, DocumentIntegrity.UnknownOrganisation, Severity.Error, "$.alignedPcns[0]");
        Assert.Equal("crewe-pcn", issue.OffendingValue);
        Assert.DoesNotContain(result.Issues, i => i.Code == FootprintRule.AlignedPcnNotPcn.Code);
    }

    [Fact]
    public void Check_SeverityOverride_LowersNoAlignedPcnToWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutAlignedPcns(), Raise(FootprintRule.NoAlignedPcn, Severity.Warning));
        Single(Rule, result, FootprintRule.NoAlignedPcn, Severity.Warning, "$.alignedPcns");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnreadablePopulation_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { RegisteredPopulation = null };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
        Assert.DoesNotContain("registeredPopulation", result.Figures.Keys);
        Assert.Contains("Not evaluated", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadablePcnBesideAValidOne_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { AlignedPcns = draft.AlignedPcns.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_OnlyPcnUnreadable_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { AlignedPcns = [null] };
        Assert.Equal(RuleStatus.NotEvaluated, Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf).Status);
    }

    [Fact]
    public void Descriptor_ListsItsIssueDefinitions_WithTheSourcesSeverities()
    {
        Assert.Contains(FootprintRule.NoAlignedPcn, Rule.Descriptor.IssueDefinitions);
        Assert.Contains(FootprintRule.PcnInTwoCommunities, Rule.Descriptor.IssueDefinitions);
        Assert.All(Rule.Descriptor.IssueDefinitions, d => Assert.Equal(Severity.Error, d.DefaultSeverity));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
