using CareCommunity.Domain.Governance.Charter;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class MemorandumVersionIdTests
{
    [Theory]
    [InlineData("cm-hcp-mou-2020-11-draft", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Upper", false)]
    [InlineData("-leading", false)]
    [InlineData("has space", false)]
    public void TryCreate_FollowsTheIdentifierRule(string? text, bool valid)
    {
        Assert.Equal(valid, MemorandumVersionId.TryCreate(text, out var id));
        Assert.Equal(!valid, id.IsDefault);
        Assert.Equal(valid ? text : "", id.Value);
        Assert.Equal(valid ? text : "", id.ToString());
    }

    [Fact]
    public void Create_ThrowsNamingTheKindOfId_AndCompareIsOrdinal()
    {
        Assert.Contains("memorandum version id", Assert.Throws<ArgumentException>(() => MemorandumVersionId.Create("Bad")).Message, StringComparison.Ordinal);
        Assert.True(MemorandumVersionId.Create("a").CompareTo(MemorandumVersionId.Create("b")) < 0);
        Assert.Equal(0, MemorandumVersionId.Create("cm-hcp-mou-2020-11-draft").CompareTo(MemorandumVersionId.Create("cm-hcp-mou-2020-11-draft")));
        Assert.Equal(MemorandumVersionId.Create("cm-hcp-mou-2020-11-draft"), MemorandumVersionId.Create("cm-hcp-mou-2020-11-draft"));
    }
}
