using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using NodaTime;
using nietras.SeparatedValues;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>The formats a resident file comes in.</summary>
public enum ResidentFileFormat
{
    /// <summary>One JSON object per line.</summary>
    Ndjson = 0,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv = 1,
}

/// <summary>The byte formats results are written in (Parquet is the command line's, through <see cref="IClassifiedResidentSink"/>).</summary>
public enum ResultFileFormat
{
    /// <summary>One JSON object per line.</summary>
    Ndjson = 0,

    /// <summary>CSV with a header row, lists <c>;</c>-joined.</summary>
    Csv = 1,
}

/// <summary>How a population file is read and classified.</summary>
public sealed record ClassifySettings
{
    /// <summary>The longest line read by default: 1 MiB.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>The reference date: ages are in completed years on it, and no birth date may be after it.</summary>
    public required LocalDate ReferenceDate { get; init; }

    /// <summary>The classifier (complexity definition, segmentation, frailty options).</summary>
    public PopulationClassifier Classifier { get; init; } = PopulationClassifier.Default;

    /// <summary>The ICD-10 mapping for <c>diagnoses</c>.</summary>
    public Icd10Mapping Mapping { get; init; } = Icd10Mapping.Default;

    /// <summary>The care communities accepted: Cheshire East's eight unless others are given.</summary>
    public ImmutableArray<CareCommunityId> CareCommunities { get; init; } = CheshireEast.CareCommunityIds;

    /// <summary>The input format, or null to detect it (first non-blank byte <c>{</c>: NDJSON, else CSV).</summary>
    public ResidentFileFormat? InputFormat { get; init; }

    /// <summary>Worker threads (decision 0047): 1 runs everything on the calling thread.</summary>
    public int Threads { get; init => field = value is >= 1 and <= 64 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "From 1 to 64 threads."); } = 1;

    /// <summary>Limits: the longest list (<c>diagnoses</c>) and the longest echoed value.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;

    /// <summary>The longest line read; a longer one is rejected (<c>resident.line.too-long</c>) and skipped.</summary>
    public int MaxLineBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Positive."); } = DefaultMaxLineBytes;

    /// <summary>
    /// The usual size of a block of lines handed to a worker: small enough that a block and its results stay in the
    /// processor's cache. A block grows up to <see cref="MaxLineBytes"/> + 1 only to hold a longer line.
    /// </summary>
    public int BlockBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Positive."); } = 1 << 18;
}

/// <summary>Receives classified residents block by block, in input order (for formats the pipeline does not write itself).</summary>
public interface IClassifiedResidentSink
{
    /// <summary>Takes the next results.</summary>
    /// <param name="results">Results, in input order; the span is reused after the call.</param>
    void Write(ReadOnlySpan<ClassifiedResident> results);
}

/// <summary>Where a run's results, issues and progress go.</summary>
public sealed class ClassifyOutput
{
    /// <summary>The results as bytes (NDJSON or CSV), or null when <see cref="Rows"/> takes them.</summary>
    public Stream? Results { get; init; }

    /// <summary>The byte format of <see cref="Results"/>.</summary>
    public ResultFileFormat ResultFormat { get; init; }

    /// <summary>Takes the results as values instead of bytes (e.g. a Parquet writer).</summary>
    public IClassifiedResidentSink? Rows { get; init; }

    /// <summary>Where each issue (rejection or warning) is written as one NDJSON line, or null.</summary>
    public TextWriter? Issues { get; init; }

    /// <summary>Called after each block with the records and bytes read so far.</summary>
    public Action<long, long>? Progress { get; init; }
}

