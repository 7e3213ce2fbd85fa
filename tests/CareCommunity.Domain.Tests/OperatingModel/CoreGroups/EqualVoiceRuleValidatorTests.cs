using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.CoreGroups;

/// <summary>
/// CC-3, equal voice (one person, one role) is guaranteed at creation, so the validator never sees it broken: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="EqualVoiceRuleTests"/>).
/// </summary>
public sealed class EqualVoiceRuleValidatorTests
{
    [Fact]
    public void Validate_Cc3_OnePersonTwoCoreRoles_IsInformationUnlessRaised()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.Vcfse).AddCoreMember(SamplePeople.Healthwatch, CoreRole.Vcfse);
        Assert.True(builder.TryBuild().IsSuccess);
        var issue = Assert.Single(Validate(builder).Issues, i => i.Rule?.ToString() == "CC-3");
        Assert.Equal(EqualVoiceRule.PersonHoldsTwoRoles.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        var raised = new OperatingModelOptions { SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity>.Empty.Add(EqualVoiceRule.PersonHoldsTwoRoles.Code, Severity.Error) };
        Assert.Equal(Severity.Error, Assert.Single(Validate(builder, raised).Issues, i => i.Rule?.ToString() == "CC-3").Severity);
    }
}
