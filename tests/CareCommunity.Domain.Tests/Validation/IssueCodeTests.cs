using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public sealed class IssueCodeTests
{
    [Theory]
    [InlineData("core-group.role-vacant")]
    [InlineData("leadership.not-core-member")]
    [InlineData("a")]
    [InlineData("cadence.overdue")]
    public void Create_ValidCode_KeepsItsText(string text)
    {
        var code = IssueCode.Create(text);
        Assert.Equal(text, code.ToString());
        Assert.False(code.IsDefault);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Core-group")]
    [InlineData("1code")]
    [InlineData("-code")]
    [InlineData("core group")]
    [InlineData("core_group")]
    public void TryCreate_InvalidCode_IsFalse(string text)
    {
        Assert.False(IssueCode.TryCreate(text, out var code));
        Assert.True(code.IsDefault);
        Assert.Throws<ArgumentException>(() => IssueCode.Create(text));
    }

    [Fact]
    public void TryCreate_TooLongOrNull_IsFalse()
    {
        Assert.True(IssueCode.TryCreate(new string('a', 100), out _));
        Assert.False(IssueCode.TryCreate(new string('a', 101), out _));
        Assert.False(IssueCode.TryCreate(null, out _));
    }

    [Fact]
    public void Equality_IsOrdinal()
    {
        Assert.Equal(IssueCode.Create("model.unknown-person"), DocumentIntegrity.UnknownPerson.Code);
        Assert.True(IssueCode.Create("a.b") == IssueCode.Create("a.b"));
        Assert.True(IssueCode.Create("a.b") != IssueCode.Create("a.c"));
        Assert.Equal(IssueCode.Create("a.b").GetHashCode(), IssueCode.Create("a.b").GetHashCode());
        Assert.Equal(0, default(IssueCode).GetHashCode());
        Assert.Equal("", default(IssueCode).ToString());
        Assert.False(IssueCode.Create("a").Equals((object)"a"));
    }

    [Fact]
    public void OperatingModelIssueCodes_AreDistinctAndValid()
    {
        var codes = OperatingModelRules.Set.Rules.SelectMany(r => r.IssueDefinitions).Select(d => d.Code).Distinct().ToArray();
        Assert.True(codes.Length >= 35, codes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(codes, c => Assert.False(c.IsDefault));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }
}
