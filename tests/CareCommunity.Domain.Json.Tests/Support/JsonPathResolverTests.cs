using System.Text.Json;

namespace CareCommunity.Domain.Json.Tests.Support;

public sealed class JsonPathResolverTests
{
    private const string Json = """{"a":{"b":[1,2,{"c":"x"}]},"$schema":"s","odd name":true,"it's":1,"back\\":2}""";

    [Theory]
    [InlineData("$")]
    [InlineData("$.a")]
    [InlineData("$.a.b[2].c")]
    [InlineData("$.a.b[0]")]
    [InlineData("$.$schema")]
    [InlineData("$['$schema']")]
    [InlineData("$['odd name']")]
    [InlineData("$['it\\'s']")]
    [InlineData("$['it's']")]
    [InlineData("$['back\\\\']")]
    [InlineData("$['back\\']")]
    public void TryResolve_ExistingPath_Resolves(string path)
    {
        using var document = JsonDocument.Parse(Json);
        Assert.True(JsonPathResolver.TryResolve(document.RootElement, path, out _));
    }

    [Fact]
    public void TryResolve_SystemTextJsonPathOfEmptyName_FindsTheEmptyNamedMember()
    {
        using var document = JsonDocument.Parse("""{"":{"":7}}""");
        Assert.True(JsonPathResolver.TryResolve(document.RootElement, "$..", out var element));
        Assert.Equal(7, element.GetInt32());
    }

    [Fact]
    public void TryResolve_NestedPath_FindsTheValue()
    {
        using var document = JsonDocument.Parse(Json);
        Assert.True(JsonPathResolver.TryResolve(document.RootElement, "$.a.b[2].c", out var element));
        Assert.Equal("x", element.GetString());
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.a.b[2].missing")]
    public void ResolvesOrParentDoes_MissingMemberOfExistingObject_IsTrue(string path)
    {
        using var document = JsonDocument.Parse(Json);
        Assert.False(JsonPathResolver.TryResolve(document.RootElement, path, out _));
        Assert.True(JsonPathResolver.ResolvesOrParentDoes(document.RootElement, path));
    }

    [Theory]
    [InlineData("$.missing.deeper")]
    [InlineData("$.a.b[3]")]
    [InlineData("$.a.b[0].c")]
    [InlineData("$.a[0]")]
    public void ResolvesOrParentDoes_PathBeyondTheDocument_IsFalse(string path)
    {
        using var document = JsonDocument.Parse(Json);
        Assert.False(JsonPathResolver.ResolvesOrParentDoes(document.RootElement, path));
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("$[x]")]
    [InlineData("$['open")]
    public void Parse_NotAPath_Throws(string path) => Assert.Throws<FormatException>(() => JsonPathResolver.Parse(path));
}
