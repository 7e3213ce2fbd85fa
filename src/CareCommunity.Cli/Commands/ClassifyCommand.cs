using System.CommandLine;
using System.Globalization;
using System.Text;
using CareCommunity.Cli.Output;
using CareCommunity.Cli.Progress;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity classify &lt;file|-&gt; [--as-of] [--output] [--summary] [--rejects] [--threads] [--format]
/// [--output-format]</c> and the population options: streams a resident file (NDJSON or CSV), classifies every accepted
/// resident (CPX-1 complexity, POP-2 segmentation) and writes one result per resident in input order, one issue line per
/// rejected line or warning, and a summary. Exit 0 when every record was accepted, 1 when any was rejected, 2 for usage
/// and file errors.
/// </summary>
internal sealed class ClassifyCommand : ICliCommand
{
    private readonly Argument<string> _file = new("residents")
    {
        Description = "The resident file: NDJSON (one JSON object per line) or CSV with a header; '-' reads standard input.",
    };

    private readonly Option<LocalDate?> _asOf = new("--as-of")
    {
        Description = "The reference date (yyyy-MM-dd): ages in completed years on it; no birth date may be after it. Default: today in Europe/London by the system clock (docs/decisions/0048).",
        HelpName = "yyyy-MM-dd",
        CustomParser = SharedOptions.ParseAsOf,
    };

    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly Option<string?> _summary = new("--summary") { Description = "Write the run's summary (counts, issue codes, population summary per care community and for the Place) as JSON to this file.", HelpName = "file" };
    private readonly Option<string?> _rejects = new("--rejects") { Description = "Write the issues (one JSON object per line: rejected lines and warnings) to this file instead of standard error.", HelpName = "file" };
    private readonly Option<int> _threads = SharedOptions.WholeNumber("--threads", "n", 1, 64, DefaultThreads,
        "Worker threads (default: the processor count, at most 8; docs/decisions/0047). The output is the same whatever the number.");

    private readonly Option<string> _format = InputFormat();
    private readonly Option<string> _outputFormat = OutputFormat();
    private readonly PopulationOptions _population = new();
    private readonly LimitOptions _limits = new();
    private bool _hotPathStarted;

    /// <summary>The default number of worker threads.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("classify", "Classify a population file (NDJSON or CSV residents): complexity (CPX-1) and segment (POP-2) per resident, in input order. Exit 0 when all lines were accepted, 1 when any was rejected, 2 for usage errors.")
        {
            _file, _asOf, _output, _summary, _rejects, _threads, _format, _outputFormat,
        };
        foreach (var option in _population.All.Concat(_limits.All))
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>
    /// Starts compiling the pipeline's hot path on another thread, so that it is ready, or nearly, when the first block is
    /// read: the command line is parsed, the options built and the files opened meanwhile (decision 0067). Once a run.
    /// </summary>
    public void Selected()
    {
        if (!_hotPathStarted)
        {
            _hotPathStarted = true;
            new Thread(() => ClassifyPipeline.PrepareHotPath()) { IsBackground = true, Name = "classify: compile ahead" }.Start();
        }
    }

    /// <summary>True once <see cref="Selected"/> has started compiling the hot path (for tests).</summary>
    internal bool HotPathStarted => _hotPathStarted;

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        // Started already when the command line named classify; here too for a run reached otherwise (a response file).
        Selected();
        var file = parse.GetValue(_file)!;
        var outputPath = parse.GetValue(_output);
        var outputFormat = parse.GetValue(_outputFormat)!;
        if (outputFormat == "parquet" && outputPath is null)
        {
            throw new UsageException("--output-format parquet needs --output FILE (Parquet is not written to standard output).");
        }

        var stdin = file == "-";
        if (!stdin)
        {
            FileSystem.RequireInputFiles([file]);
        }

        var settings = new ClassifySettings
        {
            ReferenceDate = parse.GetValue(_asOf) ?? LondonToday(context.Clock),
            Classifier = _population.Classifier(parse),
            CareCommunities = _population.CareCommunities(parse),
            InputFormat = parse.GetValue(_format) switch
            {
                "ndjson" => ResidentFileFormat.Ndjson,
                "csv" => ResidentFileFormat.Csv,
                _ => null,
            },
            Threads = parse.GetValue(_threads),
            Limits = _limits.Read(parse),
        };

