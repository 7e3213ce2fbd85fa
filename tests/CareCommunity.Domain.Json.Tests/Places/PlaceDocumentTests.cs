using CareCommunity.Testing;
using System.Text;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests.Places;

public class PlaceDocumentTests
{
    private static string SamplePath => Path.Combine(RepositoryFiles.Root, "samples", "data", "cheshire-east-care-communities.json");

    [Fact]
    public void ValidateFile_CheshireEastSample_IsValidAndMatchesTheReferenceData()
    {
        var result = PlaceDocument.ValidateFile(SamplePath);

        Assert.True(result.IsValid, result.Report.ToString());
        var place = Assert.IsType<Place>(result.Place);
        var reference = CheshireEast.Place;
        Assert.Equal(reference.Id, place.Id);
        Assert.Equal(reference.CareCommunities.Select(c => (c.Id, c.Name, string.Join("|", c.Areas))),
            place.CareCommunities.Select(c => (c.Id, c.Name, string.Join("|", c.Areas))));
        Assert.Equal(reference.Pcns.Select(p => p.Id), place.Pcns.Select(p => p.Id));
    }

    [Fact]
    public void ValidateFile_CheshireEastSample_EightCommunitiesNinePcnsAbout400000People()
    {
        // 004 l.1916-1918: ~400,000 people, 8 care communities, 9 PCNs, Crewe holds two.
        var place = PlaceDocument.ValidateFile(SamplePath).Place!;

        Assert.Equal(8, place.CareCommunities.Length);
        Assert.Equal(9, place.Pcns.Count());
        Assert.Equal(2, place.CareCommunities.Single(c => c.Name == "Crewe").Pcns.Length);
        Assert.Equal(400_000, place.KnownRegisteredPopulation);
    }

    [Fact]
    public void Detect_PlaceAndCareCommunityDocuments_AreToldApart()
    {
        Assert.Equal(DocumentKind.Place, JsonDocuments.Detect(File.ReadAllBytes(SamplePath)));
        Assert.Equal(DocumentKind.CareCommunity, JsonDocuments.Detect(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "samples", "data", "care-community.valid.json"))));
        Assert.Equal(DocumentKind.CareCommunity, JsonDocuments.Detect("{ not json"u8));
        Assert.Equal(DocumentKind.Place, JsonDocuments.Detect("{\"$schema\": \"x/place.schema.json\"}"u8));
    }

    [Fact]
    public void Validate_PcnInTwoCommunities_IsACc1ErrorAtThePcn()
    {
        const string json = """
            {"schemaVersion":"1.0","placeId":"p","name":"P","careCommunities":[
              {"id":"a","name":"A","areas":[],"pcns":[{"id":"pcn-1","name":"PCN 1"}]},
              {"id":"b","name":"B","areas":[],"pcns":[{"id":"pcn-1","name":"PCN 1"}]}]}
            """;

        var result = PlaceDocument.Validate(Encoding.UTF8.GetBytes(json));

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal("CC-1", issue.Rule.ToString());
        Assert.Equal(FootprintRule.PcnInTwoCommunities.Code, issue.Code);
        Assert.Equal("$.careCommunities[1].pcns[0].id", issue.Location.ToString());
        Assert.Null(result.Place);
    }

    [Fact]
    public void Validate_BadValues_ReportsEachWithItsPath()
    {
        const string json = """
            {"schemaVersion":"1.0","placeId":"Bad Id","name":"P","careCommunities":[
              {"id":"a","name":"A","areas":[],"pcns":[],"registeredPopulation":0}]}
            """;

        var report = PlaceDocument.Validate(Encoding.UTF8.GetBytes(json)).Report;

        Assert.Contains(report.Issues, i => i.Location.ToString() == "$.placeId" && i.Severity == Severity.Error);
        Assert.Contains(report.Issues, i => i.Location.ToString() == "$.careCommunities[0].registeredPopulation" && i.Rule.ToString() == "CC-1");
    }

    [Fact]
    public void Validate_UnknownMember_IsAStructureIssueNamingThePlaceSchema()
    {
        var issue = Assert.Single(PlaceDocument.Validate("""{"schemaVersion":"1.0","placeId":"p","name":"P","careCommunities":[],"colour":"red"}"""u8).Report.Issues);

        Assert.Equal(CareCommunityDocument.UnknownMember, issue.Code);
        Assert.Contains("place.schema.json", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ThenValidate_RoundTripsTheReferencePlace()
    {
        var json = PlaceDocument.Serialize(CheshireEast.Place);

        var again = PlaceDocument.Validate(Encoding.UTF8.GetBytes(json));

        Assert.True(again.IsValid, again.Report.ToString());
        Assert.Equal(json, PlaceDocument.Serialize(again.Place!));
    }
}

public class PlaceDocumentBlankTextTests
{
    [Theory]
    [InlineData("""{"schemaVersion":"1.0","placeId":"p","name":" ","careCommunities":[]}""", "$.name")]
    [InlineData("""{"schemaVersion":"1.0","placeId":"p","name":"P","careCommunities":[{"id":"a","name":"","areas":[],"pcns":[{"id":"x","name":"X"}]}]}""", "$.careCommunities[0].name")]
    [InlineData("""{"schemaVersion":"1.0","placeId":"p","name":"P","careCommunities":[{"id":"a","name":"A","areas":[],"pcns":[{"id":"x","name":"\t"}]}]}""", "$.careCommunities[0].pcns[0].name")]
    public void Validate_BlankName_IsAnIssueAtItsPathNotAnException(string json, string location)
    {
        var result = PlaceDocument.Validate(Encoding.UTF8.GetBytes(json));

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(CareCommunityDocument.BlankText, issue.Code);
        Assert.Equal(location, issue.Location.ToString());
        Assert.Null(result.Place);
    }
}
