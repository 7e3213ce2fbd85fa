using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>A resident's fields as the wire format spells them, rendered as an NDJSON line or a CSV row.</summary>
internal sealed record ResidentFields(string Id, string BirthDate, string Community, string[] Conditions, string? Frailty, bool LearningDisability, bool Autism,
    bool SeriousMentalIllness, int? Imd, string[] Diagnoses)
{
    public string Json()
    {
        var parts = new List<string> { $"\"id\":\"{Id}\"", $"\"birthDate\":\"{BirthDate}\"", $"\"careCommunity\":\"{Community}\"" };
        if (Conditions.Length > 0)
        {
            parts.Add("\"conditions\":[" + string.Join(',', Conditions.Select(c => $"\"{c}\"")) + "]");
        }

        if (Frailty is { } f)
        {
            var colon = f.IndexOf(':', StringComparison.Ordinal);
            var kind = f[..colon];
            var value = f[(colon + 1)..];
            parts.Add($"\"frailty\":{{\"{kind}\":{(kind == "level" ? $"\"{value}\"" : value)}}}");
        }

        parts.Add($"\"learningDisability\":{(LearningDisability ? "true" : "false")}");
        parts.Add($"\"autism\":{(Autism ? "true" : "false")}");
        parts.Add($"\"seriousMentalIllness\":{(SeriousMentalIllness ? "true" : "false")}");
        if (Imd is { } imd)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"\"imdDecile\":{imd}"));
        }

        if (Diagnoses.Length > 0)
        {
            parts.Add("\"diagnoses\":[" + string.Join(',', Diagnoses.Select(c => $"\"{c}\"")) + "]");
        }

        return "{" + string.Join(',', parts) + "}";
    }

    public const string CsvHeader = "id,birthDate,careCommunity,conditions,frailty,learningDisability,autism,seriousMentalIllness,imdDecile,diagnoses";

    public string Csv() => string.Join(',', Id, BirthDate, Community, string.Join(';', Conditions), Frailty ?? "", LearningDisability ? "true" : "false",
        Autism ? "true" : "false", SeriousMentalIllness ? "true" : "false", Imd?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(';', Diagnoses));
}

/// <summary>Generators and runners for the population pipeline's tests.</summary>
internal static class PopulationTestKit
{
    public static readonly LocalDate AsOf = new(2026, 11, 28);

    public static readonly string[] Communities = ["crewe", "nantwich-and-rural", "smash", "congleton-and-holmes-chapel", "knutsford", "macclesfield", "chaw", "bollington-disley-and-poynton"];

    public static readonly string[] ConditionWords =
    [
        "hypertension", "depression", "asthma", "diabetes", "coronary-heart-disease", "chronic-kidney-disease", "hypothyroidism", "stroke",
        "transient-ischaemic-attack", "copd", "cancer", "atrial-fibrillation", "heart-failure", "epilepsy", "dementia", "peripheral-arterial-disease",
        "rheumatoid-arthritis", "osteoporosis", "parkinsons-disease", "multiple-sclerosis", "chronic-liver-disease",
    ];

    public static readonly string[] Codes = ["I10", "E11.9", "E119", "J45", "F32", "N18.3", "I48", "F20", "F84.0", "Z99.9"];

    /// <summary>A valid resident with a given id.</summary>
    public static ResidentFields Valid(string id, int seed = 0) =>
        new(id, $"{1930 + (seed % 90):0000}-{1 + (seed % 12):00}-{1 + (seed % 28):00}", Communities[seed % Communities.Length],
            seed % 3 == 0 ? [] : [ConditionWords[seed % 21], ConditionWords[(seed + 5) % 21]],
            (seed % 4) switch { 0 => null, 1 => "level:moderate", 2 => "efi:0.27", _ => "cfs:6" },
            seed % 17 == 0, seed % 23 == 0, seed % 29 == 0, seed % 5 == 0 ? null : 1 + (seed % 10), seed % 2 == 0 ? [] : [Codes[seed % Codes.Length]]);

