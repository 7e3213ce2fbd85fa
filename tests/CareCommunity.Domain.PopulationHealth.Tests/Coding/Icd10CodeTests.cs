namespace CareCommunity.Domain.PopulationHealth.Tests.Coding;

public sealed class Icd10CodeTests
{
    [Theory]
    [InlineData("E11.9", "E119")]
    [InlineData("e119", "E119")]
    [InlineData("I10", "I10")]
    [InlineData(" f84.0 ", "F840")]
    [InlineData("M80.05", "M8005")]
    public void Normalize_RemovesTheDotAndUpperCases(string code, string normalized)
    {
        Assert.Equal(normalized, Icd10Code.Normalize(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("I1")]
    [InlineData("10I")]
    [InlineData("I1.0")]
    [InlineData("I10.")]
    [InlineData("I10..1")]
    [InlineData("I10-1")]
    [InlineData("ABCDEFGH")]
    [InlineData("I1012345")]
    public void Normalize_RefusesWhatIsNotShapedLikeICD10(string code)
    {
        Assert.Null(Icd10Code.Normalize(code));
    }

    [Theory]
    [InlineData("E119", "E11.9")]
    [InlineData("I10", "I10")]
    public void Display_PutsTheDotBack(string normalized, string display)
    {
        Assert.Equal(display, Icd10Code.Display(normalized));
    }

    [Theory]
    [InlineData("I10", "I15", "I159", true)]
    [InlineData("I10", "I15", "I16", false)]
    [InlineData("I10", "I15", "I09", false)]
    [InlineData("N18.3", "N18.5", "N182", false)]
    [InlineData("N18.3", "N18.5", "N183", true)]
    [InlineData("N18.3", "N18.5", "N1859", true)]
    [InlineData("N18.3", "N18.5", "N186", false)]
    [InlineData("N18.3", "N18.5", "N18", false)]
    public void Range_HoldsCodesByPrefix(string from, string to, string code, bool inside)
    {
        Assert.Equal(inside, Icd10Range.Of(from, to).Contains(code));
    }

    [Fact]
    public void Range_RefusesBackwardsOrMalformedBounds()
    {
        Assert.Throws<ArgumentException>(() => Icd10Range.Of("I15", "I10"));
        Assert.Throws<ArgumentException>(() => Icd10Range.Of("I1"));
        Assert.Throws<ArgumentException>(() => Icd10Range.Of("I10.12"));
        Assert.Equal("N18.3-N18.5", Icd10Range.Of("N18.3", "N18.5").ToString());
        Assert.Equal("F84.0", Icd10Range.Of("f840").ToString());
    }
}
