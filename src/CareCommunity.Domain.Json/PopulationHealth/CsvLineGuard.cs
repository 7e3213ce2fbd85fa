using System.Text.Unicode;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The stream Sep reads a resident CSV through: it passes whole lines on, but a line longer than the limit, not valid
/// UTF-8, or with a quote it does not close (an odd number of <c>"</c>) is passed on empty (its newline kept, so line
/// numbers stay right) and noted, so the row that holds it is rejected with the right code. Sep never buffers a huge
/// line, never silently replaces bad bytes, and never reads on past a newline inside a quote: every record is one line
/// (decision 0068), so an unclosed quote cannot take the rest of the file into one row.
/// </summary>
internal sealed class CsvLineGuard : Stream
{
    private readonly BlockReader _reader;
    private readonly InputBlock _block;
    private readonly byte[] _clean;
    private readonly int _maxLine;
    private int _cleanLength;
    private int _position;

    public CsvLineGuard(Stream input, int maxLine, int capacity)
    {
        _reader = new BlockReader(input, capacity, capacity);
        _block = new InputBlock(capacity);
        _clean = new byte[capacity];
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
            _clean[_cleanLength++] = (byte)'\n';
            return true;
        }

        var data = _block.Data;
        var line = _block.FirstLine;
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            var text = newline < 0 ? data : data[..newline];
            var bad = text.Length > _maxLine ? ResidentIssues.LineTooLong
                : !Utf8.IsValid(text) ? ResidentIssues.InvalidUtf8
                : (text.Count((byte)'"') & 1) != 0 ? ResidentIssues.CsvUnterminatedQuote
                : default;
            if (bad.IsDefault)
            {
                text.CopyTo(_clean.AsSpan(_cleanLength));
                _cleanLength += text.Length;
            }
            else
            {
                BadLines.Enqueue((line, bad));
            }

            if (newline >= 0)
            {
                _clean[_cleanLength++] = (byte)'\n';
            }

            data = newline < 0 ? default : data[(newline + 1)..];
            line++;
        }

        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