    public static Gen<ResidentFields> Residents { get; } =
        from id in Gen.Choose(0, 5_000_000)
        from year in Gen.Choose(1900, 2026)
        from month in Gen.Choose(1, 11)
        from day in Gen.Choose(1, 28)
        from community in Gen.Elements(Communities)
        from conditions in Gen.Shuffle(ConditionWords).Select(a => a.Take(4).ToArray()).Zip(Gen.Choose(0, 4), (a, n) => a.Take(n).ToArray())
        from frailty in Gen.Elements<string?>(null, "level:fit", "level:mild", "level:moderate", "level:severe", "efi:0", "efi:0.12", "efi:0.3", "efi:1", "cfs:1", "cfs:5", "cfs:9")
        from flags in Gen.Choose(0, 7)
        from imd in Gen.Elements<int?>(null, 1, 2, 3, 5, 10)
        from codes in Gen.Shuffle(Codes).Zip(Gen.Choose(0, 3), (a, n) => a.Take(n).ToArray())
        select new ResidentFields(string.Create(CultureInfo.InvariantCulture, $"r-{id}"), $"{year:0000}-{month:00}-{day:00}", community, conditions, frailty,
            (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, imd, codes);

    /// <summary>Malformed lines of many kinds: each must be rejected, none may crash the reader.</summary>
    public static Gen<byte[]> Malformed { get; } = Gen.OneOf(
        // Truncated JSON: a valid record cut anywhere.
        from r in Residents
        from cut in Gen.Choose(1, 400)
        let json = r.Json()
        select Encoding.UTF8.GetBytes(json[..Math.Min(cut, json.Length - 1)]),
        // Wrong types for each member.
        from r in Residents
        from member in Gen.Elements("\"id\":5", "\"birthDate\":19480312", "\"careCommunity\":[\"crewe\"]", "\"conditions\":\"asthma\"", "\"frailty\":\"severe\"",
            "\"learningDisability\":\"yes\"", "\"imdDecile\":\"3\"", "\"diagnoses\":{\"code\":\"I10\"}", "\"autism\":null", "\"frailty\":{\"efi\":\"0.3\"}")
        select Replace(r, member),
        // Unknown or repeated members, bad values.
        from r in Residents
        from extra in Gen.Elements("\"nhsNumber\":\"943 476 5919\"", "\"id\":\"again\"", "\"frailty\":{}", "\"frailty\":{\"level\":\"fit\",\"cfs\":2}",
            "\"imdDecile\":11", "\"imdDecile\":0.5", "\"frailty\":{\"efi\":1.5}", "\"frailty\":{\"cfs\":10}", "\"conditions\":[\"asthma\",\"asthma\"]",
            "\"conditions\":[\"gout\"]", "\"birthDate\":\"2027-01-01\"", "\"birthDate\":\"1899-12-31\"", "\"birthDate\":\"2021-02-29\"", "\"careCommunity\":\"atlantis\"")
        select Replace(r, extra),
        // Huge values.
        from n in Gen.Choose(300, 5000)
        from which in Gen.Choose(0, 3)
        select Encoding.UTF8.GetBytes(which switch
        {
            0 => $"{{\"id\":\"{new string('x', n)}\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}}",
            1 => $"{{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"{new string('c', n)}\"}}",
            2 => $"{{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"imdDecile\":{new string('9', n)}}}",
            _ => $"{{\"{new string('k', n)}\":1}}",
        }),
        // Deep nesting, at the top and inside a member.
        from depth in Gen.Choose(2, 300)
        from inside in Gen.Elements(true, false)
        select Encoding.UTF8.GetBytes(inside
            ? "{\"id\":\"a\",\"frailty\":" + new string('[', depth) + new string(']', depth) + "}"
            : new string('[', depth) + new string(']', depth)),
        // Bad UTF-8 inside a string, or anywhere.
        from r in Residents
        from bad in Gen.Elements(new byte[] { 0xC3, 0x28 }, [0xFF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF])
        let json = Encoding.UTF8.GetBytes(r.Json())
        select (byte[])[.. json[..10], .. bad, .. json[10..]],
        // Not an object, or several values.
        Gen.Elements("[1,2,3]", "\"resident\"", "42", "null", "true", "{} {}", "{\"id\":\"a\"} x", "{\"id\":\"a\",}", "{'id':'a'}", "// comment")
            .Select(Encoding.UTF8.GetBytes),
        // Missing required members.
        Gen.Elements("{}", "{\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}", "{\"id\":\"a\",\"careCommunity\":\"crewe\"}", "{\"id\":\"a\",\"birthDate\":\"1950-01-01\"}")
            .Select(Encoding.UTF8.GetBytes),
        // Random bytes (no newline).
        Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).Where(a => a.Length > 0).Select(a => a.Where(b => b != (byte)'\n').Prepend((byte)'{').ToArray()));

