using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Tests.Explanations;

public sealed class ExplanationTests
{
    [Fact]
    public void RuleApplicationOf_SortsInputsOrdinally()
    {
        var application = RuleApplication.Of(RuleId.Parse("CC-9"), true, "Within 80:20.", new("b", "2"), new("a", "1"), new("B", "3"));
        Assert.Equal(["B", "a", "b"], application.Inputs.Keys);
        Assert.Equal("CC-9 applied: Within 80:20. (B=3, a=1, b=2)", application.ToString());
    }

    [Fact]
    public void RuleApplication_ToString_NoInputsAndNotApplied()
    {
        var application = RuleApplication.Of(RuleId.Parse("CC-6"), false, "Overdue.");
        Assert.Equal("CC-6 did not apply: Overdue.", application.ToString());
    }

    [Fact]
    public void Explanation_Applied_ListsOnlyTheRulesThatApplied()
    {
        var yes = RuleApplication.Of(RuleId.Parse("CC-3"), true, "Equal voice.");
        var no = RuleApplication.Of(RuleId.Parse("CC-2"), false, "Not agreed.");
        var why = new Explanation("The core group did not agree.", [yes, no]);
        Assert.Equal([yes], why.Applied);
        Assert.Equal(
            "The core group did not agree." + Environment.NewLine + "  - CC-3 applied: Equal voice." + Environment.NewLine + "  - CC-2 did not apply: Not agreed.",
            why.ToString());
        var explained = new Explained<int>(3, why);
        Assert.Equal(3, explained.Value);
        Assert.Same(why, explained.Why);
    }
}
