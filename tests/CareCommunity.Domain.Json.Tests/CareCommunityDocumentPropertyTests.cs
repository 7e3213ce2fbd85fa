using System.Text;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace CareCommunity.Domain.Json.Tests;

public sealed class CareCommunityDocumentPropertyTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryFiles.ValidSample);

    [Fact]
    public void Validate_SerializedGeneratedCommunity_RoundTripsThroughJsonUnchanged() =>
        Properties.ForAll(DomainGen.Community, t =>
        {
            var (community, asOf) = t;
            var text = CareCommunityDocument.Serialize(community, asOf);

            var result = DocumentAssert.Validate(text);

            Assert.True(result.Community is not null, "The document did not read back:\n" + DocumentAssert.Describe(result.Report) + "\n" + text);
            Assert.Equal(asOf, result.AsOf);
            Assert.Equal(text, CareCommunityDocument.Serialize(result.Community, result.AsOf));
        }, maxTest: 100);

    [Fact]
    public void Validate_SerializedGeneratedCommunity_ReportsWhatTheModelValidatorReports() =>
        Properties.ForAll(DomainGen.Community, t =>
        {
            var (community, asOf) = t;
            var text = CareCommunityDocument.Serialize(community, asOf);

            var fromDocument = DocumentAssert.Validate(text).Report;
            var fromModel = new OperatingModelValidator(OperatingModelOptions.Default).Validate(community, asOf);

            Assert.Equal(DocumentAssert.Describe(fromModel), DocumentAssert.Describe(fromDocument));
            DocumentAssert.LocationsResolve(text, fromDocument);
        }, maxTest: 100);

    [Fact]
    public void Validate_ArbitraryBytes_NeverThrows() =>
        Properties.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = CareCommunityDocument.Validate(bytes ?? []);
            AssertConsistent(result);
        }, maxTest: 500);

    [Fact]
    public void Validate_ArbitraryString_NeverThrows() =>
        Properties.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(text ?? ""));
            AssertConsistent(result);
        }, maxTest: 500);

    [Fact]
    public void Validate_ArbitraryJsonValue_NeverThrowsAndLocationsResolve() =>
        Properties.ForAll(JsonGen.Document, json =>
        {
            var result = DocumentAssert.Validate(json);
            AssertConsistent(result);
            Assert.False(result.IsValid);
            DocumentAssert.LocationsResolve(json, result.Report, json);
        }, maxTest: 500);

    [Fact]
    public void Validate_SampleWithOneMemberDeletedOrReplaced_NeverThrowsAndLocationsResolve() =>
        Properties.ForAll(SampleMutations.Of(Sample), mutation =>
        {
            var result = DocumentAssert.Validate(mutation.Json);
            AssertConsistent(result);
            DocumentAssert.LocationsResolve(mutation.Json, result.Report, mutation.Description);
        }, maxTest: 500);

    [Fact]
    public void Validate_SampleWithOneMemberDeletedOrReplaced_TruncatedText_NeverThrows() =>
        Properties.ForAll(
            from mutation in SampleMutations.Of(Sample)
            from cut in Gen.Choose(0, 100)
            select mutation.Json[..(mutation.Json.Length * cut / 100)],
            json => AssertConsistent(DocumentAssert.Validate(json)),
            maxTest: 200);

    private static void AssertConsistent(DocumentValidationResult result)
    {
        Assert.NotNull(result.Report);
        if (result.IsValid)
        {
            Assert.NotNull(result.Community);
            Assert.NotNull(result.AsOf);
        }
        else
        {
            Assert.True(result.Report.ErrorCount > 0);
            Assert.All(result.Report.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
        }
    }
}