    private static byte[] Replace(ResidentFields r, string member)
    {
        var json = r.Json();
        var name = member[..(member.IndexOf(':', StringComparison.Ordinal) + 1)];
        var at = json.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 || name == "\"id\":" && member.Contains("again", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(json[..^1] + "," + member + "}");
        }

        // Replace the member's value up to the next top-level comma or the end.
        var end = json.IndexOf(",\"", at + name.Length, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json[..at] + member + (end < 0 ? "}" : json[end..]));
    }

    /// <summary>Settings with small blocks and a 1 KiB line limit, so tests cross block boundaries and hit the limit.</summary>
    public static ClassifySettings Settings(int threads = 1, ResidentFileFormat? format = null) => new()
    {
        ReferenceDate = AsOf,
        Threads = threads,
        InputFormat = format,
        MaxLineBytes = 8192,
        BlockBytes = 16384,
    };

    /// <summary>Runs the pipeline over bytes.</summary>
    public static PipelineRun Run(byte[] input, ClassifySettings? settings = null, ResultFileFormat resultFormat = ResultFileFormat.Ndjson, bool seekable = true)
    {
        var results = new MemoryStream();
        var issues = new StringWriter();
        Stream stream = seekable ? new MemoryStream(input, writable: false) : new NonSeekableStream(input);
        var summary = ClassifyPipeline.Run(stream, settings ?? Settings(), new ClassifyOutput { Results = results, ResultFormat = resultFormat, Issues = issues });
        return new PipelineRun(summary, results.ToArray(), issues.ToString());
    }

    public static PipelineRun Run(string input, ClassifySettings? settings = null, ResultFileFormat resultFormat = ResultFileFormat.Ndjson, bool seekable = true) =>
        Run(Encoding.UTF8.GetBytes(input), settings, resultFormat, seekable);

    /// <summary>The lines joined with newlines.</summary>
    public static byte[] Lines(IEnumerable<byte[]> lines)
    {
        var all = new List<byte>();
        foreach (var line in lines)
        {
            all.AddRange(line);
            all.Add((byte)'\n');
        }

        return [.. all];
    }
}

/// <summary>What one pipeline run wrote.</summary>
internal sealed record PipelineRun(ClassifyRunSummary Summary, byte[] Results, string Issues)
{
    public string Text => Encoding.UTF8.GetString(Results);

    public string[] ResultLines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public System.Text.Json.Nodes.JsonNode[] IssueNodes =>
        [.. Issues.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!)];

    public long[] RejectedLines => [.. IssueNodes.Where(n => (string)n["severity"]! == "error").Select(n => (long)n["line"]!)];

    public long[] ResultLineNumbers => [.. ResultLines.Select(l => (long)System.Text.Json.Nodes.JsonNode.Parse(l)!["line"]!)];
}

/// <summary>A stream that cannot seek (standard input's kind).</summary>
internal sealed class NonSeekableStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 977));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _inner.Dispose();
        base.Dispose(disposing);
    }
}
