using CareCommunity.Domain.Validation;
using System.Text;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests;

public sealed class CareCommunityDocumentPropertyTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryFiles.ValidSample);

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Validate_SerializedGeneratedCommunity_RoundTripsThroughJsonUnchanged() =>
        Prop.ForAll(DomainArb.Community, t =>
        {
            var (community, asOf) = t;
            var text = CareCommunityDocument.Serialize(community, asOf);

            var issues = new IssueCollector();
            var contract = CareCommunityDocument.ReadContract(System.Text.Encoding.UTF8.GetBytes(text), issues);
            Assert.True(contract is not null, "The document did not read back:\n" + string.Join("\n", issues.Issues) + "\n" + text);
            var built = LocalCareCommunity.Create(DocumentMapper.ToDraft(contract, issues));
            Assert.True(built.IsSuccess && !issues.HasErrors, "The document did not build:\n" + string.Join("\n", issues.Issues.Concat(built.Issues)) + "\n" + text);
            Assert.Equal(asOf, contract.AsOf);
            Assert.Equal(text, CareCommunityDocument.Serialize(built.Value, contract.AsOf));
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Validate_SerializedGeneratedCommunity_ReportsWhatTheModelValidatorReports() =>
        Prop.ForAll(DomainArb.Community, t =>
        {
            var (community, asOf) = t;
            var text = CareCommunityDocument.Serialize(community, asOf);

            var fromDocument = DocumentAssert.Validate(text).Report;
            var fromModel = new OperatingModelValidator(OperatingModelOptions.Default).Validate(community, asOf);

            Assert.Equal(DocumentAssert.Describe(fromModel), DocumentAssert.Describe(fromDocument));
            DocumentAssert.LocationsResolve(text, fromDocument);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Validate_ArbitraryBytes_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = CareCommunityDocument.Validate(bytes ?? []);
            AssertConsistent(result);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Validate_ArbitraryString_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(text ?? ""));
            AssertConsistent(result);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Validate_ArbitraryJsonValue_NeverThrowsAndLocationsResolve() =>
        Prop.ForAll(JsonGen.DocumentArb, json =>
        {
            var result = DocumentAssert.Validate(json);
            AssertConsistent(result);
            Assert.False(result.IsValid);
            DocumentAssert.LocationsResolve(json, result.Report, json);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Validate_SampleWithOneMemberDeletedOrReplaced_NeverThrowsAndLocationsResolve() =>
        Prop.ForAll(SampleMutations.ArbOf(Sample), mutation =>
        {
            var result = DocumentAssert.Validate(mutation.Json);
            AssertConsistent(result);
            DocumentAssert.LocationsResolve(mutation.Json, result.Report, mutation.Description);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Validate_SampleWithOneMemberDeletedOrReplaced_TruncatedText_NeverThrows() =>
        Prop.ForAll(Arb.Zip(SampleMutations.ArbOf(Sample), DomainArb.Between(0, 100)), t =>
        {
            var (mutation, cut) = t;
            var json = mutation.Json[..(mutation.Json.Length * cut / 100)];
            AssertConsistent(DocumentAssert.Validate(json));
        });

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
