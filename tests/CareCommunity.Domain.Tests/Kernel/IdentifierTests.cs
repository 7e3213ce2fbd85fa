using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.Kernel;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("crewe")]
    [InlineData("nantwich-and-rural")]
    [InlineData("p-0042")]
    [InlineData("8")]
    [InlineData("a-")]
    public void IsValid_Slug_IsTrue(string text) => Assert.True(Identifier.IsValid(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-crewe")]
    [InlineData("Crewe")]
    [InlineData("crewe town")]
    [InlineData("crewe_town")]
    [InlineData("crewé")]
    [InlineData("c.r")]
    public void IsValid_NotASlug_IsFalse(string? text) => Assert.False(Identifier.IsValid(text));

    [Fact]
    public void IsValid_Length_AllowsSixtyFourButNotSixtyFive()
    {
        Assert.True(Identifier.IsValid(new string('a', Identifier.MaxLength)));
        Assert.False(Identifier.IsValid(new string('a', Identifier.MaxLength + 1)));
    }

    [Fact]
    public void Explain_NamesTheKindAndTheText() =>
        Assert.Equal("'Bad Id' is not a valid person id: use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.",
            Identifier.Explain("person id", "Bad Id"));

    [Fact]
    public void Check_Invalid_ThrowsArgumentExceptionWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => Identifier.Check("risk id", "R 1", "value"));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("'R 1' is not a valid risk id", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property IsValid_Property_AgreesWithTheGrammar() =>
        Prop.ForAll(DomainArb.AnyText, text =>
        {
            var expected = !string.IsNullOrEmpty(text) && text.Length <= 64 && text[0] != '-'
                && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
            return Identifier.IsValid(text) == expected;
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property IsValid_Property_GeneratedSlugsAreValid() => Prop.ForAll(DomainArb.Slug, Identifier.IsValid);
}