/// <summary>
/// The streaming <c>classify</c> pipeline: reads residents (NDJSON or CSV) without holding the input, validates and
/// classifies each, writes one result per accepted resident in input order, one issue line per rejection or warning,
/// and returns the run's summary. With several threads, a reader cuts the input into blocks at newlines, workers
/// parse, classify and format blocks into their own buffers, and blocks are written in order: the output is the same
/// bytes whatever the number of threads.
/// </summary>
public static class ClassifyPipeline
{
    /// <summary>
    /// Compiles the pipeline's hot path now — the methods marked to be compiled fully optimised on their first call: the
    /// NDJSON reader, the block loop, the result formatter, the duplicate filter, <see cref="PopulationClassifier.Classify"/>
    /// and <see cref="PopulationSummary.Add"/> — so that a run started soon after does not wait for the compiler; then builds
    /// the run summary's sorted collections once, on tiny inputs, so that their generic code is compiled too (decision 0067).
    /// Call it on another thread while the run is being set up (the command line does); optional, and calling it again
    /// compiles nothing new. It never throws: a method that cannot be compiled ahead is compiled on its first call, as
    /// without it.
    /// </summary>
    /// <returns>The number of methods compiled ahead: 0 where code is not compiled at run time (Native AOT, where it
    /// was all compiled when the program was built).</returns>
    public static int PrepareHotPath()
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
        {
            return 0;
        }

        var prepared = PrepareHotTypes();

