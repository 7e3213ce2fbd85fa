using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Tests.Partners;

public sealed class CheshireAndMerseysideTests
{
    private static PartnerRegister Register => CheshireAndMerseyside.Partners;

    [Fact]
    public void Partners_AnnexA_NineLocalAuthoritiesNineCommissionersEighteenProviders()
    {
        // "The members of the Cheshire and Merseyside Health and Care Partnership (the Partnership), and parties to this Memorandum, are:" (l.1418)
        Assert.Equal(9, Register.OfType(OrganisationType.LocalAuthority).Count());
        Assert.Equal(9, Register.OfType(OrganisationType.ClinicalCommissioningGroup).Count());
        Assert.Equal(18, Register.OfType(OrganisationType.NhsProvider).Count());
        Assert.All(Register.OfType(OrganisationType.NhsProvider), p => Assert.True(p.IsMember));
    }

    [Fact]
    public void Partners_OtherPartners_AllPcnsAsACategory_VoluntarySectorNorthWest_AndHealthwatchInEachPlace()
    {
        var pcns = Assert.Single(Register.OfType(OrganisationType.PrimaryCareNetworks));
        Assert.Equal("All PCNs in the Cheshire and Merseyside area", pcns.Name);
        Assert.True(pcns.IsCategory);
        Assert.Equal("Voluntary Sector North West", Assert.Single(Register.OfType(OrganisationType.VoluntarySector)).Name);
        Assert.All(Register.Places, place => Assert.Single(Register.InPlace(place.Id), p => p.Type == OrganisationType.Healthwatch));
    }

    [Fact]
    public void Partners_NonMembers_AreNotSignatories()
    {
        // "There are other partners who are not members and therefore not signatories to this memorandum." (l.1476)
        var nonMembers = Register.NonMembers.Select(p => p.Name).ToArray();
        Assert.Equal(["NHS England and NHS Improvement", "Health Education England", "Public Health England", "Care Quality Commission", "Fire", "Police", "Probation", "Others, where relevant"], nonMembers);
        Assert.False(Register[CheshireAndMerseyside.NhsEnglandAndImprovement].IsMember);
        Assert.Equal(9 + 9 + 18 + 1 + 1 + 9, Register.Members.Count());
    }

    [Fact]
    public void Places_AreTheNine_FiveInMerseysideFourInCheshire()
    {
        // "The City Council, four Metropolitan Councils of the Liverpool City Region and four unitary authorities from Cheshire." (l.970)
        Assert.Equal(9, CheshireAndMerseyside.Places.Length);
        Assert.Equal(["knowsley", "sefton", "liverpool", "st-helens", "wirral"],
            CheshireAndMerseyside.Places.Where(p => p.SubRegion == SubRegion.Merseyside).Select(p => p.Id.Value));
        Assert.Equal(["halton", "cheshire-east", "cheshire-west-and-chester", "warrington"],
            CheshireAndMerseyside.Places.Where(p => p.SubRegion == SubRegion.Cheshire).Select(p => p.Id.Value));
    }

    [Fact]
    public void Places_EveryPlaceHasItsCouncil_AndCheshireCcgCoversTwoPlaces()
    {
        Assert.All(Register.Places, place => Assert.Single(Register.InPlace(place.Id), p => p.Type == OrganisationType.LocalAuthority));
        var cheshire = Register[OrganisationId.Create("nhs-cheshire-ccg")];
        Assert.Equal(["cheshire-east", "cheshire-west-and-chester"], cheshire.Places.Select(p => p.Value));
        Assert.Equal("Formerly Eastern, Western and South Cheshire and Vale Royal", cheshire.Note);
    }

    [Fact]
    public void Partners_AnnexANames_AreTheSeedsSpellings()
    {
        var seed = File.ReadAllLines(Testing.RepositoryFiles.PathOf("docs/sources/004_0b226576d97cd4ce.txt"))[1419..1470]
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToArray();
        var named = Register.Members.Where(p => p.Type != OrganisationType.Healthwatch).Select(p => p.Name).ToList();
        named.Add("Healthwatch in each of the Partnership's Places");
        Assert.Equal(seed.Select(s => s.Split(" (")[0]), named);
    }
}
