using System.Diagnostics;
using System.Globalization;
using CareCommunity.Domain.Benchmarks.Support;
using CareCommunity.Domain.Json.Streaming;

namespace CareCommunity.Domain.Benchmarks.Throughput;

/// <summary>
/// End-to-end throughput of <see cref="JsonLines.Read{T}"/> on a file: writes a JSON Lines file of resident-like records
/// (deterministic seed, about 1% malformed) to a temporary folder, then, in this one process, alternates passes of the
/// baseline (<see cref="LineSplittingBaseline"/>) and of <see cref="JsonLines.Read{T}"/> over it. The order within a round
/// alternates too (baseline first, then JsonLines first, …) so drift on a noisy machine falls on both sides. Prints a
/// Markdown table of records per second, the median per-round time ratio JsonLines/baseline, the allocation per record,
/// the peak working set, and checks that every line is accounted for. <c>--malformed-share 0</c> separates the cost of
/// the happy path from the cost of rejecting lines.
/// </summary>
internal static class ThroughputHarness
{
    private const long DefaultRecords = 1_000_000;
    private const int DefaultRounds = 5;
    private const double DefaultMalformedShare = 0.01;

    public static int Run(string[] args)
    {
        var records = DefaultRecords;
        var rounds = DefaultRounds;
        var malformedShare = DefaultMalformedShare;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--records" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0:
                    records = n;
                    i++;
                    break;
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                case "--malformed-share" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m is >= 0 and <= 1:
                    malformedShare = m;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: throughput [--records N (default 1000000)] [--rounds R (default 5)] [--malformed-share S (default 0.01)]");
                    return 2;
            }
        }

        var folder = Directory.CreateTempSubdirectory("carecommunity-bench-");
        try
        {
            return Measure(Path.Combine(folder.FullName, "residents.jsonl"), records, rounds, malformedShare);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Measure(string path, long records, int rounds, double malformedShare)
    {
        GeneratedLines generated;
        using (var file = File.Create(path))
        {
            generated = ResidentLines.Write(file, records, malformedShare);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Input: {generated.Lines:N0} lines ({generated.Malformed:N0} malformed, {100.0 * generated.Malformed / generated.Lines:0.00}%), {generated.Bytes / 1048576.0:0.0} MiB, seed {ResidentLines.DefaultSeed}, {path}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Runtime: .NET {Environment.Version}, {Environment.ProcessorCount} logical cores, server GC {System.Runtime.GCSettings.IsServerGC}"));

        // Warm-up (JIT tiering, file cache), not counted; its results are checked like any other pass.
        var problems = new List<string>();
        Check("warm-up baseline", Baseline(path), generated, problems);
        Check("warm-up JsonLines", JsonLinesPass(path, generated.Lines, problems), generated, problems);

        var rows = new List<(int Round, Pass Baseline, Pass JsonLines)>();
        for (var round = 1; round <= rounds; round++)
        {
            Pass b;
            Pass j;
            if (round % 2 == 1)
            {
                b = Baseline(path);
                j = JsonLinesPass(path, generated.Lines, problems);
            }
            else
            {
                j = JsonLinesPass(path, generated.Lines, problems);
                b = Baseline(path);
            }

            Check($"round {round} baseline", b, generated, problems);
            Check($"round {round} JsonLines", j, generated, problems);
            rows.Add((round, b, j));
        }

        Console.WriteLine();
        Console.WriteLine("| round | order | baseline records/s | JsonLines records/s | time ratio JsonLines/baseline |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var (round, b, j) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {round} | {(round % 2 == 1 ? "baseline first" : "JsonLines first")} | {b.RecordsPerSecond:N0} | {j.RecordsPerSecond:N0} | {j.Seconds / b.Seconds:0.00} |"));
        }

        var ratios = rows.Select(r => r.JsonLines.Seconds / r.Baseline.Seconds).ToArray();
        var medianBaseline = Median(rows.Select(r => r.Baseline.RecordsPerSecond));
        var medianJsonLines = Median(rows.Select(r => r.JsonLines.RecordsPerSecond));
        var allocatedBaseline = Median(rows.Select(r => (double)r.Baseline.AllocatedBytes)) / generated.Lines;
        var allocatedJsonLines = Median(rows.Select(r => (double)r.JsonLines.AllocatedBytes)) / generated.Lines;
        using var self = Process.GetCurrentProcess();
        self.Refresh();

        Console.WriteLine();
        Console.WriteLine("| summary | baseline | JsonLines | JsonLines/baseline |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| median records/s | {medianBaseline:N0} | {medianJsonLines:N0} | {medianJsonLines / medianBaseline:0.00} (throughput) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| median per-round time ratio | 1.00 | {Median(ratios):0.00} | {Median(ratios):0.00} (min {ratios.Min():0.00}, max {ratios.Max():0.00}) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| allocated bytes/record | {allocatedBaseline:N0} | {allocatedJsonLines:N0} | {allocatedJsonLines / allocatedBaseline:0.00} |"));
        var last = rows[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| accepted + rejected = lines | {last.Baseline.Counts.Accepted:N0} + {last.Baseline.Counts.Rejected:N0} = {last.Baseline.Counts.Total:N0} | {last.JsonLines.Counts.Accepted:N0} + {last.JsonLines.Counts.Rejected:N0} = {last.JsonLines.Counts.Total:N0} | of {generated.Lines:N0} lines |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set of the whole process: {self.PeakWorkingSet64 / 1048576.0:0.0} MiB (input file {generated.Bytes / 1048576.0:0.0} MiB; both readers stream)."));

        if (problems.Count > 0)
        {
            Console.WriteLine($"ACCOUNTING FAILED ({problems.Count}):");
            foreach (var p in problems.Take(20))
            {
                Console.WriteLine("  " + p);
            }

            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Accounting: every pass accepted {generated.Valid:N0} and rejected {generated.Malformed:N0} of {generated.Lines:N0} lines; JsonLines gave one outcome per line with consecutive indexes and line numbers, and an issue for every rejection."));
        return 0;
    }

    private static Pass Baseline(string path)
    {
        Settle();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        LineCounts counts;
        using (var file = OpenForReading(path))
        {
            counts = LineSplittingBaseline.Read(file, ResidentJsonContext.Default.ResidentRecord);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new Pass(counts, elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static Pass JsonLinesPass(string path, long lines, List<string> problems)
    {
        Settle();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        long accepted = 0;
        long rejected = 0;
        long expected = 0;
        using (var file = OpenForReading(path))
        {
            foreach (var outcome in JsonLines.Read(file, ResidentJsonContext.Default.ResidentRecord))
            {
                // The generated file has no blank lines, so record index i is line i + 1.
                if (outcome.Index != expected || outcome.LineNumber != expected + 1 || outcome.Accepted == !outcome.Issues.IsEmpty)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"outcome #{expected}: index {outcome.Index}, line {outcome.LineNumber}, accepted {outcome.Accepted}, {outcome.Issues.Length} issue(s)"));
                }

                expected++;
                if (outcome.Accepted)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (expected != lines)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"JsonLines gave {expected} outcomes for {lines} lines"));
        }

        return new Pass(new LineCounts(accepted, rejected), elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void Check(string pass, Pass result, GeneratedLines generated, List<string> problems)
    {
        if (result.Counts.Accepted != generated.Valid || result.Counts.Rejected != generated.Malformed)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{pass}: accepted {result.Counts.Accepted} + rejected {result.Counts.Rejected}, expected {generated.Valid} + {generated.Malformed} = {generated.Lines}"));
        }
    }

    private static FileStream OpenForReading(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private readonly record struct Pass(LineCounts Counts, double Seconds, long AllocatedBytes)
    {
        public double RecordsPerSecond => Counts.Total / Seconds;
    }
}
