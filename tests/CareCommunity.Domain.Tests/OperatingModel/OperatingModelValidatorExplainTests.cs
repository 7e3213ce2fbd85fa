using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using NodaTime;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>ValidateAndExplain: "why is it valid?" as well as "why not?", rule by rule.</summary>
public class OperatingModelValidatorExplainTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 15);

    [Fact]
    public void ValidateAndExplain_ValidCommunity_EveryRuleMetWithItsFigures()
    {
        var community = new LocalCareCommunityBuilder().Build();

        var explained = new OperatingModelValidator().ValidateAndExplain(community, AsOf);

        Assert.True(explained.Value.IsValid);
        Assert.Equal(RuleCatalogue.OperatingModel.Rules.Select(r => r.Id), explained.Why.Rules.Select(r => r.Rule));
        Assert.All(explained.Why.Rules, r => Assert.True(r.Applied, r.ToString()));
        var cc2 = explained.Why.Rules.Single(r => r.Rule == OperatingModelRules.CoreGroupRoles.Id);
        Assert.Equal("8", cc2.Inputs["coreRolesHeld"]);
        Assert.StartsWith("Met: 8 of the 8 core roles", cc2.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAndExplain_VacantRole_Cc2NotMetAndTheVacancyNamed()
    {
        var community = new LocalCareCommunityBuilder().WithoutCoreRole(CoreRole.Healthwatch).Build();

        var explained = new OperatingModelValidator().ValidateAndExplain(community, AsOf);

        var cc2 = explained.Why.Rules.Single(r => r.Rule == OperatingModelRules.CoreGroupRoles.Id);
        Assert.False(cc2.Applied);
        Assert.Equal("healthwatch", cc2.Inputs["vacantCoreRoles"]);
        Assert.Equal("1", cc2.Inputs["errors"]);
        Assert.Equal(explained.Value.IsValid, explained.Why.Rules.All(r => r.Applied));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property ValidateAndExplain_GeneratedCommunities_ARuleIsNotMetExactlyWhenAnErrorOrWarningNamesIt() =>
        Prop.ForAll(DomainArb.Community, t =>
        {
            var (community, asOf) = t;
            var explained = new OperatingModelValidator().ValidateAndExplain(community, asOf);

            Assert.Equal(explained.Value.Issues.ToArray(), new OperatingModelValidator().Validate(community, asOf).Issues.ToArray());
            foreach (var check in explained.Why.Rules)
            {
                Assert.Equal(!explained.Value.For(check.Rule).Any(i => i.Severity != CareCommunity.Domain.Validation.Severity.Information), check.Applied);
            }
        });
}
