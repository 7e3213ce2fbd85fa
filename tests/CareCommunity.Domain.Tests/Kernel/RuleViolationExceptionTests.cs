using CareCommunity.Domain;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Kernel;

public sealed class RuleViolationExceptionTests
{
    [Fact]
    public void Constructor_Full_CarriesRuleCodeAndParamName()
    {
        var ex = new RuleViolationException(RuleId.Parse("CC-7"), IssueCode.Create("risk-register.rating-out-of-range"), "Out of range.", "impact");
        Assert.Equal(RuleId.Parse("CC-7"), ex.Rule);
        Assert.Equal("risk-register.rating-out-of-range", ex.Code.ToString());
        Assert.Equal("impact", ex.ParamName);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void Constructor_Conventional_UseTheGenericCode()
    {
        Assert.Equal("value.invalid", new RuleViolationException().Code.ToString());
        Assert.Null(new RuleViolationException("m").Rule);
        var inner = new InvalidOperationException("inner");
        var ex = new RuleViolationException("m", inner);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("value.invalid", ex.Code.ToString());
    }

    [Fact]
    public void RegisteredPopulationCreate_NotPositive_ThrowsNamingCc1AndThePopulationCode()
    {
        var ex = Assert.Throws<RuleViolationException>(() => RegisteredPopulation.Create(0));
        Assert.Equal(OperatingModelRules.Footprint.Id, ex.Rule);
        Assert.Equal(FootprintRule.PopulationNotPositive.Code, ex.Code);
        Assert.Equal("count", ex.ParamName);
    }
}