        // The end of a run builds the summary's sorted collections once: their generic code is compiled here, while the
        // run is under way, rather than on the run's own thread after its last block (about 12 ms, decision 0067).
        try
        {
            _ = InLineOrder([("", 1, 2)]);
            _ = IssueCounts(new Dictionary<Domain.Validation.IssueCode, long> { [ResidentIssues.DuplicateId] = 1 });
        }
#pragma warning disable CA1031 // Compiling ahead is an optimisation, and the run builds these again itself.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return prepared;
    }

    /// <summary>Compiles the fully optimised methods of <see cref="HotTypes"/>.</summary>
    /// <returns>How many were compiled.</returns>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "The hot types are typeof constants. A method that trimming removed is never called, so it needs no compiling.")]
    private static int PrepareHotTypes()
    {
        var prepared = 0;
        foreach (var type in HotTypes)
        {
            foreach (var method in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            {
                if ((method.MethodImplementationFlags & System.Reflection.MethodImplAttributes.AggressiveOptimization) == 0 || method.ContainsGenericParameters)
                {
                    continue;
                }

                try
                {
                    System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(method.MethodHandle);
                    prepared++;
                }
#pragma warning disable CA1031 // Compiling ahead is an optimisation: a failure only means the method is compiled when first called.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }

        return prepared;
    }

    /// <summary>The duplicates found, in the order of their lines (the run summary's order).</summary>
    /// <param name="found">The duplicates, in the order found.</param>
    /// <returns>A new list, by line.</returns>
    internal static List<(string Id, long FirstLine, long Line)> InLineOrder(List<(string Id, long FirstLine, long Line)> found) =>
        found.OrderBy(d => d.Line).ToList();

    /// <summary>The run summary's issue counts: by code, in ordinal order of the code's text.</summary>
    /// <param name="issues">The counts by code.</param>
    /// <returns>The counts by the code's text.</returns>
    internal static ImmutableSortedDictionary<string, long> IssueCounts(IReadOnlyDictionary<Domain.Validation.IssueCode, long> issues) =>
        issues.ToImmutableSortedDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);

    /// <summary>The types whose fully optimised methods <see cref="PrepareHotPath"/> compiles.</summary>
    internal static Type[] HotTypes { get; } =
        [typeof(ResidentParser), typeof(BlockProcessor), typeof(NdjsonResultFormatter), typeof(DuplicateIds), typeof(PopulationClassifier), typeof(PopulationSummary)];

    /// <summary>Detects the format from the first bytes: the first byte that is not white space (after a BOM) <c>{</c> is NDJSON, else CSV.</summary>
    /// <param name="start">The first bytes of the input.</param>
    /// <returns>The format (NDJSON for input that is empty or blank).</returns>
    public static ResidentFileFormat Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        var first = start.IndexOfAnyExcept(" \t\r\n"u8);
        return first < 0 || start[first] == (byte)'{' ? ResidentFileFormat.Ndjson : ResidentFileFormat.Csv;
    }

    /// <summary>Runs the pipeline.</summary>
    /// <param name="input">The residents. When it can seek, duplicate ids are confirmed by a second pass over it.</param>
    /// <param name="settings">How to read and classify.</param>
    /// <param name="output">Where results and issues go.</param>
    /// <returns>The summary.</returns>
    public static ClassifyRunSummary Run(Stream input, ClassifySettings settings, ClassifyOutput output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var start = input.CanSeek ? input.Position : 0;
        var prefix = new byte[64 * 1024];
        var prefixLength = 0;
        while (prefixLength < prefix.Length)
        {
            var n = input.Read(prefix, prefixLength, prefix.Length - prefixLength);
            if (n == 0)
            {
                break;
            }

            prefixLength += n;
        }

        var format = settings.InputFormat ?? Detect(prefix.AsSpan(0, prefixLength));
        var run = new RunState(settings, output, exactIds: !input.CanSeek);
        var stream = new PrefixedStream(prefix, prefixLength, input);
        if (format == ResidentFileFormat.Ndjson)
        {
            run.Ndjson(stream);
        }
        else
        {
            run.Csv(stream);
        }

        var secondPass = false;
        if (!run.Duplicates.IsExact && run.Duplicates.Candidates.Count > 0)
        {
            input.Seek(start, SeekOrigin.Begin);
            run.Duplicates.Confirm(format == ResidentFileFormat.Ndjson ? run.NdjsonCandidates(input) : run.CsvCandidates(input));
            secondPass = true;
        }

        return run.Finish(format, secondPass);
    }

    /// <summary>One run's state.</summary>
    private sealed class RunState
    {
        private readonly ClassifySettings _settings;
        private readonly ClassifyOutput _output;
        private readonly CommunityTable _communities;
        private readonly int _capacity;
        private readonly List<BlockProcessor> _processors = [];
        private readonly object _readLock = new();
        private readonly object _writeLock = new();
        private long _lines;
        private long _blank;
        private long _accepted;
        private long _rejected;
        private long _warnings;
        private bool _headerWritten;
        private long _nextSequence;
        private long _nextToWrite;
        private ExceptionDispatchInfo? _failure;
        private Func<long>? _bytesRead;
        private char[] _issueChars = new char[1 << 16];
        private InputBlock? _pending;
        private CsvColumns? _csvColumns;
        private string? _csvHeaderProblem;

        public RunState(ClassifySettings settings, ClassifyOutput output, bool exactIds)
        {
            _settings = settings;
            _output = output;
            _communities = new CommunityTable(settings.CareCommunities);
            _capacity = Math.Max(settings.BlockBytes, settings.MaxLineBytes + 1);
            Duplicates = new DuplicateIds(exactIds);
        }

        public DuplicateIds Duplicates { get; }

        private BlockProcessor NewProcessor()
        {
            ResultFormatter? formatter = _output.Rows is not null ? null
                : _output.ResultFormat == ResultFileFormat.Csv ? new CsvResultFormatter(_settings.Classifier.Segmentation.Risk is not null)
                : new NdjsonResultFormatter(_settings.Classifier.Segmentation.Risk is not null);
            var processor = new BlockProcessor(_settings, _communities, formatter, keepIds: Duplicates.IsExact);
            lock (_processors)
            {
                _processors.Add(processor);
            }

            return processor;
        }

        public void Ndjson(Stream input)
        {
            var reader = new BlockReader(input, _capacity, _settings.BlockBytes);
            _bytesRead = () => reader.BytesRead;
            Blocks(reader, static (processor, block, result) => processor.Process(block, result));
        }

        /// <summary>
        /// Reads the input in blocks of whole lines and has <paramref name="process"/> work on each: on the calling thread
        /// with one thread, else on workers that write their blocks in input order (<see cref="Worker"/>). A block set
        /// aside before (<see cref="_pending"/>: the rest of a CSV's first block, after its header) goes first.
        /// </summary>
        private void Blocks(BlockReader reader, Action<BlockProcessor, InputBlock, BlockResult> process)
        {
            if (_settings.Threads == 1)
            {
                var processor = NewProcessor();
                var block = new InputBlock(_capacity);
                var result = new BlockResult();
                while (Next(reader, block))
                {
                    process(processor, block, result);
                    Emit(processor, result);
                    result.Clear();
                }

                return;
            }

            var slots = new Stack<Slot>();
            for (var i = 0; i < (2 * _settings.Threads) + 1; i++)
            {
                slots.Push(new Slot(_capacity));
            }

            var parallel = new Parallel(reader, slots, process);
            var threads = new Thread[_settings.Threads - 1];
            for (var i = 0; i < threads.Length; i++)
            {
                threads[i] = new Thread(() => Worker(parallel)) { IsBackground = true, Name = "classify worker" };
                threads[i].Start();
            }

            Worker(parallel);
            foreach (var thread in threads)
            {
                thread.Join();
            }

            _failure?.Throw();
        }

        /// <summary>The next block: the one set aside, if any, else the next from the reader.</summary>
        private bool Next(BlockReader reader, InputBlock block)
        {
            if (_pending is { } pending)
            {
                _pending = null;
                pending.Data.CopyTo(block.Buffer);
                block.Length = pending.Length;
                block.FirstLine = pending.FirstLine;
                block.TooLongLine = 0;
                return true;
            }

            return reader.Read(block);
        }

        /// <summary>
        /// One worker of several: takes a free slot, reads the next block into it (the only step under the read lock), works
        /// on it, and hands it over in order. No worker waits for another to finish: a finished block that is not the next
        /// in order waits in <see cref="Parallel.Ready"/>, and whichever worker holds the next one writes every block that
        /// is ready in order (one writer at a time). Memory is the slots: twice as many as workers, plus one.
        /// </summary>
        private void Worker(Parallel p)
        {
            try
            {
                var processor = NewProcessor();
                while (true)
                {
                    Slot slot;
                    lock (_writeLock)
                    {
                        while (p.Free.Count == 0 && _failure is null)
                        {
                            Monitor.Wait(_writeLock);
                        }

                        if (_failure is not null)
                        {
                            return;
                        }

                        slot = p.Free.Pop();
                    }

                    var got = false;
                    lock (_readLock)
                    {
                        if (!p.Ended && _failure is null)
                        {
                            got = Next(p.Reader, slot.Block);
                            p.Ended = !got;
                            slot.Sequence = _nextSequence++;
                        }
                    }

                    if (!got)
                    {
                        lock (_writeLock)
                        {
                            p.Free.Push(slot);
                            Monitor.PulseAll(_writeLock);
                        }

                        return;
                    }

                    p.Process(processor, slot.Block, slot.Result);
                    slot.Header = processor;
                    lock (_writeLock)
                    {
                        p.Ready.Add(slot.Sequence, slot);
                        if (p.Writing)
                        {
                            continue;
                        }

                        p.Writing = true;
                    }

                    // This worker is now the writer: it writes every block that is ready, in order, then lets go.
                    while (true)
                    {
                        Slot next;
                        lock (_writeLock)
                        {
                            if (_failure is not null || !p.Ready.Remove(_nextToWrite, out next!))
                            {
                                p.Writing = false;
                                break;
                            }
                        }

                        Emit(next.Header!, next.Result);
                        next.Result.Clear();
                        lock (_writeLock)
                        {
                            _nextToWrite++;
                            p.Free.Push(next);
                            Monitor.PulseAll(_writeLock);
                        }
                    }
                }
            }
#pragma warning disable CA1031 // The first failure of any worker is rethrown on the calling thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (_writeLock)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(e);
                    Monitor.PulseAll(_writeLock);
                }
            }
        }

        /// <summary>A block and what was made of it, reused.</summary>
        private sealed class Slot(int capacity)
        {
            public InputBlock Block { get; } = new(capacity);

            public BlockResult Result { get; } = new();

            public long Sequence { get; set; }

            public BlockProcessor? Header { get; set; }
        }

        /// <summary>The state the workers share (guarded by the run's locks).</summary>
        private sealed class Parallel(BlockReader reader, Stack<Slot> free, Action<BlockProcessor, InputBlock, BlockResult> process)
        {
            public BlockReader Reader { get; } = reader;

            public Action<BlockProcessor, InputBlock, BlockResult> Process { get; } = process;

            public Stack<Slot> Free { get; } = free;

            public Dictionary<long, Slot> Ready { get; } = [];

            public bool Ended { get; set; }

            public bool Writing { get; set; }
        }

        private void Emit(BlockProcessor processor, BlockResult result)
        {
            if (_output.Rows is { } rows)
            {
                if (result.Rows.Count > 0)
                {
                    rows.Write(CollectionsMarshal.AsSpan(result.Rows));
                }
            }
            else if (_output.Results is { } stream)
            {
                if (!_headerWritten)
                {
                    _headerWritten = true;
                    var header = processor.Formatter!.Header;
                    if (!header.IsEmpty)
                    {
                        stream.Write(header);
                    }
                }

                if (result.Output.WrittenCount > 0)
                {
                    stream.Write(result.Output.WrittenSpan);
                }
            }

            if (_output.Issues is { } issues && result.IssueLines.WrittenCount > 0)
            {
                // Through a reused character buffer: a string per block would land on the large object heap.
                var bytes = result.IssueLines.WrittenSpan;
                if (_issueChars.Length < bytes.Length)
                {
                    _issueChars = new char[Math.Max(bytes.Length, _issueChars.Length * 2)];
                }

                var n = System.Text.Encoding.UTF8.GetChars(bytes, _issueChars);
                issues.Write(_issueChars, 0, n);
            }

            var hashes = result.Hashes;
            var ids = result.Ids;
            var lines = result.IdLines;
            Duplicates.AddAll(hashes, ids, lines);

            _lines += result.Lines;
            _blank += result.Blank;
            _accepted += result.Accepted;
            _rejected += result.Rejected;
            _warnings += result.Warnings;
            _output.Progress?.Invoke(_accepted + _rejected, _bytesRead?.Invoke() ?? 0);
        }

        /// <summary>
        /// Reads a CSV: its first line is the header, read here; then blocks of whole lines, as NDJSON is read (on workers
        /// too), since a record is one line (decision 0068). Each block's lines are read by Sep; a line that is too long, not
        /// UTF-8, leaves a quote open or holds a stray carriage return is given to Sep empty and rejected with its code.
        /// </summary>
        public void Csv(Stream input)
        {
            var reader = new BlockReader(input, _capacity, _settings.BlockBytes);
            _bytesRead = () => reader.BytesRead;
            var first = new InputBlock(_capacity);
            var any = reader.Read(first);
            if (any)
            {
                _pending = CsvHeader(first);
            }

            Blocks(reader, CsvBlock);
            if (!any || (_csvHeaderProblem is not null && _accepted + _rejected == 0))
            {
                // No line at all, or a bad header and no record after it (blank lines at most): the header line itself is the
                // one record, rejected, so that a bad header is always reported.
                var processor = _processors[0];
                var result = new BlockResult { Lines = 1 };
                processor.Reject(result, new ResidentIssue(1, Severity.Error, ResidentIssues.InvalidCsvHeader, ResidentIssues.DocumentIntegrityRule, "",
                    _csvHeaderProblem ?? "The CSV has no header row."));
                processor.EndBlock(result);
                Emit(processor, result);
            }
        }

        /// <summary>
        /// Reads the header from the first block's first line; returns the same block holding the rest of its lines (moved
        /// to the front), or null when nothing is left.
        /// </summary>
        private InputBlock? CsvHeader(InputBlock first)
        {
            if (first.TooLongLine != 0)
            {
                _csvHeaderProblem = $"The header line is unreadable ({ResidentIssues.LineTooLong}).";
                return null;
            }

            var data = first.Data;
            var newline = data.IndexOf((byte)'\n');
            var text = newline < 0 ? data : data[..newline];
            if (CsvLineGuard.Unreadable(text, _settings.MaxLineBytes) is { } bad)
            {
                _csvHeaderProblem = $"The header line is unreadable ({bad}).";
            }
            else
            {
                using var sep = CsvReaderOptions.From(new MemoryStream(first.Buffer, 0, newline < 0 ? data.Length : newline + 1, writable: false));
                string[] names = [""];
                foreach (var row in sep)
                {
                    names = HeaderNames(row);
                    break;
                }

                if (!CsvColumns.TryCreate(names, out _csvColumns, out _csvHeaderProblem))
                {
                    _csvColumns = null;
                }
            }

            if (newline < 0 || newline + 1 == data.Length)
            {
                return null;
            }

            data[(newline + 1)..].CopyTo(first.Buffer);
            first.Length = data.Length - newline - 1;
            first.FirstLine++;
            return first;
        }

        /// <summary>How Sep reads resident CSV: no header of its own (the pipeline reads it), fields unescaped, any count.</summary>
        private static readonly SepReaderOptions CsvReaderOptions = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });

        /// <summary>Reads one block of CSV lines (each a record) into <paramref name="result"/>.</summary>
        private void CsvBlock(BlockProcessor processor, InputBlock block, BlockResult result)
        {
            var maxLine = _settings.MaxLineBytes;
            if (block.TooLongLine != 0)
            {
                result.Lines++;
                processor.Reject(result, new ResidentIssue(block.TooLongLine, Severity.Error, ResidentIssues.LineTooLong, ResidentIssues.DocumentIntegrityRule, "",
                    BadLineMessage(ResidentIssues.LineTooLong, maxLine)));
                processor.EndBlock(result);
                return;
            }

            // The lines Sep must not read are given to it empty, their newline kept so that line numbers stay right.
            var scratch = processor.CsvScratch;
            var bytes = block.Buffer;
            var length = block.Length;
            if (scratch.Blank(block, maxLine))
            {
                bytes = scratch.Clean;
                length = scratch.CleanLength;
            }

            // Every line Sep is given is one row (CsvLineGuard.Unreadable), blank lines too: the rows are counted, not taken
            // from Sep's line numbers.
            using var sep = CsvReaderOptions.From(new MemoryStream(bytes, 0, length, writable: false));
            var nextBad = 0;
            var line = block.FirstLine;
            foreach (var row in sep)
            {
                IssueCode? bad = null;
                if (nextBad < scratch.Bad.Count && scratch.Bad[nextBad].Line == line)
                {
                    bad = scratch.Bad[nextBad++].Code;
                }

                Row(processor, result, line++, bad, row, _csvColumns, _csvHeaderProblem, maxLine);
            }

            processor.EndBlock(result);
        }

        private static IssueCode? Bad(CsvLineGuard guard, SepReader.Row row)
        {
            IssueCode? bad = null;
            while (guard.BadLines.Count > 0 && guard.BadLines.Peek().Line < row.LineNumberToExcl)
            {
                var (line, code) = guard.BadLines.Dequeue();
                if (line >= row.LineNumberFrom && bad is null)
                {
                    bad = code;
                }
            }

            return bad;
        }

        private static void Row(BlockProcessor processor, BlockResult result, long line, IssueCode? bad, SepReader.Row row, CsvColumns? columns, string? headerProblem, int maxLine)
        {
            result.Lines++;
            if (bad is { } code)
            {
                processor.Reject(result, new ResidentIssue(line, Severity.Error, code, ResidentIssues.DocumentIntegrityRule, "", BadLineMessage(code, maxLine)));
                return;
            }

            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                result.Blank++;
                return;
            }

            if (columns is null)
            {
                processor.Reject(result, new ResidentIssue(line, Severity.Error, ResidentIssues.InvalidCsvHeader, ResidentIssues.DocumentIntegrityRule, "",
                    $"The row is not read because the header (line 1) is invalid: {headerProblem}"));
                return;
            }

            if (processor.Parser.TryReadCsv(row, columns, line))
            {
                processor.Accept(line, result);
            }
            else
            {
                processor.Reject(result, processor.Parser.Rejection!);
            }
        }

        /// <summary>Why a line the guard passed on empty was not read.</summary>
        private static string BadLineMessage(IssueCode bad, int maxLine) =>
            bad == ResidentIssues.LineTooLong ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The line is longer than {maxLine} bytes and was not read (skipped to the next newline).")
            : bad == ResidentIssues.CsvCarriageReturn ? "The line holds a carriage return that does not end it. A resident record is one line, ended by LF or CR LF, so the line is not read (not as two rows)."
            : bad == ResidentIssues.CsvUnterminatedQuote ? "The line has a double quote it does not close (an odd number of double quotes). A resident record is one line, so the line is not read and the next line is read as the next record."
            : "The line is not valid UTF-8.";

        private static string[] HeaderNames(SepReader.Row row)
        {
            var names = new string[row.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = row[i].ToString();
            }

            return names;
        }

        /// <summary>Second pass over NDJSON: every accepted line whose id hash is a candidate, with its id.</summary>
        public IEnumerable<(string Id, long Line)> NdjsonCandidates(Stream input)
        {
            var reader = new BlockReader(input, _capacity, _settings.BlockBytes);
            var block = new InputBlock(_capacity);
            var parser = new ResidentParser(_communities, _settings.ReferenceDate, _settings.Mapping, _settings.Limits);
            var found = new List<(string, long)>();
            while (reader.Read(block))
            {
                if (block.TooLongLine != 0)
                {
                    continue;
                }

                var data = block.Data;
                var line = block.FirstLine;
                while (!data.IsEmpty)
                {
                    var newline = data.IndexOf((byte)'\n');
                    var text = newline < 0 ? data : data[..newline];
                    data = newline < 0 ? default : data[(newline + 1)..];
                    if (line == 1 && text.StartsWith("\uFEFF"u8))
                    {
                        text = text[3..];
                    }

                    if (text.Length <= _settings.MaxLineBytes && ResidentIdScan.TryHash(text.EndsWith("\r"u8) ? text[..^1] : text, out var hash) && Duplicates.Candidates.Contains(hash)
                        && parser.TryReadJson(text.EndsWith("\r"u8) ? text[..^1] : text, line))
                    {
                        found.Add((parser.Resident.Id.Value, line));
                    }

                    line++;
                }
            }

            return found;
        }

        /// <summary>Second pass over CSV.</summary>
        public IEnumerable<(string Id, long Line)> CsvCandidates(Stream input)
        {
            var parser = new ResidentParser(_communities, _settings.ReferenceDate, _settings.Mapping, _settings.Limits);
            var found = new List<(string, long)>();
            using var guard = new CsvLineGuard(input, _settings.MaxLineBytes, _capacity);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(guard);
            CsvColumns? columns = null;
            foreach (var row in reader)
            {
                var bad = Bad(guard, row);
                if (columns is null)
                {
                    if (bad is not null || !CsvColumns.TryCreate(HeaderNames(row), out columns, out _))
                    {
                        return found;
                    }

                    continue;
                }

                var idColumn = columns.IndexOf(1);
                if (bad is null && row.ColCount == columns.Count && Duplicates.Candidates.Contains(DuplicateIds.Hash(row[idColumn].Span))
                    && parser.TryReadCsv(row, columns, row.LineNumberFrom))
                {
                    found.Add((parser.Resident.Id.Value, row.LineNumberFrom));
                }
            }

            return found;
        }

        public ClassifyRunSummary Finish(ResidentFileFormat format, bool secondPass)
        {
            var duplicates = InLineOrder(Duplicates.Found);
            var total = _processors[0].Summary;
            foreach (var other in _processors.Skip(1))
            {
                total.Merge(other.Summary);
            }

            foreach (var (id, firstLine, line) in duplicates)
            {
                total.Count(ResidentIssues.DuplicateId);
                _output.Issues?.Write(ResidentIssueJson.Line(new ResidentIssue(line, Severity.Warning, ResidentIssues.DuplicateId, ResidentIssues.PopulationRule, "id",
                    $"The id is also used on line {firstLine}; both residents are classified.", id, FirstLine: firstLine)));
            }

            return new ClassifyRunSummary
            {
                Format = format,
                ReferenceDate = _settings.ReferenceDate,
                Lines = _lines,
                BlankLines = _blank,
                Accepted = _accepted,
                Rejected = _rejected,
                Warnings = _warnings + duplicates.Count,
                Duplicates = duplicates.Count,
                DuplicateCheck = Duplicates.IsExact ? "exact-in-memory" : "bloom-filter-and-second-pass",
                SecondPass = secondPass,
                IssueCounts = IssueCounts(total.Issues),
                Population = total.Population,
            };
        }
    }
}
