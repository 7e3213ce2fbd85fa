using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public sealed class DocumentPathTests
{
    [Fact]
    public void Root_IsDollar()
    {
        Assert.Equal("$", DocumentPath.Root.ToString());
        Assert.True(DocumentPath.Root.IsRoot);
        Assert.True(default(DocumentPath).IsRoot);
        Assert.Equal(DocumentPath.Root, DocumentPath.FromText("$"));
    }

    [Fact]
    public void PropertyAndIndex_Chain_WriteJsonPath()
    {
        var path = DocumentPath.Root.Property("coreGroup").Index(2).Property("personId");
        Assert.Equal("$.coreGroup[2].personId", path.ToString());
        Assert.False(path.IsRoot);
    }

    [Theory]
    [InlineData("odd name", "$['odd name']")]
    [InlineData("2nd", "$['2nd']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("_private", "$._private")]
    [InlineData("x1_y", "$.x1_y")]
    public void Property_NonIdentifierName_UsesBracketForm(string name, string expected) =>
        Assert.Equal(expected, DocumentPath.Root.Property(name).ToString());

    [Fact]
    public void Property_Empty_Throws() => Assert.Throws<ArgumentException>(() => DocumentPath.Root.Property(""));

    [Fact]
    public void Index_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DocumentPath.Root.Index(-1));

    [Fact]
    public void Append_RelativePath_AnchorsUnderThisOne()
    {
        var relative = DocumentPath.Root.Index(0).Property("role");
        Assert.Equal("$.coreGroup[0].role", DocumentPath.Root.Property("coreGroup").Append(relative).ToString());
        Assert.Equal("$.a.b[0]", DocumentPath.FromText("$.a").Append(DocumentPath.FromText("$.b[0]")).ToString());
    }

    [Fact]
    public void Append_Root_ReturnsThis()
    {
        var path = DocumentPath.Root.Property("riskRegister");
        Assert.Equal(path, path.Append(DocumentPath.Root));
        Assert.Equal(path, DocumentPath.Root.Append(path));
    }

    [Fact]
    public void FromText_NotStartingWithDollar_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentPath.FromText("coreGroup[0]"));
        Assert.Throws<ArgumentNullException>(() => DocumentPath.FromText(null!));
    }

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        var a = DocumentPath.Root.Property("offer");
        var b = DocumentPath.FromText("$.offer");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a != DocumentPath.Root.Property("Offer"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"$.offer"));
    }
}
