using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Limits;

/// <summary>
/// Hostile or broken input ends with a clear issue naming the limit, output of at most a few kilobytes per issue, and
/// bounded reading (decision 0018, <see cref="ValidationLimits"/>).
/// </summary>
public sealed class DocumentLimitsTests
{
    private const int FewKilobytes = 4096;

    private static string Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(RepositoryFiles.ValidSampleBytes())!;
        change(node);
        return node.ToJsonString();
    }

    private static void EveryIssueIsShort(ValidationReport report) =>
        Assert.All(report.Issues, i => Assert.True(i.ToString().Length < FewKilobytes, $"{i.ToString().Length} characters: {i.ToString()[..Math.Min(200, i.ToString().Length)]}…"));

    [Fact]
    public void TwoMegabyteName_IsTooLong_NamedOnce_AndEchoedShort()
    {
        var json = Mutate(d => d["people"]![0]!["name"] = new string('x', 2_000_000));

        var result = DocumentAssert.Validate(json);

        var issue = Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal(CareCommunityDocument.TextTooLong, issue.Code);
        Assert.Equal("$.people[0].name", issue.Location.ToString());
        Assert.Contains("2000000 characters", issue.Message, StringComparison.Ordinal);
        Assert.Contains("1000", issue.Message, StringComparison.Ordinal);
        Assert.EndsWith("(2000000 characters)", issue.OffendingValue, StringComparison.Ordinal);
        Assert.True(issue.OffendingValue!.Length < 300);
        EveryIssueIsShort(result.Report);
    }

    [Fact]
    public void MillionEntryArray_IsReadUpToTheListLimit_AndIssuesAreCappedWithASummary()
    {
        var json = Mutate(d =>
        {
            var pcns = new JsonArray();
            for (var i = 0; i < 1_000_000; i++)
            {
                pcns.Add("no-such-pcn");
            }

            d["alignedPcns"] = pcns;
        });

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        var tooLong = Assert.Single(result.Report.Issues, i => i.Code == CareCommunityDocument.ListTooLong);
        Assert.Equal("$.alignedPcns", tooLong.Location.ToString());
        Assert.Contains("1000000 entries", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(ValidationLimits.Default.MaxIssues + 1, result.Report.Issues.Length);
        var summary = Assert.Single(result.Report.Issues, i => i.Code == ValidationLimits.IssuesLeftOut);
        Assert.Contains("model.duplicate-id", summary.Message, StringComparison.Ordinal);
        EveryIssueIsShort(result.Report);
    }

    [Fact]
    public void EndlessWhitespace_IsTooLarge_AfterReadingAtMostTheLimit()
    {
        using var stream = new EndlessSpaces();
        var limits = new ValidationLimits { MaxDocumentBytes = 1024 * 1024 };

        var result = CareCommunityDocument.Validate(stream, new DocumentValidationSettings { Limits = limits });

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(CareCommunityDocument.TooLarge, issue.Code);
        Assert.Contains("1048576 bytes", issue.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < limits.MaxDocumentBytes + (128 * 1024), $"{stream.BytesRead} bytes were read.");
    }

    [Fact]
    public void TwoHundredMegabyteFile_IsTooLarge_WithoutBeingRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"carecommunity-large-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(200L * 1024 * 1024);   // sparse: no 200 MB is written or read
            }

            var result = CareCommunityDocument.ValidateFile(path);

            var issue = Assert.Single(result.Report.Issues);
            Assert.Equal(CareCommunityDocument.TooLarge, issue.Code);
            Assert.Contains("209715200 bytes", issue.Message, StringComparison.Ordinal);
            Assert.Equal(IssueKind.TooCostly, issue.Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void IssueLimit_KeepsErrorsFirst_AndSaysWhatWasLeftOut()
    {
        var json = Mutate(d => d["coreGroup"] = new JsonArray());
        var limits = new ValidationLimits { MaxIssues = 3 };

        var result = DocumentAssert.Validate(json, new DocumentValidationSettings { Limits = limits });

        Assert.Equal(4, result.Report.Issues.Length);
        Assert.Equal(3, result.Report.Issues.Count(i => i.Severity == Severity.Error && i.Code != ValidationLimits.IssuesLeftOut));
        var summary = Assert.Single(result.Report.Issues, i => i.Code == ValidationLimits.IssuesLeftOut);
        Assert.Contains("core-group.role-vacant", summary.Message, StringComparison.Ordinal);
    }

    private sealed class EndlessSpaces : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
