using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ConditionSetTests
{
    [Fact]
    public void Of_CountsARepeatedConditionOnce()
    {
        var set = ConditionSet.Of(Condition.Copd, Condition.Copd, Condition.Dementia);

        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(Condition.Copd));
        Assert.False(set.Contains(Condition.Asthma));
    }

    [Fact]
    public void Empty_HasNothing_AndAll_HasThe21Conditions()
    {
        Assert.True(ConditionSet.Empty.IsEmpty);
        Assert.Empty(ConditionSet.Empty);
        Assert.Equal(21, ConditionSet.All.Count);
        Assert.Equal(Enum.GetValues<Condition>(), ConditionSet.All.ToList());
    }

    [Fact]
    public void Enumeration_IsInConditionOrder()
    {
        var set = ConditionSet.Of(Condition.ChronicLiverDisease, Condition.Hypertension, Condition.Stroke);

        Assert.Equal([Condition.Hypertension, Condition.Stroke, Condition.ChronicLiverDisease], set.ToList());
        Assert.Equal("hypertension;stroke;chronic-liver-disease", set.ToString());
    }

    [Fact]
    public void With_AnUndefinedCondition_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditionSet.Empty.With((Condition)21));
        Assert.False(ConditionSet.All.Contains((Condition)200));
    }

    [Fact]
    public void FromBits_RefusesBitsBeyondTheConditions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditionSet.FromBits(1u << 21));
        Assert.Equal(ConditionSet.Of(Condition.Depression), ConditionSet.FromBits(2));
    }

    [Fact]
    public void SetOperations_AreThoseOfTheMasks()
    {
        var a = ConditionSet.Of(Condition.Asthma, Condition.Copd);
        var b = ConditionSet.Of(Condition.Copd, Condition.Cancer);

        Assert.Equal(ConditionSet.Of(Condition.Asthma, Condition.Copd, Condition.Cancer), a.Union(b));
        Assert.Equal(ConditionSet.Of(Condition.Copd), a.Intersect(b));
        Assert.Equal(ConditionSet.Of(Condition.Asthma), a.Except(b));
        Assert.Equal(ConditionSet.Of(Condition.Asthma), a.Without(Condition.Copd));
        Assert.True(a.Intersect(b).IsSubsetOf(a));
        Assert.False(a.IsSubsetOf(b));
        Assert.True(a != b);
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Count_IsTheNumberEnumerated_AndWithAddsAtMostOne() =>
        Prop.ForAll(Arb.From(PopulationFixtures.AnyConditions()), Arb.From(Gen.Elements(Enum.GetValues<Condition>())), (set, condition) =>
        {
            Assert.Equal(set.Count, set.ToList().Count);
            var added = set.With(condition);
            Assert.Equal(set.Count + (set.Contains(condition) ? 0 : 1), added.Count);
            Assert.True(added.Contains(condition));
        });
}
