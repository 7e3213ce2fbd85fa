using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>The evaluation date: the document's <c>asOf</c>, the settings' date or clock in its place, and how it is read and written.</summary>
public sealed class CareCommunityDocumentAsOfTests
{
    [Fact]
    public void Validate_SettingsAsOf_OverridesTheDocumentsDate()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes(), new DocumentValidationSettings { AsOf = new LocalDate(2027, 3, 1) });

        Assert.Equal(new LocalDate(2027, 3, 1), result.AsOf);
        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Rule?.ToString() == "CC-6");
    }

    [Fact]
    public void Validate_NoAsOfAnywhere_ReportsAsOfMissing()
    {
        var json = Mutate(d => d.Remove("asOf"));

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Code == CareCommunityDocument.AsOfMissing);
        Assert.Equal("$.asOf", issue.Location.ToString());
        Assert.Null(result.Community);
        Assert.Null(result.AsOf);
        Assert.Equal(11, result.Rules.Length);
    }

    [Fact]
    public void Validate_NoAsOfButAClock_UsesTheClocksLondonDate()
    {
        var json = Mutate(d => d.Remove("asOf"));
        var clock = TestClocks.AtLondonMidday(new LocalDate(2026, 11, 1));

        var result = DocumentAssert.Validate(json, new DocumentValidationSettings { Clock = clock });

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
    }

    [Fact]
    public void Validate_IsoDate_IsReadAsThatDate()
    {
        var json = Mutate(d => d["asOf"] = "2026-02-28");

        var result = CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(new LocalDate(2026, 2, 28), result.AsOf);
    }

    [Fact]
    public void Serialize_AsOf_IsAnIsoCalendarDateString()
    {
        var community = LocalCareCommunityBuilder.BuildValid();

        var json = JsonNode.Parse(CareCommunityDocument.Serialize(community, new LocalDate(2026, 2, 8)))!.AsObject();

        Assert.Equal("2026-02-08", json["asOf"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_WithoutAsOf_OmitsTheMember()
    {
        var community = LocalCareCommunityBuilder.BuildValid();

        var json = JsonNode.Parse(CareCommunityDocument.Serialize(community))!.AsObject();

        Assert.False(json.ContainsKey("asOf"));
        Assert.Equal("1.0", json["schemaVersion"]!.GetValue<string>());
    }
}
