using System.Runtime.CompilerServices;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// A fixed set of short ASCII words looked up by their bytes without allocating: an open-addressed table keyed by the
/// length and three of the word's bytes, each hit confirmed by comparing the bytes.
/// </summary>
internal sealed class ByteLookup
{
    private readonly byte[][] _words;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>Creates the table: at least 256 slots, and at least twice as many as words, so probes stay short.</summary>
    public ByteLookup(IReadOnlyList<string> words)
    {
        _slots = new int[Math.Max(256, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(words.Count * 2)))];
        _mask = _slots.Length - 1;
        _words = [.. words.Select(System.Text.Encoding.UTF8.GetBytes)];
        for (var w = 0; w < _words.Length; w++)
        {
            var slot = Slot(_words[w]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = w + 1;
        }
    }

    /// <summary>The word's index, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<byte> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        var slot = Slot(word);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (word.SequenceEqual(_words[entry - 1]))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ReadOnlySpan<byte> word) =>
        unchecked((word.Length * 31) + (word[0] * 7) + (word[word.Length / 2] * 13) + (word[^1] * 3)) & _mask;
}
