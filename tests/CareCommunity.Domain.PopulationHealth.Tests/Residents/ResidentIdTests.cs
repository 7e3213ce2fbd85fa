using System.Text;

namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ResidentIdTests
{
    [Theory]
    [InlineData("ce-0000001")]
    [InlineData("A.b_C-9")]
    [InlineData("x")]
    public void Create_AcceptsLettersDigitsDotUnderscoreHyphen(string text)
    {
        var id = ResidentId.Create(text);

        Assert.Equal(text, id.Value);
        Assert.True(ResidentId.IsValid(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ce 1")]
    [InlineData("ce/1")]
    [InlineData("é1")]
    public void Create_RefusesOtherText(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => ResidentId.Create(text));
        Assert.Contains("not a valid resident id", e.Message, StringComparison.Ordinal);
        Assert.False(ResidentId.TryCreate(text, out _));
        Assert.False(ResidentId.IsValid(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void TryCreate_FromUtf8_MakesTheSameId()
    {
        Assert.True(ResidentId.TryCreateFromUtf8("ce-0000001"u8, out var id));
        Assert.Equal(ResidentId.Create("ce-0000001"), id);
        Assert.False(ResidentId.TryCreateFromUtf8("ce 1"u8, out _));
        Assert.False(ResidentId.TryCreateFromUtf8(System.Text.Encoding.UTF8.GetBytes("é"), out _));
    }

    [Fact]
    public void Length_IsAtMost64()
    {
        Assert.True(ResidentId.TryCreate(new string('a', 64), out _));
        Assert.False(ResidentId.TryCreate(new string('a', 65), out _));
        Assert.False(ResidentId.TryCreate(null, out _));
    }

    [Fact]
    public void Equality_IsCaseSensitive_AndDefaultIsNoId()
    {
        Assert.NotEqual(ResidentId.Create("CE-1"), ResidentId.Create("ce-1"));
        Assert.True(default(ResidentId).IsDefault);
        Assert.Equal("", default(ResidentId).Value);
        Assert.True(ResidentId.Create("a").CompareTo(ResidentId.Create("b")) < 0);
    }
}
