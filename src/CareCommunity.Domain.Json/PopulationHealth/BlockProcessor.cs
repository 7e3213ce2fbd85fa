using System.Buffers;
using System.Runtime.CompilerServices;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>What a worker made of one block: its output bytes (or rows), its issues, its accepted ids, its counts.</summary>
internal sealed class BlockResult
{
    private ulong[] _hashes = new ulong[4096];
    private long[] _lines = new long[4096];
    private string?[] _ids = new string?[4096];

    public ArrayBufferWriter<byte> Output { get; } = new(1 << 20);

    public List<ResidentIssue> Issues { get; } = [];

    /// <summary>The block's issues as NDJSON lines, formatted on the worker's thread.</summary>
    public ArrayBufferWriter<byte> IssueLines { get; } = new(4096);

    public List<ClassifiedResident> Rows { get; } = [];

    public int IdCount { get; private set; }

    public long Lines { get; set; }

    public long Blank { get; set; }

    public long Accepted { get; set; }

    public long Rejected { get; set; }

    public long Warnings { get; set; }

    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, IdCount);

    public ReadOnlySpan<long> IdLines => _lines.AsSpan(0, IdCount);

    /// <summary>The ids themselves, when kept (exact duplicate check); else nulls.</summary>
    public ReadOnlySpan<string?> Ids => _ids.AsSpan(0, IdCount);

    public void AddId(ulong hash, long line, string? id)
    {
        unchecked
        {
            if (IdCount == _hashes.Length)
            {
                Array.Resize(ref _hashes, IdCount * 2);
                Array.Resize(ref _lines, IdCount * 2);
                Array.Resize(ref _ids, IdCount * 2);
            }

            _hashes[IdCount] = hash;
            _lines[IdCount] = line;
            _ids[IdCount] = id;
            IdCount++;
        }
    }

    public void Clear()
    {
        Output.ResetWrittenCount();
        IssueLines.ResetWrittenCount();
        Issues.Clear();
        Rows.Clear();
        Array.Clear(_ids, 0, IdCount);
        IdCount = 0;
        Lines = Blank = Accepted = Rejected = Warnings = 0;
    }
}

/// <summary>
/// A worker: parses, validates, classifies and formats the lines of a block, adding to its own issue counts and
/// population summary (merged when the run ends). Everything it needs is its own, so workers share nothing while they work.
/// </summary>
internal sealed class BlockProcessor
{
    private readonly ResidentParser _parser;
    private readonly PopulationClassifier _classifier;
    private readonly LocalDate _referenceDate;
    private readonly ResultFormatter? _formatter;
    private readonly CommunityTable _communities;
    private readonly int _maxLine;
    private readonly int _maxEcho;
    private readonly bool _keepIds;
    private System.Text.Json.Utf8JsonWriter? _issueJson;

    public BlockProcessor(ClassifySettings settings, CommunityTable communities, ResultFormatter? formatter, bool keepIds)
    {
        _keepIds = keepIds;
        _communities = communities;
        _parser = new ResidentParser(communities, settings.ReferenceDate, settings.Mapping, settings.Limits);
        _classifier = settings.Classifier;
        _referenceDate = settings.ReferenceDate;
        _formatter = formatter;
        _maxLine = settings.MaxLineBytes;
        _maxEcho = settings.Limits.MaxEchoedValueLength;
        Summary = new ClassifySummaryAccumulator(settings.ReferenceDate);
    }

    /// <summary>The result formatter, or null when results are kept as values.</summary>
    public ResultFormatter? Formatter => _formatter;

    /// <summary>This worker's counts and population summary.</summary>
    public ClassifySummaryAccumulator Summary { get; }

    /// <summary>The parser (the CSV path and the second pass use it directly).</summary>
    public ResidentParser Parser => _parser;

    /// <summary>This worker's buffers for CSV blocks (made on first use).</summary>
    public CsvBlockScratch CsvScratch => field ??= new CsvBlockScratch();

