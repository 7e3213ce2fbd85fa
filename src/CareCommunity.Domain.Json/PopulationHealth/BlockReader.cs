namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// A block of whole lines of the input, in a buffer that is reused: the unit the pipeline hands to a worker. Or, when
/// <see cref="TooLongLine"/> is set, no data: the reader met a line longer than its buffer and skipped it.
/// </summary>
internal sealed class InputBlock(int capacity)
{
    /// <summary>The buffer (its first <see cref="Length"/> bytes are the block).</summary>
    public byte[] Buffer { get; } = new byte[capacity];

    /// <summary>The number of bytes in the block.</summary>
    public int Length { get; set; }

    /// <summary>The number of the block's first line.</summary>
    public long FirstLine { get; set; }

    /// <summary>When not 0, the number of a line too long to buffer, which was skipped; the block holds nothing else.</summary>
    public long TooLongLine { get; set; }

    /// <summary>The block's lines, without their newlines.</summary>
    public ReadOnlySpan<byte> Data => Buffer.AsSpan(0, Length);
}

/// <summary>
/// Cuts a stream into blocks of whole lines (<see cref="InputBlock"/>), numbering lines as it goes, so that blocks can
/// be worked on in parallel and still report 1-based line numbers. Memory is two buffers whatever the input: a line
/// longer than a buffer is reported by its number and skipped up to the next newline without being held.
/// </summary>
internal sealed class BlockReader
{
    private readonly Stream _input;
    private readonly byte[] _carry;
    private int _carryLength;
    private bool _eof;
    private long _nextLine = 1;

    private readonly int _target;

    /// <summary>Creates a reader.</summary>
    /// <param name="input">The input.</param>
    /// <param name="capacity">The block buffers' size; must be larger than the longest line accepted.</param>
    /// <param name="target">The usual size of a block (at most <paramref name="capacity"/>): a block is cut at the last newline
    /// within it, and grows towards the capacity only when a line is longer — small blocks stay in the processor's cache.</param>
    public BlockReader(Stream input, int capacity, int target)
    {
        _input = input;
        Capacity = capacity;
        _target = Math.Clamp(target, 1, capacity);
        _carry = new byte[capacity];
    }

    /// <summary>The block buffers' size.</summary>
    public int Capacity { get; }

    /// <summary>The bytes read from the input so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next block.</summary>
    /// <param name="block">The block to fill (its buffer must be <see cref="Capacity"/> long).</param>
    /// <returns>False at the end of the input.</returns>
    public bool Read(InputBlock block)
    {
        var buffer = block.Buffer;
        block.TooLongLine = 0;
        block.Length = 0;
        if (_eof && _carryLength == 0)
        {
            return false;
        }

        _carry.AsSpan(0, _carryLength).CopyTo(buffer);
        var filled = _carryLength;
        _carryLength = 0;
        var goal = Math.Max(_target, filled);
        while (!_eof && (filled < goal || (filled < buffer.Length && buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') < 0)))
        {
            // Up to the usual size; beyond it only while the block holds no newline yet (a long line), up to the capacity.
            var want = filled < goal ? goal - filled : buffer.Length - filled;
            var n = _input.Read(buffer, filled, want);
            if (n == 0)
            {
                _eof = true;
                break;
            }

            filled += n;
            BytesRead += n;
        }

        if (filled == 0)
        {
            return false;
        }

        block.FirstLine = _nextLine;
        var data = buffer.AsSpan(0, filled);
        if (_eof)
        {
            block.Length = filled;
            _nextLine += data.Count((byte)'\n') + (data[^1] == (byte)'\n' ? 0 : 1);
            return true;
        }

        var last = data.LastIndexOf((byte)'\n');
        if (last < 0)
        {
            // A whole buffer without a newline: the line is longer than any line accepted. Skip it.
            block.TooLongLine = _nextLine++;
            SkipToNextLine(buffer);
            return true;
        }

        block.Length = last + 1;
        _nextLine += data[..block.Length].Count((byte)'\n');
        _carryLength = filled - block.Length;
        data[block.Length..].CopyTo(_carry);
        return true;
    }

    private void SkipToNextLine(byte[] scratch)
    {
        while (true)
        {
            var n = _input.Read(scratch, 0, scratch.Length);
            if (n == 0)
            {
                _eof = true;
                return;
            }

            BytesRead += n;
            var newline = scratch.AsSpan(0, n).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _carryLength = n - newline - 1;
                scratch.AsSpan(newline + 1, _carryLength).CopyTo(_carry);
                return;
            }
        }
    }
}
