using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.OperatingModel.Identity;

public sealed class IdTests
{
    [Fact]
    public void Create_Slug_KeepsTheText()
    {
        Assert.Equal("nantwich-and-rural", CareCommunityId.Create("nantwich-and-rural").Value);
        Assert.Equal("p-0042", PersonId.Create("p-0042").ToString());
        Assert.Equal("cwp", OrganisationId.Create("cwp").Value);
        Assert.Equal("cheshire-east", PlaceId.Create("cheshire-east").Value);
        Assert.Equal("r-001", RiskId.Create("r-001").Value);
        Assert.Equal("heart-failure-mdt", InitiativeId.Create("heart-failure-mdt").Value);
    }

    [Theory]
    [InlineData("person id", "P-1")]
    [InlineData("person id", "")]
    [InlineData("person id", "-p")]
    public void Create_NotASlug_ThrowsNamingTheKind(string kind, string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => PersonId.Create(text));
        Assert.Contains(kind, ex.Message, StringComparison.Ordinal);
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Create_EachKind_NamesItselfInTheMessage()
    {
        Assert.Contains("care community id", Assert.Throws<ArgumentException>(() => CareCommunityId.Create("X")).Message, StringComparison.Ordinal);
        Assert.Contains("organisation id", Assert.Throws<ArgumentException>(() => OrganisationId.Create("X")).Message, StringComparison.Ordinal);
        Assert.Contains("place id", Assert.Throws<ArgumentException>(() => PlaceId.Create("X")).Message, StringComparison.Ordinal);
        Assert.Contains("risk id", Assert.Throws<ArgumentException>(() => RiskId.Create("X")).Message, StringComparison.Ordinal);
        Assert.Contains("initiative id", Assert.Throws<ArgumentException>(() => InitiativeId.Create("X")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ValidAndInvalid()
    {
        Assert.True(PersonId.TryCreate("p-1", out var id));
        Assert.Equal("p-1", id.Value);
        Assert.False(PersonId.TryCreate("P 1", out var bad));
        Assert.True(bad.IsDefault);
        Assert.False(PersonId.TryCreate(null, out _));
        Assert.True(OrganisationId.TryCreate("cwp", out _));
        Assert.True(CareCommunityId.TryCreate("crewe", out _));
        Assert.True(PlaceId.TryCreate("cheshire-east", out _));
        Assert.True(RiskId.TryCreate("r-1", out _));
        Assert.True(InitiativeId.TryCreate("i-1", out _));
    }

    [Fact]
    public void Default_HasEmptyTextAndIsDefault()
    {
        Assert.True(default(PersonId).IsDefault);
        Assert.Equal("", default(PersonId).Value);
        Assert.Equal("", default(OrganisationId).ToString());
        Assert.False(PersonId.Create("p").IsDefault);
    }

    [Fact]
    public void EqualityAndOrdering_AreOrdinal()
    {
        Assert.Equal(PersonId.Create("p-1"), PersonId.Create("p-1"));
        Assert.NotEqual(PersonId.Create("p-1"), PersonId.Create("p-2"));
        Assert.True(PersonId.Create("p-10").CompareTo(PersonId.Create("p-2")) < 0);
        Assert.True(default(PersonId).CompareTo(PersonId.Create("a")) < 0);
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Create_Property_AcceptsExactlyValidIdentifiers() =>
        Prop.ForAll(DomainArb.AnyText, text =>
            PersonId.TryCreate(text, out var id) == Identifier.IsValid(text) && (id.IsDefault || id.Value == text));
}
