using System.Text;

namespace CareCommunity.Domain.Json.Tests;

/// <summary>Locations of structural problems read back as DocumentPath writes them.</summary>
public class JsonPathAnchoringTests
{
    [Theory]
    [InlineData("{\"$schema\": 5, \"schemaVersion\": \"1.0\"}", "$['$schema']")]
    [InlineData("{\"\": 1}", "$")]
    [InlineData("{\"odd'name\": 1}", "$")]
    public void Validate_MemberNamesThatAreNotIdentifiers_AreLocatedAsDocumentPathWritesThem(string json, string location)
    {
        var issue = Assert.Single(CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(json)).Report.Issues);

        Assert.Equal(location, issue.Location.ToString());
    }
}
