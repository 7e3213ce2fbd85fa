using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// Finds resident ids used on more than one accepted line, in memory that does not grow with the file (decision 0046):
/// during the pass, each accepted id's 64-bit hash goes into a fixed-size split-block Bloom filter (16 MiB); a hash the
/// filter may have seen becomes a candidate (exactly: true duplicates and the filter's rare false positives). When there
/// are candidates and the input can be read again, a second pass finds every line whose id has a candidate hash and
/// compares the ids themselves, so the answer is exact. Input that cannot be read twice (standard input) uses an exact
/// in-memory map of ids instead (memory grows with the number of residents).
/// </summary>
internal sealed class DuplicateIds
{
    /// <summary>The filter's size: 2^19 blocks of 256 bits, 16 MiB.</summary>
    private const int BlockBits = 19;

    private static readonly uint[] Salts = [0x47b6137bU, 0x44974d91U, 0x8824ad5bU, 0xa2b7289dU, 0x705495c7U, 0x2df1424bU, 0x9efc4947U, 0x5c6bfb31U];

    private static readonly Vector256<uint> SaltVector = Vector256.Create(Salts);

    private readonly uint[]? _filter;
    private readonly Dictionary<string, long>? _exact;

    public DuplicateIds(bool exact)
    {
        if (exact)
        {
            _exact = new Dictionary<string, long>(StringComparer.Ordinal);
        }
        else
        {
            _filter = new uint[(1 << BlockBits) * 8];
        }
    }

    /// <summary>True when ids are kept exactly in memory (no second pass).</summary>
    public bool IsExact => _exact is not null;

    /// <summary>The hashes the filter may have seen before (first pass, filter mode).</summary>
    public HashSet<ulong> Candidates { get; } = [];

    /// <summary>The duplicates found (exact mode during the pass; filter mode after <see cref="Confirm"/>).</summary>
    public List<(string Id, long FirstLine, long Line)> Found { get; } = [];

    /// <summary>The hash of an id given as characters: the same value as <see cref="Hash(ReadOnlySpan{byte})"/> of its ASCII bytes.</summary>
    public static ulong Hash(ReadOnlySpan<char> id)
    {
        Span<byte> bytes = stackalloc byte[Domain.PopulationHealth.ResidentId.MaxLength];
        if (id.Length <= bytes.Length && System.Text.Ascii.FromUtf16(id, bytes, out var written) == System.Buffers.OperationStatus.Done)
        {
            return Hash(bytes[..written]);
        }

        // Not an id any reader accepts (too long, or not ASCII): any value will do, the same every time.
        var h = 14695981039346656037UL;
        foreach (var c in id)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        return Mix(h);
    }

    /// <summary>
    /// The hash of an id in ASCII bytes: up to 16 bytes, two overlapping 64-bit words mixed with the length (one multiply
    /// each); longer, FNV-1a. Then a 64-bit finaliser, so every bit of the result depends on every byte.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<byte> id)
    {
        ulong h;
        if (id.Length >= 8 && id.Length <= 16)
        {
            var first = BinaryPrimitives.ReadUInt64LittleEndian(id);
            var last = BinaryPrimitives.ReadUInt64LittleEndian(id[^8..]);
            h = unchecked(((first * 0x9E3779B97F4A7C15UL) ^ (last + (ulong)id.Length)) * 0xC2B2AE3D27D4EB4FUL);
        }
        else
        {
            h = 14695981039346656037UL;
            foreach (var b in id)
            {
                h = unchecked((h ^ b) * 1099511628211UL);
            }
        }

        return Mix(h);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h = unchecked(h * 0xff51afd7ed558ccdUL);
        h ^= h >> 33;
        h = unchecked(h * 0xc4ceb9fe1a85ec53UL);
        h ^= h >> 33;
        return h;
    }

    /// <summary>Adds an accepted id, in input order.</summary>
    /// <param name="hash">Its hash.</param>
    /// <param name="id">The id (used in exact mode).</param>
    /// <param name="line">Its line.</param>
    public void Add(ulong hash, string id, long line)
    {
        if (_exact is not null)
        {
            if (!_exact.TryAdd(id, line))
            {
                Found.Add((id, _exact[id], line));
            }

            return;
        }

        if (AddToFilter(hash))
        {
            Candidates.Add(hash);
        }
    }

    /// <summary>Adds a block's accepted ids, in input order.</summary>
    /// <param name="hashes">Their hashes.</param>
    /// <param name="ids">The ids.</param>
    /// <param name="lines">Their lines.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddAll(ReadOnlySpan<ulong> hashes, ReadOnlySpan<string?> ids, ReadOnlySpan<long> lines)
    {
        if (_exact is not null)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                Add(hashes[i], ids[i]!, lines[i]);
            }

            return;
        }

        // Each hash lands in a random block of the 16 MiB filter, which the processor's caches mostly do not hold: ask for
        // the block of the hash PrefetchDistance places ahead while this one is set, so that the memory reads overlap.
        var filter = _filter!;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (Sse.IsSupported && i + PrefetchDistance < hashes.Length)
            {
                unsafe
                {
                    fixed (uint* ahead = &filter[BlockOf(hashes[i + PrefetchDistance])])
                    {
                        Sse.Prefetch0(ahead);
                    }
                }
            }

            if (AddToFilter(hashes[i]))
            {
                Candidates.Add(hashes[i]);
            }
        }
    }

    /// <summary>How many hashes ahead <see cref="AddAll"/> asks for the filter's block.</summary>
    private const int PrefetchDistance = 8;

    private static int BlockOf(ulong hash) => (int)(hash >> (64 - BlockBits)) * 8;

    /// <summary>Sets the hash's bits; true when all were already set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool AddToFilter(ulong hash)
    {
        var block = BlockOf(hash);
        var key = unchecked((uint)hash);
        var filter = _filter!;
        if (Avx2.IsSupported)
        {
            // The same eight bits as below, one per 32-bit word of the block, set with one load and one store.
            ref var start = ref MemoryMarshal.GetArrayDataReference(filter);
            var words = Vector256.LoadUnsafe(ref start, (nuint)block);
            var shifts = Vector256.ShiftRightLogical(Vector256.Create(key) * SaltVector, 27);
            var bits = Avx2.ShiftLeftLogicalVariable(Vector256<uint>.One, shifts);
            Vector256.StoreUnsafe(words | bits, ref start, (nuint)block);
            return (words & bits) == bits;
        }

        var seen = true;
        for (var i = 0; i < 8; i++)
        {
            var bit = 1u << (int)(unchecked(key * Salts[i]) >> 27);
            ref var word = ref filter[block + i];
            seen &= (word & bit) != 0;
            word |= bit;
        }

        return seen;
    }

    /// <summary>Second pass: the ids of candidate hashes, exactly. Records every duplicate (second and later lines).</summary>
    /// <param name="lines">Each accepted line of the input whose id hash is a candidate: its id and line, in order.</param>
    public void Confirm(IEnumerable<(string Id, long Line)> lines)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, line) in lines)
        {
            if (!first.TryAdd(id, line))
            {
                Found.Add((id, first[id], line));
            }
        }
    }
}
