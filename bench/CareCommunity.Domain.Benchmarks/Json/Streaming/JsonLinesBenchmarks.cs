using BenchmarkDotNet.Attributes;
using CareCommunity.Domain.Benchmarks.Support;
using CareCommunity.Domain.Json.Streaming;

namespace CareCommunity.Domain.Benchmarks.Json.Streaming;

/// <summary>
/// <see cref="JsonLines.Read{T}"/> over <see cref="Records"/> resident-like records (about 1% malformed), from a
/// <see cref="MemoryStream"/>, against the least a reader must do: split the same bytes into lines and deserialize each
/// with the same source-generated context (<see cref="LineSplittingBaseline"/>). The ratio is the price of one
/// <see cref="RecordOutcome{T}"/> per record (index, line number, issue with its path for each rejected line).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesBenchmarks
{
    private byte[] _utf8 = [];

    /// <summary>Records per operation.</summary>
    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (utf8, summary) = ResidentLines.InMemory(Records);
        _utf8 = utf8;
        Console.WriteLine($"// {summary.Lines} lines, {summary.Malformed} malformed, {summary.Bytes} bytes");
    }

    [Benchmark(Baseline = true, Description = "Split lines + Deserialize (baseline)")]
    public long SplitAndDeserialize()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        return LineSplittingBaseline.Read(stream, ResidentJsonContext.Default.ResidentRecord).Total;
    }

    [Benchmark(Description = "JsonLines.Read")]
    public long JsonLinesRead()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        long accepted = 0;
        long rejected = 0;
        foreach (var outcome in JsonLines.Read(stream, ResidentJsonContext.Default.ResidentRecord))
        {
            if (outcome.Accepted)
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        return accepted + rejected;
    }
}
