using System.Buffers.Binary;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// A small direct-mapped cache of ICD-10 lookups by the code's UTF-8 bytes (codes of up to 16 bytes): a population
/// uses a few thousand distinct codes, so nearly every lookup after the first few thousand residents is one compare.
/// One per parser (per thread); it never grows.
/// </summary>
internal sealed class CodeCache
{
    private const int Size = 4096;
    private readonly ulong[] _low = new ulong[Size];
    private readonly ulong[] _high = new ulong[Size];
    private readonly byte[] _length = new byte[Size];
    private readonly CodedFinding[] _finding = new CodedFinding[Size];
    private readonly bool[] _mapped = new bool[Size];

    public bool TryGet(ReadOnlySpan<byte> code, out CodedFinding finding, out bool mapped)
    {
        finding = default;
        mapped = false;
        if (!Key(code, out var low, out var high))
        {
            return false;
        }

        var slot = Slot(low, high);
        if (_length[slot] != code.Length || _low[slot] != low || _high[slot] != high)
        {
            return false;
        }

        finding = _finding[slot];
        mapped = _mapped[slot];
        return true;
    }

    public void Set(ReadOnlySpan<byte> code, CodedFinding finding, bool mapped)
    {
        if (!Key(code, out var low, out var high))
        {
            return;
        }

        var slot = Slot(low, high);
        _low[slot] = low;
        _high[slot] = high;
        _length[slot] = (byte)code.Length;
        _finding[slot] = finding;
        _mapped[slot] = mapped;
    }

    private static bool Key(ReadOnlySpan<byte> code, out ulong low, out ulong high)
    {
        low = high = 0;
        if (code.IsEmpty || code.Length > 16)
        {
            return false;
        }

        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        code.CopyTo(padded);
        low = BinaryPrimitives.ReadUInt64LittleEndian(padded);
        high = BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]);
        return true;
    }

    private static int Slot(ulong low, ulong high) => (int)(unchecked(((low * 0x9E3779B97F4A7C15UL) ^ high) * 0xC2B2AE3D27D4EB4FUL) >> 52);
}