        using var input = stdin ? Console.OpenStandardInput() : ClassifyFiles.OpenRead(file);
        using var results = outputPath is null ? StandardOutput(context) : ClassifyFiles.Create(outputPath);
        using var rejectsFile = parse.GetValue(_rejects) is { } rejectsPath ? new StreamWriter(ClassifyFiles.Create(rejectsPath), new UTF8Encoding(false)) : null;
        var summaryPath = parse.GetValue(_summary);
        if (summaryPath is not null)
        {
            ClassifyFiles.Create(summaryPath).Dispose(); // fail (exit 2) before the work, not after it
        }

        using var parquet = outputFormat == "parquet" ? new ParquetResultSink(results, settings.Classifier.Segmentation.Risk is not null) : null;
        // Plain progress lines only when the issues go to their own file: by default standard error carries them, one NDJSON
        // line each, and a progress line among them would break that stream (decision 0070).
        var plain = rejectsFile is not null ? new PlainRecordProgress(context.Error, context.Clock) : null;
        var summary = RecordProgress.Run(context.Progress, "classifying", stdin ? null : input.Length, progress => ClassifyPipeline.Run(input, settings, new ClassifyOutput
        {
            Results = parquet is null ? results : null,
            ResultFormat = outputFormat == "csv" ? ResultFileFormat.Csv : ResultFileFormat.Ndjson,
            Rows = parquet,
            Issues = rejectsFile ?? context.Error,
            Progress = progress,
        }), plain);
        parquet?.Dispose();
        results.Flush();
        if (summaryPath is not null)
        {
            FileSystem.WriteText(summaryPath, ClassifySummaryJson.Serialize(summary));
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"classify: {summary.Records:N0} record(s) on {summary.Lines:N0} line(s) ({summary.BlankLines:N0} blank): {summary.Accepted:N0} accepted, {summary.Rejected:N0} rejected, {summary.Warnings:N0} warning(s), {summary.Duplicates:N0} duplicate id(s); classified as of {ResidentText.FormatDate(summary.ReferenceDate)}."));
        return summary.Rejected > 0 ? ExitCodes.RulesBroken : ExitCodes.Ok;
    }

    /// <summary>
    /// Today in Europe/London by the clock (decision 0048), through the system's own time-zone data for Europe/London
    /// when it has them (one small file, read in about a millisecond), else NodaTime's embedded TZDB, which takes tens of
    /// milliseconds to load (decision 0064). Both give the same date: a test compares them across decades.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The date.</returns>
    internal static LocalDate LondonToday(IClock clock) => clock.GetCurrentInstant().InZone(SystemLondon.Value ?? OperatingModelOptions.London).Date;

    /// <summary>Europe/London from the system's time-zone data, or null when the system has none.</summary>
    internal static readonly Lazy<DateTimeZone?> SystemLondon = new(() =>
    {
        try
        {
            return NodaTime.TimeZones.BclDateTimeZone.FromTimeZoneInfo(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or IOException or ArgumentException)
        {
            return null;
        }
    });

    private static Stream StandardOutput(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(context.Out);

    private static Option<string> InputFormat()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "The input format: detect (the first non-blank byte '{' means NDJSON, else CSV), ndjson or csv.",
            DefaultValueFactory = _ => "detect",
        };
        option.AcceptOnlyFromAmong("detect", "ndjson", "csv");
        return option;
    }

    private static Option<string> OutputFormat()
    {
        var option = new Option<string>("--output-format")
        {
            Description = "The results' format: ndjson, csv or parquet (parquet needs --output).",
            DefaultValueFactory = _ => "ndjson",
        };
        option.AcceptOnlyFromAmong("ndjson", "csv", "parquet");
        return option;
    }
}

/// <summary>File access for <c>classify</c>: streams, not whole files; every failure is a usage error (exit 2) naming the path.</summary>
internal static class ClassifyFiles
{
    /// <summary>Opens an input file for reading.</summary>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"Cannot read '{path}': {Reason(e)}.");
        }
    }

    /// <summary>Creates (or replaces: <see cref="FileSystem.Replace"/>) an output file.</summary>
    public static FileStream Create(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"Cannot write '{path}': it is a folder.");
        }

        try
        {
            return FileSystem.Replace(path, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"Cannot write '{path}': {Reason(e)}.");
        }
    }

    private static string Reason(Exception e) => e switch
    {
        DirectoryNotFoundException => "its folder does not exist",
        FileNotFoundException => "it does not exist",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        ArgumentException or NotSupportedException => "not a valid path",
        _ => e.Message.TrimEnd('.'),
    };
}
