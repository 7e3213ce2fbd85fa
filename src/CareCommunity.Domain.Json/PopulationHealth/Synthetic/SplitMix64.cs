namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the reference C
/// code is Vigna's <c>splitmix64.c</c>): a 64-bit state advanced by the golden-ratio increment and mixed by two
/// multiply-xorshift rounds. It is the synthetic population's only source of randomness, written out here because the
/// algorithms behind <see cref="System.Random"/> are not a stability contract across .NET versions
/// (docs/decisions/0050). Only integer arithmetic: the same seed gives the same sequence on every machine.
/// </summary>
internal struct SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>Starts a sequence.</summary>
    /// <param name="seed">The initial state.</param>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The SplitMix64 finaliser (a bijection of 64-bit values), used to derive independent seeds.</summary>
    /// <param name="z">The value to mix.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The generator of one resident: resident <paramref name="index"/> of the population seeded <paramref name="seed"/>
    /// starts from <c>Mix(seed ^ Mix(index + golden gamma))</c>, so every resident's draws are independent of how many
    /// residents are written (a file of N residents is the first N lines of a larger one with the same seed).</summary>
    /// <param name="seed">The population's seed.</param>
    /// <param name="index">The resident's zero-based index.</param>
    /// <returns>The resident's generator.</returns>
    public static SplitMix64 ForResident(ulong seed, ulong index)
    {
        unchecked
        {
            return new SplitMix64(Mix(seed ^ Mix(index + GoldenGamma)));
        }
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The value.</returns>
    public ulong Next()
    {
        unchecked
        {
            _state += GoldenGamma;
            return Mix(_state);
        }
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits of <see cref="Next"/> times 2^-53 (exact in IEEE 754).</summary>
    /// <returns>The value.</returns>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), by Lemire's multiply-shift on 32 bits (bias below 2^-32 · bound, immaterial here).</summary>
    /// <param name="bound">The exclusive upper bound, at least 1.</param>
    /// <returns>The value.</returns>
    public int NextInt(int bound)
    {
        unchecked
        {
            return (int)(((Next() >> 32) * (ulong)(uint)bound) >> 32);
        }
    }
}
