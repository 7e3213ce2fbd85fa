using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Tests.OperatingModel.Places;

public class CheshireEastTests
{
    [Fact]
    public void Place_HasTheEightCareCommunitiesTheSeedsName()
    {
        // 000 para 1 and 001 l.158: "the 8 Care Communities"; names as Cheshire East uses them.
        Assert.Equal(
            ["Crewe", "Nantwich & Rural", "SMASH", "Congleton & Holmes Chapel", "Knutsford", "Macclesfield", "CHAW", "Bollington, Disley & Poynton"],
            CheshireEast.Place.CareCommunities.Select(c => c.Name));
    }

    [Fact]
    public void Place_HasNinePcnsAndOnlyCreweHoldsTwo()
    {
        // 004 l.1916-1918: 8 Care Communities and 9 PCNs; coterminous except Crewe, which contains two PCNs.
        Assert.Equal(9, CheshireEast.Place.Pcns.Count());
        Assert.Equal(["crewe"], CheshireEast.Place.CareCommunities.Where(c => c.Pcns.Length > 1).Select(c => c.Id.Value));
    }

    [Fact]
    public void Place_SmashAndChawCoverTheAreasTheirAcronymsSpell()
    {
        var smash = CheshireEast.Place.CareCommunities.Single(c => c.Name == "SMASH");
        var chaw = CheshireEast.Place.CareCommunities.Single(c => c.Name == "CHAW");

        Assert.Equal("SMASH", string.Concat(smash.Areas.Select(a => a[0])));
        Assert.Equal("CHAW", string.Concat(chaw.Areas.Select(a => a[0])));
    }

    [Fact]
    public void Create_CommunityWithoutPcn_IsACc1Error()
    {
        var result = Place.Create(PlaceId.Create("p"), "P", [new CareCommunityFootprint(CareCommunityId.Create("a"), "A", [], [], null)]);

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(FootprintRule.NoAlignedPcn.Code, issue.Code);
        Assert.Equal("$.careCommunities[0].pcns", issue.Location.ToString());
    }

    [Fact]
    public void CareCommunityIds_AreThePlacesCareCommunities_InTheirOrder() =>
        Assert.Equal(CheshireEast.Place.CareCommunities.Select(c => c.Id), CheshireEast.CareCommunityIds);
}
