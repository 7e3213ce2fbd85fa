using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareCommunity.Domain.Json.Streaming;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.Streaming;

/// <summary>A record contract of the kind a population file holds.</summary>
public sealed record ResidentRecord(string Id, int Age, IReadOnlyList<string>? Conditions = null);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ResidentRecord))]
public sealed partial class ResidentJsonContext : JsonSerializerContext;

public class JsonLinesTests
{
    private static List<RecordOutcome<ResidentRecord>> Read(string text, int chunk = int.MaxValue) =>
        [.. JsonLines.Read(new ChunkedStream(Encoding.UTF8.GetBytes(text), chunk), ResidentJsonContext.Default.ResidentRecord)];

    [Fact]
    public void Read_ValidLines_AcceptsEachRecordWithItsLineNumber()
    {
        var outcomes = Read("{\"id\":\"a\",\"age\":4}\n\n{\"id\":\"b\",\"age\":70,\"conditions\":[\"copd\"]}\n");

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Accepted));
        Assert.Equal([1L, 3L], outcomes.Select(o => o.LineNumber));
        Assert.Equal([0L, 1L], outcomes.Select(o => o.Index));
        Assert.Equal("copd", outcomes[1].Value!.Conditions![0]);
    }

    [Fact]
    public void Read_BadRecord_IsRejectedWithItsLocationAndReadingGoesOn()
    {
        var outcomes = Read("{\"id\":\"a\",\"age\":4}\n{\"id\":\"b\",\"age\":\"old\"}\n{\"id\":\"c\",\"age\":5,\"colour\":1}\n{not json\n{\"id\":\"d\",\"age\":6}");

        Assert.Equal([true, false, false, false, true], outcomes.Select(o => o.Accepted));
        Assert.Equal("$[1].age", outcomes[1].Issues.Single().Location.ToString());
        Assert.Equal(CareCommunityDocument.UnknownMember, outcomes[2].Issues.Single().Code);
        Assert.Equal("$[2].colour", outcomes[2].Issues.Single().Location.ToString());
        Assert.Equal(CareCommunityDocument.MalformedJson, outcomes[3].Issues.Single().Code);
        Assert.StartsWith("Line 4:", outcomes[3].Issues.Single().Message, StringComparison.Ordinal);
        Assert.Equal("d", outcomes[4].Value!.Id);
    }

    [Fact]
    public void Read_CrlfBomAndNoFinalNewline_AreHandled()
    {
        var outcomes = Read("\uFEFF{\"id\":\"a\",\"age\":1}\r\n{\"id\":\"b\",\"age\":2}");

        Assert.Equal(["a", "b"], outcomes.Select(o => o.Value!.Id));
    }

    [Fact]
    public void Read_NullLine_IsRejected()
    {
        var outcome = Assert.Single(Read("null\n"));

        Assert.False(outcome.Accepted);
        Assert.Equal("$[0]", outcome.Issues.Single().Location.ToString());
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_IsRejectedAndTheNextLineRead()
    {
        var longLine = "{\"id\":\"" + new string('x', JsonLines.MaxLineBytes + 10) + "\",\"age\":1}";
        var outcomes = Read(longLine + "\n{\"id\":\"b\",\"age\":2}\n", chunk: 100_000);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(JsonLines.RecordTooLong, outcomes[0].Issues.Single().Code);
        Assert.Equal(2, outcomes[1].LineNumber);
        Assert.Equal("b", outcomes[1].Value!.Id);
    }

    [Fact]
    public void Read_IsLazy_NothingIsReadUntilEnumerated()
    {
        var stream = new ChunkedStream(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"age\":1}\n"), 1);

        var outcomes = JsonLines.Read(stream, ResidentJsonContext.Default.ResidentRecord);

        Assert.Equal(0, stream.Position);
        Assert.Single(outcomes);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Read_ArbitraryLinesInArbitraryChunks_AccountsForEveryRecord()
    {
        // Nothing lost: every non-blank line gets exactly one outcome, in order, with the right line number; the
        // accepted ones are exactly the well-formed records, whatever the read size.
        var lineGen = Gen.OneOf(
            Gen.Choose(0, 120).Select(age => $"{{\"id\":\"r{age}\",\"age\":{age}}}"),
            Gen.Elements("", "   ", "{", "[]", "null", "{\"id\":\"x\"}", "{\"id\":1,\"age\":2}", "{\"id\":\"y\",\"age\":3,\"z\":0}", "\"text\""));
        var lines = Arb.From(lineGen.ArrayOf(), DomainArb.ShrinkArray);
        var input = Arb.Zip(lines, DomainArb.Between(1, 64));

        return Prop.ForAll(input, t =>
        {
            var (lines, chunk) = t;
            var text = string.Join("\n", lines);
            var outcomes = Read(text, chunk);

            var records = lines.Select((l, i) => (Line: l, Number: i + 1L)).Where(x => x.Line.Trim().Length > 0).ToList();
            Assert.Equal(records.Count, outcomes.Count);
            Assert.Equal(records.Select(r => r.Number), outcomes.Select(o => o.LineNumber));
            Assert.Equal(Enumerable.Range(0, outcomes.Count).Select(i => (long)i), outcomes.Select(o => o.Index));
            foreach (var (record, outcome) in records.Zip(outcomes))
            {
                var wellFormed = record.Line.StartsWith("{\"id\":\"r", StringComparison.Ordinal);
                Assert.Equal(wellFormed, outcome.Accepted);
                Assert.Equal(outcome.Accepted, outcome.Issues.IsEmpty);
            }
        });
    }

    /// <summary>A read-only stream that hands out at most <c>chunk</c> bytes per read, to exercise buffer boundaries.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
