using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using Parquet;
using Parquet.Schema;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity classify: results, issues and summary files, formats in and out (Parquet read back), exit codes, usage errors.</summary>
public sealed class ClassifyCommandTests
{
    private const string Header = "id,birthDate,careCommunity,conditions,frailty,learningDisability,autism,seriousMentalIllness,imdDecile,diagnoses";

    private static string Resident(string id, string birthDate = "1948-03-12", string community = "crewe", string conditions = "[\"hypertension\",\"diabetes\"]",
        string frailty = "{\"efi\":0.27}") =>
        $"{{\"id\":\"{id}\",\"birthDate\":\"{birthDate}\",\"careCommunity\":\"{community}\",\"conditions\":{conditions},\"frailty\":{frailty},\"imdDecile\":2}}";

    private static readonly string Good = string.Join('\n',
        Resident("ce-1"),
        Resident("ce-2", "2015-06-01", "smash", "[\"asthma\"]", "{\"level\":\"fit\"}"),
        Resident("ce-3", "1990-01-31", "knutsford", "[]", "{\"cfs\":7}")) + "\n";

    [Fact]
    public void Classify_GoodFile_WritesOneResultPerResidentInOrder_Exit0()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good);

        var result = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--threads", "1");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("{\"line\":1,\"id\":\"ce-1\",\"careCommunity\":\"crewe\",\"age\":78,\"stageOfLife\":\"older-people\",\"need\":\"complex\",\"complex\":true,"
            + "\"criteria\":[\"two-or-more-long-term-conditions\",\"frailty-and-listed-condition\"],\"longTermConditions\":2,\"frailty\":\"moderate\",\"core20\":true}", lines[0]);
        Assert.Contains("\"line\":2,\"id\":\"ce-2\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"stageOfLife\":\"children-and-young-people\",\"need\":\"long-term-conditions\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"need\":\"currently-well\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("3 record(s) on 3 line(s) (0 blank): 3 accepted, 0 rejected", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 11, true)]    // issues in their own file, the clock past the interval at each block: a line
    [InlineData(true, 0, false)]    // the clock never past the interval (a short run): no line
    [InlineData(false, 11, false)]  // issues on standard error: no progress line among them
    public void Classify_RedirectedStandardError_ShowsPlainProgressOnlyWithARejectsFileAndOnlyAfterTheInterval(bool rejectsFile, int secondsPerReading, bool expected)
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good);
        var error = new StringWriter();
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 28, 12, 0), NodaTime.Duration.FromSeconds(secondsPerReading));
        string[] args = ["classify", input, "--as-of", "2026-11-28", "-o", folder.File("results.ndjson"), .. rejectsFile ? new[] { "--rejects", folder.File("rejects.ndjson") } : []];

        var exit = new CliApplication(new StringWriter(), error, clock).Run(args);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(expected, error.ToString().Contains("classifying: 3 records, 100% of the input read", StringComparison.Ordinal));
        Assert.DoesNotContain("classifying: ", error.ToString().Replace("classifying: 3 records, 100% of the input read", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RejectedLines_GoToTheRejectsFileWithTheirLineNumbers_Exit1()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good + Resident("ce-4", "1948-13-01") + "\n\n{\"id\":\"ce-5\"\n" + Resident("ce-1") + "\n");
        var rejects = folder.File("rejects.ndjson");
        var summary = folder.File("summary.json");
        var output = folder.File("results.ndjson");

        var result = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--rejects", rejects, "--summary", summary, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.RulesBroken, result.ToString());
        Assert.False(CliRunner.HasStackTrace(result.Error));
        var issues = File.ReadAllLines(rejects).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal([4L, 6L, 7L], issues.Select(i => (long)i["line"]!));
        Assert.Equal(["resident.birth-date.invalid", "resident.json.malformed", "resident.id.duplicate"], issues.Select(i => (string)i["code"]!));
        Assert.Equal("POP-1", (string)issues[0]["rule"]!);
        Assert.Equal("birthDate", (string)issues[0]["member"]!);
        Assert.Equal("1948-13-01", (string)issues[0]["value"]!);
        Assert.Equal(1L, (long)issues[2]["firstLine"]!);
        Assert.Equal(4, File.ReadAllLines(output).Length);

        var s = JsonNode.Parse(File.ReadAllText(summary))!;
        Assert.Equal(7L, (long)s["lines"]!);
        Assert.Equal(1L, (long)s["blankLines"]!);
        Assert.Equal(4L, (long)s["accepted"]!);
        Assert.Equal(2L, (long)s["rejected"]!);
        Assert.Equal(1L, (long)s["duplicates"]!);
        Assert.Equal(1L, (long)s["issues"]!["resident.json.malformed"]!);
        Assert.Equal(4L, (long)s["population"]!["place"]!["residents"]!);
        Assert.Equal(2L, (long)s["population"]!["careCommunities"]!["crewe"]!["residents"]!);
    }

    [Fact]
    public void Classify_CsvInput_GivesTheSameResultsAsNdjson_ButForLineNumbers()
    {
        using var folder = new TempFolder();
        var ndjson = folder.Write("residents.ndjson", Good);
        var csv = folder.Write("residents.csv", Header + "\n"
            + "ce-1,1948-03-12,crewe,hypertension;diabetes,efi:0.27,,,,2,\n"
            + "ce-2,2015-06-01,smash,asthma,level:fit,false,false,false,2,\n"
            + "ce-3,1990-01-31,knutsford,,cfs:7,,,,2,\n");

        var fromJson = CliRunner.Run("classify", ndjson, "--as-of", "2026-11-28");
        var fromCsv = CliRunner.Run("classify", csv, "--as-of", "2026-11-28");

        Assert.True(fromCsv.ExitCode == ExitCodes.Ok, fromCsv.ToString());
        static string[] WithoutLine(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[l.IndexOf(',', StringComparison.Ordinal)..])];
        Assert.Equal(WithoutLine(fromJson.Out), WithoutLine(fromCsv.Out));
    }

    [Fact]
    public void Classify_CsvOutput_HasAHeaderAndJoinedCriteria()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good);

        var result = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--output-format", "csv", "--risk");

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,id,careCommunity,age,stageOfLife,need,complex,criteria,longTermConditions,frailty,core20,risk", lines[0]);
        Assert.Equal("1,ce-1,crewe,78,older-people,complex,true,two-or-more-long-term-conditions;frailty-and-listed-condition,2,moderate,true,high", lines[1]);
    }

    [Fact]
    public async Task Classify_Parquet_ReadsBackAsTheNdjsonResults()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", string.Join('\n', Enumerable.Range(0, 250).Select(i =>
            Resident($"p-{i}", $"{1930 + (i % 90)}-0{1 + (i % 9)}-1{i % 9}", i % 2 == 0 ? "crewe" : "macclesfield", i % 3 == 0 ? "[]" : "[\"copd\",\"dementia\"]",
                i % 4 == 0 ? "{\"level\":\"severe\"}" : "{\"cfs\":3}"))) + "\n");
        var parquet = folder.File("results.parquet");
        var ndjson = folder.File("results.ndjson");

        var p = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--output-format", "parquet", "-o", parquet, "--risk");
        var n = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "-o", ndjson, "--risk");

        Assert.True(p.ExitCode == ExitCodes.Ok, p.ToString());
        Assert.True(n.ExitCode == ExitCodes.Ok, n.ToString());
        var expected = File.ReadAllLines(ndjson).Select(l => JsonNode.Parse(l)!).ToArray();
        await using var stream = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var rows = new List<Dictionary<string, object?>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new Dictionary<string, object?[]>();
            foreach (var field in reader.Schema.GetDataFields())
            {
                columns[field.Name] = await ReadColumn(group, field, count);
            }

            for (var i = 0; i < count; i++)
            {
                rows.Add(columns.ToDictionary(c => c.Key, c => c.Value[i]));
            }
        }

        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var e = expected[i];
            var r = rows[i];
            Assert.Equal((long)e["line"]!, (long)r["line"]!);
            Assert.Equal((string)e["id"]!, (string)r["id"]!);
            Assert.Equal((string)e["careCommunity"]!, (string)r["careCommunity"]!);
            Assert.Equal((int)e["age"]!, (int)r["age"]!);
            Assert.Equal((string)e["stageOfLife"]!, (string)r["stageOfLife"]!);
            Assert.Equal((string)e["need"]!, (string)r["need"]!);
            Assert.Equal((bool)e["complex"]!, (bool)r["complex"]!);
            Assert.Equal(string.Join(';', e["criteria"]!.AsArray().Select(c => (string)c!)), (string)r["criteria"]!);
            Assert.Equal((int)e["longTermConditions"]!, (int)r["longTermConditions"]!);
            Assert.Equal((string)e["frailty"]!, (string)r["frailty"]!);
            Assert.Equal((bool)e["core20"]!, (bool)r["core20"]!);
            Assert.Equal((string)e["risk"]!, (string)r["risk"]!);
        }
    }

    private static async Task<object?[]> ReadColumn(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.Name is "id" or "careCommunity" or "stageOfLife" or "need" or "criteria" or "frailty" or "risk")
        {
            var strings = new string?[count];
            await group.ReadAsync(field, strings.AsMemory(), null, default);
            return strings;
        }

        if (field.Name == "line")
        {
            var longs = new long[count];
            await group.ReadAsync<long>(field, longs.AsMemory(), null, default);
            return [.. longs.Cast<object?>()];
        }

        if (field.Name is "age" or "longTermConditions")
        {
            var ints = new int[count];
            await group.ReadAsync<int>(field, ints.AsMemory(), null, default);
            return [.. ints.Cast<object?>()];
        }

        var bools = new bool[count];
        await group.ReadAsync<bool>(field, bools.AsMemory(), null, default);
        return [.. bools.Cast<object?>()];
    }

    [Fact]
    public void Classify_Threads1And2_WriteIdenticalFiles()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i % 997 == 0 ? "{\"id\":\"broken\"" : Resident($"t-{i}", $"{1930 + (i % 90)}-01-15")).Append('\n');
        }

        var input = folder.Write("residents.ndjson", text.ToString());
        var one = folder.File("one.ndjson");
        var two = folder.File("two.ndjson");

        var r1 = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--threads", "1", "-o", one, "--rejects", folder.File("r1"));
        var r2 = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--threads", "2", "-o", two, "--rejects", folder.File("r2"));

        Assert.Equal(ExitCodes.RulesBroken, r1.ExitCode);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        Assert.Equal(File.ReadAllBytes(folder.File("r1")), File.ReadAllBytes(folder.File("r2")));
    }

    [Fact]
    public void Classify_WithoutAsOf_UsesTodayByTheClock()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Resident("ce-1", "2026-11-22") + "\n" + Resident("ce-2", "2026-11-23") + "\n");

        var result = CliRunner.Run("classify", input, "--rejects", folder.File("r"));

        Assert.Equal(ExitCodes.RulesBroken, result.ExitCode);
        Assert.Contains("classified as of 2026-11-22", result.Error, StringComparison.Ordinal);
        Assert.Contains("resident.birth-date.out-of-range", File.ReadAllText(folder.File("r")), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_PopulationOptions_ChangeTheClassification()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Resident("ce-1", "1960-01-01", "crewe", "[\"stroke\",\"transient-ischaemic-attack\"]", "{\"level\":\"fit\"}") + "\n");

        var byDefault = CliRunner.Run("classify", input, "--as-of", "2026-11-28");
        var two = CliRunner.Run("classify", input, "--as-of", "2026-11-28", "--stroke-tia", "two", "--age-bands", "18,60");

        Assert.Contains("\"stageOfLife\":\"older-people\",\"need\":\"long-term-conditions\"", byDefault.Out, StringComparison.Ordinal);
        Assert.Contains("\"longTermConditions\":1", byDefault.Out, StringComparison.Ordinal);
        Assert.Contains("\"need\":\"complex\"", two.Out, StringComparison.Ordinal);
        Assert.Contains("\"longTermConditions\":2", two.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output-format", "parquet")]
    [InlineData("--as-of", "28/11/2026")]
    [InlineData("--threads", "0")]
    [InlineData("--age-bands", "65,18")]
    [InlineData("--care-community", "Not A Slug")]
    public void Classify_UsageMistakes_Exit2WithoutStackTrace(string option, string value)
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good);

        var result = CliRunner.Run("classify", input, option, value);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.False(CliRunner.HasStackTrace(result.Error));
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_MissingFileOrUnwritableOutput_Exit2()
    {
        using var folder = new TempFolder();
        var input = folder.Write("residents.ndjson", Good);

        var missing = CliRunner.Run("classify", folder.File("nope.ndjson"));
        var unwritable = CliRunner.Run("classify", input, "-o", folder.File("no/such/folder/out.ndjson"));

        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("File not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, unwritable.ExitCode);
        Assert.Contains("Cannot write", unwritable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LondonToday_SystemTimeZoneData_GiveTheSameDateAsTheEmbeddedTzdbEveryHourForDecades()
    {
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 3, 29, 0, 30));
        var tzdb = Domain.OperatingModel.OperatingModelOptions.London;
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 29), CareCommunity.Cli.Commands.ClassifyCommand.LondonToday(clock));
        var system = CareCommunity.Cli.Commands.ClassifyCommand.SystemLondon.Value;
        if (system is null)
        {
            return; // no system time-zone data here: LondonToday used the embedded TZDB, checked above
        }

        for (var instant = NodaTime.Instant.FromUtc(2000, 1, 1, 0, 30); instant < NodaTime.Instant.FromUtc(2040, 1, 1, 0, 0); instant += NodaTime.Duration.FromHours(1))
        {
            Assert.Equal(instant.InZone(tzdb).Date, instant.InZone(system).Date);
        }
    }
}
