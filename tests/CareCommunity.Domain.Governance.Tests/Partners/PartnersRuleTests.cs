using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Tests.Partners;

public sealed class PartnersRuleTests
{
    private static readonly GovernanceContext Context = new(GovernanceFixtures.MeetingDay);

    [Fact]
    public void Check_TheShippedRegister_IsMet()
    {
        var result = GovernanceRules.Partners.Check(CheshireAndMerseyside.Partners, Context);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("18", result.Figures["nhsProvider"]);
        Assert.Equal("9", result.Figures["localAuthority"]);
    }

    [Fact]
    public void Check_NineteenExpected_ReportsTheProviderCountAsInformation()
    {
        // "The nineteen provider trusts in Cheshire and Merseyside already work together" (l.1195) against Annex A's eighteen.
        var result = GovernanceRules.Partners.Check(CheshireAndMerseyside.Partners, Context with { Options = new GovernanceOptions { ExpectedNhsProviders = 19 } });

        var issue = Assert.Single(result.Issues);
        Assert.Equal(PartnersRule.ProviderCount.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void Check_APlaceWithoutCouncilOrHealthwatch_IsAnError()
    {
        // "Healthwatch in each of the Partnership's Places" (l.1470); "includes nine local government partners" (l.970).
        var register = PartnerRegister.Create(CheshireAndMerseyside.Places,
            CheshireAndMerseyside.Partners.Partners.Where(p => p.Id.Value is not "wirral-council" and not "healthwatch-wirral")).Value;

        var result = GovernanceRules.Partners.Check(register, Context);

        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal(2, result.Issues.Count(i => i.Code == PartnersRule.LocalAuthorities.Code));
        Assert.Single(result.Issues, i => i.Code == PartnersRule.HealthwatchMissing.Code && i.OffendingValue == "wirral");
    }

    [Fact]
    public void Check_AnEmptyHeadingAndAFireServiceAsMember_AreReported()
    {
        var register = PartnerRegister.Create(CheshireAndMerseyside.Places,
            CheshireAndMerseyside.Partners.Partners.Where(p => p.Type != OrganisationType.VoluntarySector)
                .Append(Partner.Member(OrganisationId.Create("merseyside-fire"), "Merseyside Fire and Rescue Service", OrganisationType.LocalBody))).Value;

        var result = GovernanceRules.Partners.Check(register, Context);

        Assert.Single(result.Issues, i => i.Code == PartnersRule.TypeMissing.Code && i.Severity == Severity.Error);
        Assert.Single(result.Issues, i => i.Code == PartnersRule.NonMemberTypeAsMember.Code && i.Severity == Severity.Information);
    }

    [Fact]
    public void Check_EightPlaces_IsAnError()
    {
        var register = PartnerRegister.Create(CheshireAndMerseyside.Places.Take(8), []).Value;

        var result = GovernanceRules.Partners.Check(register, Context);

        Assert.Contains(result.Issues, i => i.Code == PartnersRule.PlaceCount.Code);
    }
}