    /// <summary>Processes a block of NDJSON lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(InputBlock block, BlockResult result)
    {
        unchecked
        {
            if (block.TooLongLine != 0)
            {
                result.Lines++;
                Reject(result, TooLong(block.TooLongLine));
                return;
            }

            var data = block.Data;
            var line = block.FirstLine;
            while (!data.IsEmpty)
            {
                // The fast path finds the line's end as it reads it; the first line (which may start with a byte order mark)
                // and every line it declines are cut at their newline and read the general way.
                if (line != 1 && _parser.TryReadJsonFastLine(data, line, _maxLine) is var taken and > 0)
                {
                    result.Lines++;
                    Accept(line++, result);
                    data = data[taken..];
                    continue;
                }

                var newline = data.IndexOf((byte)'\n');
                var text = newline < 0 ? data : data[..newline];
                data = newline < 0 ? default : data[(newline + 1)..];
                Line(text, line++, result);
            }

            _formatter?.EndBlock(result.Output);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Line(ReadOnlySpan<byte> text, long line, BlockResult result)
    {
        result.Lines++;
        if (line == 1 && text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        if (!text.IsEmpty && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        if (text.IsEmpty || (text[0] is (byte)' ' or (byte)'\t' && text.IndexOfAnyExcept(" \t"u8) < 0))
        {
            result.Blank++;
            return;
        }

        if (text.Length > _maxLine)
        {
            Reject(result, TooLong(line));
            return;
        }

        if (_parser.TryReadJsonFast(text, line) || _parser.TryReadJson(text, line))
        {
            Accept(line, result);
        }
        else
        {
            Reject(result, _parser.Rejection!);
        }
    }

    /// <summary>The parser accepted a record: classify, summarise, format, remember the id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accept(long line, BlockResult result)
    {
        unchecked
        {
            // The resident without its id's string: the classifier and the summary never read the id, and the formatter and the
            // duplicate check take its bytes. The string is made only when results are kept as values or ids kept exactly.
            var resident = _parser.Anonymous;
            var classification = _classifier.Classify(in resident, _referenceDate);
            var community = _parser.CommunityIndex;
            Summary.Population.Add(in resident, in classification);
            result.Accepted++;
            var id = _parser.IdUtf8;
            if (_formatter is null)
            {
                result.Rows.Add(new ClassifiedResident(line, _parser.Resident, classification));
            }
            else
            {
                _formatter.Write(line, id, _communities.Utf8(community), in classification, result.Output);
            }

            result.AddId(DuplicateIds.Hash(id), line, _keepIds ? _parser.Resident.Id.Value : null);
            if (_parser.Warnings.Count > 0)
            {
                foreach (var warning in _parser.Warnings)
                {
                    result.Warnings++;
                    result.Issues.Add(warning);
                    Format(warning, result);
                    Summary.Count(warning.Code);
                }
            }
        }
    }

    /// <summary>Records a rejection.</summary>
    public void Reject(BlockResult result, ResidentIssue issue)
    {
        result.Rejected++;
        result.Issues.Add(issue);
        Format(issue, result);
        Summary.Count(issue.Code);
    }

    private void Format(ResidentIssue issue, BlockResult result)
    {
        if (_issueJson is null)
        {
            _issueJson = new System.Text.Json.Utf8JsonWriter(result.IssueLines);
        }
        else
        {
            _issueJson.Reset(result.IssueLines);
        }

        ResidentIssueJson.Write(_issueJson, issue);
        _issueJson.Flush();
        result.IssueLines.Write("\n"u8);
    }

    /// <summary>Ends a block (flushes a CSV formatter).</summary>
    public void EndBlock(BlockResult result) => _formatter?.EndBlock(result.Output);

    private ResidentIssue TooLong(long line) =>
        new(line, Severity.Error, ResidentIssues.LineTooLong, ResidentIssues.DocumentIntegrityRule, "",
            $"The line is longer than {_maxLine} bytes and was not read (skipped to the next newline).");

    /// <summary>The echo limit (for the CSV path's own issues).</summary>
    public int MaxEcho => _maxEcho;
}
