using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Places;

/// <summary>
/// CC-1, a team of teams on a registered-population footprint, aligned with its PCNs: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="FootprintRuleTests"/>).
/// </summary>
public sealed class FootprintRuleValidatorTests
{
    [Fact]
    public void Validate_Cc1_NoAlignedPcn_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutAlignedPcns());
        Assert.Equal("CC-1", issue.Rule.ToString());
        Assert.Equal(FootprintRule.NoAlignedPcn.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.alignedPcns", issue.Location.ToString());
    }

    [Fact]
    public void Validate_Cc1_AlignedPcnThatIsAPractice_IsError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithAlignedPcns(SampleOrganisations.Pcn, SampleOrganisations.Practice));
        Assert.Equal("CC-1", issue.Rule.ToString());
        Assert.Equal(FootprintRule.AlignedPcnNotPcn.Code, issue.Code);
        Assert.Equal("$.alignedPcns[1]", issue.Location.ToString());
        Assert.Equal("kiltearn-medical-centre", issue.OffendingValue);
        Assert.Contains("generalPractice", issue.Message, StringComparison.Ordinal);
    }
}
