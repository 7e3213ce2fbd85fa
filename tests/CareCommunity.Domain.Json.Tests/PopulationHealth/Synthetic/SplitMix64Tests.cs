using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth.Synthetic;

/// <summary>The synthetic population's PRNG against the reference implementation (Vigna's splitmix64.c).</summary>
public sealed class SplitMix64Tests
{
    [Fact]
    public void Next_Seed1234567_GivesTheReferenceSequence()
    {
        // The first outputs of splitmix64.c seeded with 1234567 (the published test vector of the reference code).
        var rng = new SplitMix64(1234567);

        ulong[] actual = [rng.Next(), rng.Next(), rng.Next(), rng.Next(), rng.Next()];

        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL], actual);
    }

    [Property]
    public bool NextDouble_AnySeed_IsInTheUnitInterval(ulong seed)
    {
        var rng = new SplitMix64(seed);
        for (var i = 0; i < 100; i++)
        {
            var u = rng.NextDouble();
            if (u is < 0 or >= 1)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool NextInt_AnySeedAndBound_IsBelowTheBound(ulong seed, ushort bound)
    {
        var rng = new SplitMix64(seed);
        var b = bound + 1;
        for (var i = 0; i < 50; i++)
        {
            var value = rng.NextInt(b);
            if (value < 0 || value >= b)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void ForResident_NeighbouringIndexes_StartIndependentStreams()
    {
        var a = SplitMix64.ForResident(42, 0);
        var b = SplitMix64.ForResident(42, 1);
        var c = SplitMix64.ForResident(43, 0);

        var first = a.Next();
        Assert.NotEqual(first, b.Next());
        Assert.NotEqual(first, c.Next());
    }
}
