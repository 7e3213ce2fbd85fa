using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Tests.Partners;

public sealed class PartnerRegisterTests
{
    private static readonly PartnershipPlace Halton = new(PlaceId.Create("halton"), "Halton", SubRegion.Cheshire);

    [Fact]
    public void Create_DuplicateIdsAndUnknownPlaces_AreRefusedWithLocatedIssues()
    {
        var council = Partner.Member(OrganisationId.Create("halton-mbc"), "Halton MBC", OrganisationType.LocalAuthority, [Halton.Id]);
        var stray = Partner.Member(OrganisationId.Create("nhs-wirral-ccg"), "NHS Wirral", OrganisationType.ClinicalCommissioningGroup, [PlaceId.Create("wirral")]);

        var result = PartnerRegister.Create([Halton, Halton], [council, council, stray]);

        Assert.False(result.IsSuccess);
        Assert.Equal(["partners.duplicate-place", "partners.duplicate-id", "partners.unknown-place"], result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal("$.partners[2].places[0]", result.Issues[2].Location.ToString());
    }

    [Fact]
    public void With_ANineteenthProvider_GivesALargerRegister()
    {
        var nineteenth = Partner.Member(OrganisationId.Create("nineteenth-trust"), "A nineteenth provider trust", OrganisationType.NhsProvider);

        var register = CheshireAndMerseyside.Partners.With([nineteenth]).Value;

        Assert.Equal(19, register.OfType(OrganisationType.NhsProvider).Count());
        Assert.False(CheshireAndMerseyside.Partners.With([register[OrganisationId.Create("cwp")]]).IsSuccess);
    }

    [Fact]
    public void Lookups_FindPartnersAndPlaces()
    {
        var register = CheshireAndMerseyside.Partners;
        Assert.True(register.TryFind(OrganisationId.Create("cwp"), out var cwp));
        Assert.Equal("Cheshire and Wirral Partnership NHS FT", cwp.Name);
        Assert.False(register.Contains(OrganisationId.Create("nobody")));
        Assert.Throws<KeyNotFoundException>(() => register[OrganisationId.Create("nobody")]);
        Assert.True(register.TryFindPlace(PlaceId.Create("wirral"), out var wirral));
        Assert.Equal(SubRegion.Merseyside, wirral.SubRegion);
        Assert.Equal(["sefton-mbc", "nhs-south-sefton-ccg", "nhs-southport-and-formby-ccg", "healthwatch-sefton"],
            register.InPlace(PlaceId.Create("sefton")).Select(p => p.Id.Value));
    }

    [Fact]
    public void Partner_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => Partner.Member(default, "x", OrganisationType.NhsProvider));
        Assert.Throws<ArgumentException>(() => Partner.Member(OrganisationId.Create("x"), " ", OrganisationType.NhsProvider));
        Assert.Throws<ArgumentOutOfRangeException>(() => Partner.NonMember(OrganisationId.Create("x"), "x", (OrganisationType)99));
    }
}
