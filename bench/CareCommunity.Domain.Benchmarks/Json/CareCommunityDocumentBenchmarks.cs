using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CareCommunity.Domain.Benchmarks.Support;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.Json.Contracts;

namespace CareCommunity.Domain.Benchmarks.Json;

/// <summary>
/// Whole-document validation (<see cref="CareCommunityDocument.Validate(ReadOnlySpan{byte}, DocumentValidationSettings?)"/>:
/// read the contract, map it to the model, run CC-1..CC-11) against only deserializing the same bytes into the contract
/// with the same source-generated context. The ratio is the cost of mapping and rule checking per byte read.
/// </summary>
[MemoryDiagnoser]
public class CareCommunityDocumentBenchmarks
{
    private const string SampleFile = "sample";
    private const string History20Years = "history-20y";

    private byte[] _utf8 = [];

    /// <summary><c>sample</c>: samples/data/care-community.valid.json (11 KB); <c>history-20y</c>: the builder's community
    /// with twenty years of reporting (360 submissions), serialized.</summary>
    [Params(SampleFile, History20Years)]
    public string Document { get; set; } = SampleFile;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Document == SampleFile
            ? SampleCommunities.SampleDocument()
            : Encoding.UTF8.GetBytes(CareCommunityDocument.Serialize(SampleCommunities.WithReportingYears(20), SampleCommunities.AsOf));
        var result = CareCommunityDocument.Validate(_utf8);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"The {Document} document should be valid: {result.Report}");
        }
    }

    [Benchmark(Baseline = true, Description = "Deserialize contract (baseline)")]
    public CareCommunityDocumentContract? Deserialize() =>
        JsonSerializer.Deserialize(_utf8, CareCommunityJsonContext.Default.CareCommunityDocumentContract);

    [Benchmark(Description = "CareCommunityDocument.Validate")]
    public DocumentValidationResult Validate() => CareCommunityDocument.Validate(_utf8);
}
