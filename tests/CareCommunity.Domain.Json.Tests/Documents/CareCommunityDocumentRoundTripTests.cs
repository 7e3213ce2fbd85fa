using System.Text.Json.Nodes;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>The round trip: <see cref="CareCommunityDocument.Serialize"/>, <c>ToContract</c> and <c>ToDraft</c> give back what was read.</summary>
public sealed class CareCommunityDocumentRoundTripTests
{
    [Fact]
    public void Serialize_ValidSampleTwice_GivesIdenticalText()
    {
        var first = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());
        Assert.NotNull(first.Community);

        var text1 = CareCommunityDocument.Serialize(first.Community, first.AsOf);
        var second = DocumentAssert.Validate(text1);
        Assert.True(second.IsValid, DocumentAssert.Describe(second.Report));
        var text2 = CareCommunityDocument.Serialize(second.Community!, second.AsOf);

        Assert.Equal(text1, text2);
        Assert.Equal(first.AsOf, second.AsOf);
    }

    [Fact]
    public void Serialize_ValidSample_SameJsonAsTheSampleApartFromSchemaReference()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());

        var written = JsonNode.Parse(CareCommunityDocument.Serialize(result.Community!, result.AsOf))!.AsObject();
        var sample = JsonNode.Parse(Sample)!.AsObject();
        sample.Remove("$schema");

        Assert.True(JsonNode.DeepEquals(sample, written), "The written document differs from the sample:\n" + written.ToJsonString());
    }

    [Fact]
    public void ToContract_ThenToDomain_GivesAnEqualContract()
    {
        var community = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes()).Community!;
        var contract = DocumentMapper.ToContract(community, new LocalDate(2026, 11, 1));
        var issues = new IssueCollector();

        var again = DocumentMapper.ToDraft(contract, issues);

        Assert.False(issues.HasErrors, string.Join("\n", issues.Issues));
        var contract2 = DocumentMapper.ToContract(LocalCareCommunity.Create(again).Value, new LocalDate(2026, 11, 1));
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(contract, CareCommunityJsonContext.Default.CareCommunityDocumentContract),
            System.Text.Json.JsonSerializer.Serialize(contract2, CareCommunityJsonContext.Default.CareCommunityDocumentContract));
    }

    [Fact]
    public void Serialize_BuilderCommunity_ValidatesOnItsAsOfDate()
    {
        var builder = LocalCareCommunityBuilder.Valid();
        var json = CareCommunityDocument.Serialize(builder.Build(), builder.AsOfDate);

        var result = DocumentAssert.Validate(json);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(builder.AsOfDate, result.AsOf);
    }
}
