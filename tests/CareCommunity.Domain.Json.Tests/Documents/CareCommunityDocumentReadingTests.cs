using System.Text;
using CareCommunity.Testing;
using NodaTime;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>Reading a document: the valid sample from bytes, a stream or a file (with or without a UTF-8 BOM), and a file that cannot be read.</summary>
public sealed class CareCommunityDocumentReadingTests
{
    [Fact]
    public void Validate_ValidSample_IsValidWithNoErrors()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(0, result.Report.ErrorCount);
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
        Assert.NotNull(result.Community);
        Assert.Equal("Nantwich & Rural", result.Community.Name);
        DocumentAssert.LocationsResolve(Sample, result.Report);
    }

    [Fact]
    public void ValidateFile_ValidSample_IsValid()
    {
        var result = CareCommunityDocument.ValidateFile(RepositoryFiles.ValidSample);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal("Nantwich & Rural", result.Community?.Name);
    }

    [Fact]
    public void Validate_Stream_SameAsBytes()
    {
        using var stream = new MemoryStream(RepositoryFiles.ValidSampleBytes());

        var result = CareCommunityDocument.Validate(stream);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
    }

    [Fact]
    public void Validate_Utf8Bom_IsAccepted()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. RepositoryFiles.ValidSampleBytes()];

        var result = CareCommunityDocument.Validate(bytes);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
    }

    [Fact]
    public void ValidateFile_MissingFile_ReportsUnreadableWithoutThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var result = CareCommunityDocument.ValidateFile(path);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(CareCommunityDocument.Unreadable, issue.Code);
        Assert.Contains(path, issue.Message, StringComparison.Ordinal);
    }
}
