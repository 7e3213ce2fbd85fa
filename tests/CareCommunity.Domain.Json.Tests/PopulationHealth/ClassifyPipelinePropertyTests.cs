using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck;
using FsCheck.Fluent;
using CareCommunity.Domain.Validation;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>
/// The pipeline's invariants over generated input: every line is accounted for (accepted + rejected = records, blank
/// lines apart), malformed lines of every kind are rejected without a crash, NDJSON and CSV give the same results, the
/// same input gives the same bytes, and one thread or two give identical output.
/// </summary>
public sealed class ClassifyPipelinePropertyTests
{
    private enum Kind
    {
        Good,
        Malformed,
        Blank,
        TooLong,
    }

    private static readonly Arbitrary<(Kind Kind, byte[] Bytes)[]> Mixes =
        Gen.Frequency(
                (6, PopulationTestKit.Residents.Select(r => (Kind.Good, Encoding.UTF8.GetBytes(r.Json())))),
                (4, PopulationTestKit.Malformed.Select(b => (Kind.Malformed, b))),
                (1, Gen.Elements("", " ", "\t", "  \t ", "\r").Select(s => (Kind.Blank, Encoding.UTF8.GetBytes(s)))),
                (1, Gen.Choose(8193, 40_000).Select(n => (Kind.TooLong, Encoding.UTF8.GetBytes("{\"id\":\"" + new string('z', n) + "\"}")))))
            .ArrayOf().Where(a => a.Length is > 0 and <= 60).ToArbitrary();

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Run_AnyMixOfLines_AccountsForEveryLine() =>
        Prop.ForAll(Mixes, lines =>
        {
            var input = PopulationTestKit.Lines(lines.Select(l => l.Bytes));
            var run = PopulationTestKit.Run(input, PopulationTestKit.Settings(format: ResidentFileFormat.Ndjson));
            var s = run.Summary;

            // Good lines are accepted unless they repeat an id (still accepted, with a warning); all else rejected.
            var expectedRejected = lines.Select((l, i) => (l.Kind, Line: i + 1L)).Where(x => x.Kind is Kind.Malformed or Kind.TooLong).Select(x => x.Line).ToArray();
            var expectedAccepted = lines.Select((l, i) => (l.Kind, Line: i + 1L)).Where(x => x.Kind == Kind.Good).Select(x => x.Line).ToArray();
            return (s.Lines == lines.Length).Label("lines read")
                .And((s.BlankLines == lines.Count(l => l.Kind == Kind.Blank)).Label("blank lines"))
                .And((s.Accepted + s.Rejected == s.Records).Label("accepted + rejected = records"))
                .And(run.RejectedLines.SequenceEqual(expectedRejected).Label("every malformed line rejected once, by its number"))
                .And(run.ResultLineNumbers.SequenceEqual(expectedAccepted).Label("one result per good line, in input order"));
        });

    private static readonly Arbitrary<byte[][]> ManyMalformed =
        PopulationTestKit.Malformed.ArrayOf().Where(a => a.Length >= 100 && a.Length <= 140).ToArbitrary();

