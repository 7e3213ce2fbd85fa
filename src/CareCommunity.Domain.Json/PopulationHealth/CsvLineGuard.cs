using System.Text.Unicode;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The stream Sep reads a resident CSV through (the duplicate check's second pass): it passes whole lines on, but a line
/// that <see cref="Unreadable"/> refuses (longer than the limit, not valid UTF-8, a quote it does not close, a carriage
/// return that does not end it) is passed on empty (its newline kept, so line numbers stay right) and noted, so the row
/// that holds it is rejected with the right code. Sep never buffers a huge line, never silently replaces bad bytes, and
/// never reads on past a newline inside a quote: every record is one line (decision 0068).
/// </summary>
internal sealed class CsvLineGuard : Stream
{
    private static readonly byte[] Newline = [(byte)'\n'];

    private readonly BlockReader _reader;
    private readonly InputBlock _block;
    private readonly CsvBlockScratch _scratch = new();
    private readonly int _maxLine;
    private byte[] _clean = [];
    private int _cleanLength;
    private int _position;

    public CsvLineGuard(Stream input, int maxLine, int capacity)
    {
        _reader = new BlockReader(input, capacity, capacity);
        _block = new InputBlock(capacity);
        _maxLine = maxLine;
    }

    /// <summary>The longest line passed on.</summary>
    public int MaxLine => _maxLine;

    /// <summary>The lines passed on empty, in order, with the code they are rejected with.</summary>
    public Queue<(long Line, IssueCode Code)> BadLines { get; } = new();

    /// <summary>The bytes read from the input so far.</summary>
    public long BytesRead => _reader.BytesRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position == _cleanLength)
        {
            if (!Fill())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _cleanLength - _position);
        _clean.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    private bool Fill()
    {
        _position = 0;
        _cleanLength = 0;
        if (!_reader.Read(_block))
        {
            return false;
        }

        if (_block.TooLongLine != 0)
        {
            BadLines.Enqueue((_block.TooLongLine, ResidentIssues.LineTooLong));
            (_clean, _cleanLength) = (Newline, 1);
            return true;
        }

        if (_scratch.Blank(_block, _maxLine))
        {
            foreach (var bad in _scratch.Bad)
            {
                BadLines.Enqueue(bad);
            }

            (_clean, _cleanLength) = (_scratch.Clean, _scratch.CleanLength);
        }
        else
        {
            (_clean, _cleanLength) = (_block.Buffer, _block.Length);
        }

        return true;
    }

    /// <summary>
    /// Why Sep must not read a CSV line (without its newline), or null when it may: longer than the limit, not valid
    /// UTF-8, with a quote it does not close, or with a carriage return that does not end it (Sep would end a row
    /// there). So every line Sep reads is exactly one row (decision 0068).
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="maxLine">The longest line read.</param>
    /// <returns>The code the line is rejected with, or null.</returns>
    public static IssueCode? Unreadable(ReadOnlySpan<byte> text, int maxLine) =>
        text.Length > maxLine ? ResidentIssues.LineTooLong
        : !Utf8.IsValid(text) ? ResidentIssues.InvalidUtf8
        : (text.Count((byte)'"') & 1) != 0 ? ResidentIssues.CsvUnterminatedQuote
        : (text.EndsWith((byte)'\r') ? text[..^1] : text).Contains((byte)'\r') ? ResidentIssues.CsvCarriageReturn
        : null;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// One worker's buffers for a CSV block: the lines Sep must not read (<see cref="CsvLineGuard.Unreadable"/>), by number,
/// and, when there are any, a copy of the block with those lines empty.
/// </summary>
internal sealed class CsvBlockScratch
{
    /// <summary>The block with its unreadable lines empty (valid after <see cref="Blank"/> returned true).</summary>
    public byte[] Clean { get; private set; } = [];

    /// <summary>The length of <see cref="Clean"/>'s content.</summary>
    public int CleanLength { get; private set; }

    /// <summary>The block's unreadable lines, in order, with their codes.</summary>
    public List<(long Line, IssueCode Code)> Bad { get; } = [];

    /// <summary>Finds the block's unreadable lines; when there are any, writes <see cref="Clean"/>.</summary>
    /// <param name="block">The block.</param>
    /// <param name="maxLine">The longest line read.</param>
    /// <returns>True when some line is unreadable (read <see cref="Clean"/> instead of the block).</returns>
    public bool Blank(InputBlock block, int maxLine)
    {
        Bad.Clear();
        var data = block.Data;
        var line = block.FirstLine;
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            if (CsvLineGuard.Unreadable(newline < 0 ? data : data[..newline], maxLine) is { } bad)
            {
                Bad.Add((line, bad));
            }

            data = newline < 0 ? default : data[(newline + 1)..];
            line++;
        }

        if (Bad.Count == 0)
        {
            return false;
        }

        if (Clean.Length < block.Length)
        {
            Clean = new byte[block.Buffer.Length];
        }

        data = block.Data;
        line = block.FirstLine;
        var length = 0;
        var next = 0;
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            var text = newline < 0 ? data : data[..newline];
            if (next < Bad.Count && Bad[next].Line == line)
            {
                next++;
            }
            else
            {
                text.CopyTo(Clean.AsSpan(length));
                length += text.Length;
            }

            if (newline >= 0)
            {
                Clean[length++] = (byte)'\n';
            }

            data = newline < 0 ? default : data[(newline + 1)..];
            line++;
        }

        CleanLength = length;
        return true;
    }
}

/// <summary>A read-only stream: some bytes already read (to detect the format), then the rest of the input.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
