namespace CareCommunity.Domain.PopulationHealth.Tests.Coding;

public sealed class CodedFindingTests
{
    [Fact]
    public void Findings_NameThemselves()
    {
        Assert.Equal("copd", CodedFinding.Of(Condition.Copd).ToString());
        Assert.Equal("learning-disability", CodedFinding.LearningDisability.ToString());
        Assert.Equal("autism", CodedFinding.Autism.ToString());
        Assert.Equal("serious-mental-illness", CodedFinding.SeriousMentalIllness.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => CodedFinding.Of((Condition)99));
    }

    [Fact]
    public void Add_AccumulatesConditionsAndFlags()
    {
        var findings = CodedFindings.None
            .Add(CodedFinding.Of(Condition.Copd))
            .Add(CodedFinding.Of(Condition.Copd))
            .Add(CodedFinding.LearningDisability)
            .Add(CodedFinding.SeriousMentalIllness);

        Assert.Equal(ConditionSet.Of(Condition.Copd), findings.Conditions);
        Assert.True(findings.LearningDisability);
        Assert.False(findings.Autism);
        Assert.True(findings.SeriousMentalIllness);
    }
}