    /// <summary>100 cases of at least 100 malformed lines each: at least 10,000 malformed lines in all.</summary>
    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Run_ThousandsOfMalformedLines_RejectsEachWithoutCrashing() =>
        Prop.ForAll(ManyMalformed, lines =>
        {
            var run = PopulationTestKit.Run(PopulationTestKit.Lines(lines), PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Ndjson));
            var issues = run.IssueNodes;
            return run.Summary.Rejected == lines.Length
                && run.Summary.Accepted == 0
                && run.Results.Length == 0
                && run.RejectedLines.SequenceEqual(Enumerable.Range(1, lines.Length).Select(i => (long)i))
                && issues.All(i => ((string?)i["value"])?.Length is null or <= 201 && ((string)i["message"]!).Length < 600);
        });

    private static readonly Arbitrary<ResidentFields[]> Populations =
        PopulationTestKit.Residents.ArrayOf().Where(a => a.Length is > 0 and <= 80).ToArbitrary();

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Run_SameResidentsAsNdjsonAndCsv_GiveTheSameResults() =>
        Prop.ForAll(Populations, residents =>
        {
            var ndjson = PopulationTestKit.Run(string.Join('\n', residents.Select(r => r.Json())) + "\n");
            var csv = PopulationTestKit.Run(ResidentFields.CsvHeader + "\n" + string.Join("\r\n", residents.Select(r => r.Csv())) + "\r\n");

            // Same results but for line numbers: a CSV's first resident is on line 2, after the header.
            static string WithoutLine(string line) => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..];
            return csv.Summary.Format == ResidentFileFormat.Csv
                && ndjson.ResultLines.Select(WithoutLine).SequenceEqual(csv.ResultLines.Select(WithoutLine))
                && ndjson.ResultLineNumbers.Select(l => l + 1).SequenceEqual(csv.ResultLineNumbers)
                && ndjson.Summary.Accepted == residents.Length && csv.Summary.Accepted == residents.Length
                && ndjson.Summary.Warnings == csv.Summary.Warnings;
        });

    /// <summary>CSV rows, some with one quote added somewhere (fully quoted fields keep the count even), and whether they were.</summary>
    private static readonly Arbitrary<(string Row, bool Open)[]> CsvRowsSomeWithAQuoteLeftOpen =
        PopulationTestKit.Residents.SelectMany(r => Gen.Frequency(
                (3, Gen.Constant((r.Csv(), false))),
                (1, Gen.Constant(("\"" + r.Csv().Replace(",", "\",\"", StringComparison.Ordinal) + "\"", false))),
                (2, Gen.Choose(0, r.Csv().Length).Select(at => (r.Csv().Insert(at, "\""), true)))))
            .ArrayOf().Where(a => a.Length is > 0 and <= 60).ToArbitrary();

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Run_CsvLinesWithAQuoteLeftOpen_AreRejectedAlone_AndTheNextLineIsTheNextRecord() =>
        Prop.ForAll(CsvRowsSomeWithAQuoteLeftOpen, rows =>
        {
            var run = PopulationTestKit.Run(ResidentFields.CsvHeader + "\n" + string.Join('\n', rows.Select(r => r.Row)) + "\n", PopulationTestKit.Settings(format: ResidentFileFormat.Csv));
            var open = rows.Select((r, i) => (r.Open, Line: i + 2L)).Where(x => x.Open).Select(x => x.Line).ToArray();
            var closed = rows.Select((r, i) => (r.Open, Line: i + 2L)).Where(x => !x.Open).Select(x => x.Line).ToArray();

            return (run.Summary.Lines == rows.Length).Label("one record per line")
                .And(run.RejectedLines.SequenceEqual(open).Label("every line with a quote left open rejected, by its number"))
                .And(run.IssueNodes.Where(n => (string)n["severity"]! == "error").All(n => (string)n["code"]! == "resident.csv.unterminated-quote").Label("for that reason"))
                .And(run.ResultLineNumbers.SequenceEqual(closed).Label("every other line read and accepted, in order"));
        });

    /// <summary>CSV lines: good rows, and lines Sep must not read (a quote left open, a stray carriage return, bad UTF-8, too long), and blank lines.</summary>
    private static readonly Arbitrary<(Kind Kind, byte[] Bytes)[]> CsvMixes =
        Gen.Frequency(
                (6, PopulationTestKit.Residents.Select(r => (Kind.Good, Encoding.UTF8.GetBytes(r.Csv())))),
                (1, PopulationTestKit.Residents.SelectMany(r => Gen.Choose(0, r.Csv().Length).Select(at => (Kind.Malformed, Encoding.UTF8.GetBytes(r.Csv().Insert(at, "\"")))))),
                (1, PopulationTestKit.Residents.SelectMany(r => Gen.Choose(0, r.Csv().Length - 1).Select(at => (Kind.Malformed, Encoding.UTF8.GetBytes(r.Csv().Insert(at, "\r")))))),
                (1, PopulationTestKit.Residents.Select(r => (Kind.Malformed, (byte[])[.. Encoding.UTF8.GetBytes(r.Csv()), 0xC3, 0x28]))),
                (1, Gen.Elements("", " ", "\t", "\r").Select(t => (Kind.Blank, Encoding.UTF8.GetBytes(t)))),
                (1, Gen.Choose(8193, 40_000).Select(n => (Kind.TooLong, Encoding.UTF8.GetBytes("x-1,1950-01-01,crewe," + new string('z', n))))))
            .ArrayOf().Where(a => a.Length is > 0 and <= 60).ToArbitrary();

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Run_CsvAnyMixOfLines_OneThreadOrTwo_AccountsForEveryLineAndWritesIdenticalBytes() =>
        Prop.ForAll(CsvMixes, lines =>
        {
            var bulk = Enumerable.Range(0, 300).Select(i => Encoding.UTF8.GetBytes(PopulationTestKit.Valid($"bulk-{i}", i).Csv()));
            var input = PopulationTestKit.Lines([Encoding.UTF8.GetBytes(ResidentFields.CsvHeader), .. lines.Select(l => l.Bytes), .. bulk]);
            var one = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 1, ResidentFileFormat.Csv));
            var two = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Csv));
            var rejected = lines.Select((l, i) => (l.Kind, Line: i + 2L)).Where(x => x.Kind is Kind.Malformed or Kind.TooLong).Select(x => x.Line).ToArray();
            var accepted = lines.Select((l, i) => (l.Kind, Line: i + 2L)).Where(x => x.Kind == Kind.Good).Select(x => x.Line)
                .Concat(Enumerable.Range(0, 300).Select(i => lines.Length + 2L + i)).ToArray();

            return (one.Summary.Lines == lines.Length + 300).Label("every line after the header is a record or blank")
                .And((one.Summary.BlankLines == lines.Count(l => l.Kind == Kind.Blank)).Label("blank lines"))
                .And(one.RejectedLines.SequenceEqual(rejected).Label("every unreadable line rejected once, by its number"))
                .And(one.ResultLineNumbers.SequenceEqual(accepted).Label("one result per good line, in input order"))
                .And((one.Results.AsSpan().SequenceEqual(two.Results) && one.Issues == two.Issues).Label("two threads write the same bytes"))
                .And((ClassifySummaryJson.Serialize(one.Summary) == ClassifySummaryJson.Serialize(two.Summary)).Label("and the same summary"));
        });

    [Fact]
    public void Run_CsvDuplicateIds_AreFoundTheSameByTheSecondPassAsInMemory_PastUnreadableLines()
    {
        // The second pass (input that can be read again) reads through CsvLineGuard; standard input keeps ids in memory.
        string Row(string id, int seed) => PopulationTestKit.Valid(id, seed).Csv();
        var csv = string.Join('\n', ResidentFields.CsvHeader, Row("a", 1), Row("b", 2), "x,\"open", Row("a", 3), "y,1\r2", Row("b", 4), Row("a", 5)) + "\n";

        var seekable = PopulationTestKit.Run(csv, PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Csv));
        var stream = PopulationTestKit.Run(csv, PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Csv), seekable: false);

        static (long, long)[] Duplicates(PipelineRun run) =>
            [.. run.IssueNodes.Where(n => (string)n["code"]! == "resident.id.duplicate").Select(n => ((long)n["line"]!, (long)n["firstLine"]!))];
        Assert.Equal([(5L, 2L), (7L, 3L), (8L, 2L)], Duplicates(seekable));
        Assert.Equal(Duplicates(seekable), Duplicates(stream));
        Assert.True(seekable.Summary.SecondPass);
        Assert.Equal([4L, 6L], seekable.RejectedLines);
    }

    [Theory]
    [InlineData("id,bad\n", 1, 0)]
    [InlineData("id,bad\n\n \n", 3, 2)]
    [InlineData("id,\"bad\n\n", 2, 1)]
    public void Run_CsvBadHeaderAndNoRecordAfterIt_RejectsTheHeaderLine(string csv, long lines, long blank)
    {
        var run = PopulationTestKit.Run(csv, PopulationTestKit.Settings(format: ResidentFileFormat.Csv));

        Assert.Equal(lines, run.Summary.Lines);
        Assert.Equal(blank, run.Summary.BlankLines);
        Assert.Equal(1, run.Summary.Rejected);
        var issue = Assert.Single(run.IssueNodes);
        Assert.Equal(1L, (long)issue["line"]!);
        Assert.Equal("resident.csv.invalid-header", (string)issue["code"]!);
    }

    [Fact]
    public void Run_CsvCarriageReturnInsideALine_IsRejected_NotReadAsTwoRows()
    {
        var good = PopulationTestKit.Valid("r-1", 1).Csv();
        var csv = string.Join('\n', ResidentFields.CsvHeader, good[..10] + "\r" + good[10..], PopulationTestKit.Valid("r-2", 2).Csv()) + "\r\n";

        var run = PopulationTestKit.Run(csv, PopulationTestKit.Settings(format: ResidentFileFormat.Csv));

        Assert.Equal(2, run.Summary.Lines);
        Assert.Equal([2L], run.RejectedLines);
        Assert.Equal("resident.csv.carriage-return", (string)Assert.Single(run.IssueNodes)["code"]!);
        Assert.Equal([3L], run.ResultLineNumbers);
    }

    [Fact]
    public void Run_CsvQuoteNeverClosed_DoesNotTakeTheRestOfTheFileIntoOneRow()
    {
        var good = Enumerable.Range(1, 5).Select(i => PopulationTestKit.Valid($"r-{i}", i).Csv()).ToArray();
        var csv = string.Join('\n', [ResidentFields.CsvHeader, good[0], "x-1,\"1950-01-01,crewe,,,false,false,false,5,", .. good[1..]]) + "\n";

        var run = PopulationTestKit.Run(csv, PopulationTestKit.Settings(format: ResidentFileFormat.Csv));

        Assert.Equal(6, run.Summary.Lines);
        Assert.Equal(5, run.Summary.Accepted);
        Assert.Equal([3L], run.RejectedLines);
        var issue = Assert.Single(run.IssueNodes);
        Assert.Equal("resident.csv.unterminated-quote", (string)issue["code"]!);
        Assert.Contains("one line", (string)issue["message"]!, StringComparison.Ordinal);
        Assert.Equal([2L, 4L, 5L, 6L, 7L], run.ResultLineNumbers);
    }

    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property Run_OneThreadOrTwo_WriteIdenticalBytes() =>
        Prop.ForAll(Mixes, lines =>
        {
            var input = PopulationTestKit.Lines(lines.Select(l => l.Bytes).Concat(Enumerable.Range(0, 400).Select(i => Encoding.UTF8.GetBytes(PopulationTestKit.Valid($"bulk-{i}", i).Json()))));
            var one = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 1, ResidentFileFormat.Ndjson));
            var two = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Ndjson));
            var twoCsv = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 2, ResidentFileFormat.Ndjson), ResultFileFormat.Csv);
            var oneCsv = PopulationTestKit.Run(input, PopulationTestKit.Settings(threads: 1, ResidentFileFormat.Ndjson), ResultFileFormat.Csv);
            return one.Results.AsSpan().SequenceEqual(two.Results) && one.Issues == two.Issues && oneCsv.Results.AsSpan().SequenceEqual(twoCsv.Results)
                && ClassifySummaryJson.Serialize(one.Summary) == ClassifySummaryJson.Serialize(two.Summary);
        });

    [Property(MaxTest = 50, QuietOnSuccess = true)]
    public Property Run_SameInputTwice_GivesTheSameBytes() =>
        Prop.ForAll(Mixes, lines =>
        {
            var input = PopulationTestKit.Lines(lines.Select(l => l.Bytes));
            var first = PopulationTestKit.Run(input);
            var second = PopulationTestKit.Run(input);
            var twice = PopulationTestKit.Run(input, PopulationTestKit.Settings(format: ResidentFileFormat.Ndjson));
            var again = PopulationTestKit.Run(input, PopulationTestKit.Settings(format: ResidentFileFormat.Ndjson));
            return first.Results.AsSpan().SequenceEqual(second.Results) && first.Issues == second.Issues
                && ClassifySummaryJson.Serialize(first.Summary) == ClassifySummaryJson.Serialize(second.Summary)
                && twice.Results.AsSpan().SequenceEqual(again.Results) && twice.Issues == again.Issues;
        });

    [Property(MaxTest = 50, QuietOnSuccess = true)]
    public Property Run_DuplicateIds_AreFoundTheSameWhetherTheInputCanBeReadTwiceOrNot() =>
        Prop.ForAll(Gen.Choose(0, 30).ArrayOf().Where(a => a.Length is > 0 and <= 80).ToArbitrary(), ids =>
        {
            var input = string.Join('\n', ids.Select((id, i) => PopulationTestKit.Valid($"id-{id}", i).Json())) + "\n";
            var seekable = PopulationTestKit.Run(input);
            var stream = PopulationTestKit.Run(input, seekable: false);
            var expected = ids.Select((id, i) => (id, Line: i + 1L)).GroupBy(x => x.id).SelectMany(g => g.Skip(1).Select(x => (x.Line, First: g.First().Line)))
                .OrderBy(x => x.Line).ToArray();
            var found = seekable.IssueNodes.Where(n => (string)n["code"]! == "resident.id.duplicate").Select(n => ((long)n["line"]!, (long)n["firstLine"]!)).ToArray();
            return found.SequenceEqual(expected) && seekable.Issues == stream.Issues && seekable.Summary.Duplicates == expected.Length
                && stream.Summary.DuplicateCheck == "exact-in-memory" && seekable.Summary.DuplicateCheck == "bloom-filter-and-second-pass"
                && seekable.Summary.SecondPass == (expected.Length > 0);
        });

    [Fact]
    public void PrepareHotPath_CompilesEveryFullyOptimisedMethodOfTheHotPath_AndCanBeCalledAgain()
    {
        var expected = ClassifyPipeline.HotTypes.SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Count(m => (m.MethodImplementationFlags & System.Reflection.MethodImplAttributes.AggressiveOptimization) != 0);

        Assert.True(expected >= 13, $"{expected} methods marked");
        Assert.Equal(expected, ClassifyPipeline.PrepareHotPath());
        Assert.Equal(expected, ClassifyPipeline.PrepareHotPath());
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property InLineOrder_SortsDuplicatesByLine_KeepingEveryOne() =>
        Prop.ForAll(Gen.Choose(1, 1000).Select(l => (long)l).ArrayOf().ToArbitrary(), lines =>
        {
            var found = lines.Select((l, i) => (Id: $"id-{i}", FirstLine: 0L, Line: l)).ToList();
            var ordered = ClassifyPipeline.InLineOrder(found);
            return ordered.Count == found.Count && ordered.Select(d => d.Line).SequenceEqual(lines.Order())
                && ordered.OrderBy(d => d.Id, StringComparer.Ordinal).SequenceEqual(found.OrderBy(d => d.Id, StringComparer.Ordinal));
        });

    [Fact]
    public void IssueCounts_AreKeyedByCodeInOrdinalOrder()
    {
        var counts = ClassifyPipeline.IssueCounts(new Dictionary<IssueCode, long>
        {
            [ResidentIssues.DuplicateId] = 2,
            [IssueCode.Create("resident.birth-date.invalid")] = 5,
        });

        Assert.Equal(["resident.birth-date.invalid", "resident.id.duplicate"], counts.Keys);
        Assert.Equal([5L, 2L], counts.Values);
    }

    private static readonly Arbitrary<(ResidentFields Resident, int Padding)[]> PaddedLines =
        (from r in PopulationTestKit.Residents
         from padding in Gen.Frequency((3, Gen.Choose(0, 300)), (1, Gen.Choose(300, 9000)))
         select (r, padding)).ArrayOf().Where(a => a.Length is > 0 and <= 40).ToArbitrary();

    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property Run_SmallBlocksThatGrowForLongLines_GiveTheSameBytesAsBlocksAsLargeAsTheLimit() =>
        Prop.ForAll(PaddedLines, lines =>
        {
            // Trailing spaces make lines of every length: shorter than a block, longer (the block grows), longer than the limit.
            var input = PopulationTestKit.Lines(lines.Select(l => Encoding.UTF8.GetBytes(l.Resident.Json() + new string(' ', l.Padding))));
            var large = PopulationTestKit.Run(input, PopulationTestKit.Settings() with { BlockBytes = 8193 });
            var small = PopulationTestKit.Run(input, PopulationTestKit.Settings() with { BlockBytes = 700 });
            var tooLong = lines.Count(l => Encoding.UTF8.GetByteCount(l.Resident.Json()) + l.Padding > 8192);
            return small.Results.AsSpan().SequenceEqual(large.Results) && small.Issues == large.Issues && small.Summary.Rejected == tooLong
                && small.Summary.Lines == lines.Length;
        });
}
