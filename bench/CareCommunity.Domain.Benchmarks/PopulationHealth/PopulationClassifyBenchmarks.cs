using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CareCommunity.Domain.Json.PopulationHealth;
using NodaTime;

namespace CareCommunity.Domain.Benchmarks.PopulationHealth;

/// <summary>
/// The in-memory <c>classify</c> pipeline (<see cref="ClassifyPipeline.Run"/>: read, validate, classify, format NDJSON
/// results, count, Bloom-filter the ids) over <see cref="Records"/> resident lines, against the floor of any JSON
/// pipeline: one bare <see cref="Utf8JsonReader"/> pass over the same bytes counting records, as
/// <c>../shared/bench/tokenize-baseline</c> does (baseline). Results go to <see cref="Stream.Null"/>; no issues are
/// written. The ratio is what parsing, validating, classifying and formatting cost on top of tokenizing.
/// </summary>
[MemoryDiagnoser]
public class PopulationClassifyBenchmarks
{
    private static readonly string[] Communities = ["crewe", "nantwich-and-rural", "smash", "congleton-and-holmes-chapel", "knutsford", "macclesfield", "chaw", "bollington-disley-and-poynton"];
    private static readonly string[] Conditions = ["hypertension", "depression", "asthma", "diabetes", "coronary-heart-disease", "chronic-kidney-disease", "copd", "dementia", "osteoporosis"];
    private static readonly string[] Frailties = ["", ",\"frailty\":{\"level\":\"moderate\"}", ",\"frailty\":{\"efi\":0.27}", ",\"frailty\":{\"cfs\":6}"];
    private static readonly string[] Codes = ["", ",\"diagnoses\":[\"I10\"]", ",\"diagnoses\":[\"E11.9\",\"J45\"]", ""];

    private byte[] _utf8 = [];
    private ClassifySettings _one = null!;
    private ClassifySettings _two = null!;

    /// <summary>Residents per operation.</summary>
    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        var text = new StringBuilder(Records * 240);
        for (var i = 0; i < Records; i++)
        {
            var conditions = string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Conditions[random.Next(Conditions.Length)]).Distinct().Select(c => $"\"{c}\""));
            text.Append(CultureInfo.InvariantCulture,
                $"{{\"id\":\"ce-{i:0000000}\",\"birthDate\":\"{random.Next(1925, 2025):0000}-{random.Next(1, 13):00}-{random.Next(1, 29):00}\",\"careCommunity\":\"{Communities[random.Next(Communities.Length)]}\",\"conditions\":[{conditions}]{Frailties[random.Next(Frailties.Length)]},\"learningDisability\":{(random.Next(50) == 0 ? "true" : "false")},\"autism\":false,\"seriousMentalIllness\":false,\"imdDecile\":{random.Next(1, 11)}{Codes[random.Next(Codes.Length)]}}}\n");
        }

        _utf8 = Encoding.UTF8.GetBytes(text.ToString());
        _one = new ClassifySettings { ReferenceDate = new LocalDate(2026, 11, 28), Threads = 1 };
        _two = _one with { Threads = 2 };
        Console.WriteLine($"// {Records} residents, {_utf8.Length} bytes");
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader pass (baseline)")]
    public long Tokenize()
    {
        long records = 0;
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        var position = 0;
        while (position < _utf8.Length)
        {
            var length = Math.Min(1 << 20, _utf8.Length - position);
            var reader = new Utf8JsonReader(_utf8.AsSpan(position, length), position + length == _utf8.Length, state);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    records++;
                }
            }

            state = reader.CurrentState;
            position += (int)reader.BytesConsumed;
        }

        return records;
    }

    [Benchmark(Description = "classify, 1 thread")]
    public long ClassifyOneThread() => Classify(_one);

    [Benchmark(Description = "classify, 2 threads")]
    public long ClassifyTwoThreads() => Classify(_two);

    private long Classify(ClassifySettings settings)
    {
        using var input = new MemoryStream(_utf8, writable: false);
        return ClassifyPipeline.Run(input, settings, new ClassifyOutput { Results = Stream.Null }).Accepted;
    }
}
