using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The word table behind care community and condition lookups: every word found at its index, nothing else.</summary>
public sealed class ByteLookupTests
{
    [Fact]
    public void IndexOf_EveryConditionNameAndCommunity_IsFoundAtItsIndex_AndNearMissesAreNot()
    {
        string[] words = [.. PopulationTestKit.ConditionWords, .. PopulationTestKit.Communities];
        var lookup = new ByteLookup(words);

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, lookup.IndexOf(Encoding.UTF8.GetBytes(words[i])));
            Assert.Equal(-1, lookup.IndexOf(Encoding.UTF8.GetBytes(words[i] + "s")));
            Assert.Equal(-1, lookup.IndexOf(Encoding.UTF8.GetBytes(words[i][..^1])));
            Assert.Equal(-1, lookup.IndexOf(Encoding.UTF8.GetBytes(words[i].ToUpperInvariant())));
        }

        Assert.Equal(-1, lookup.IndexOf([]));
    }

    [Fact]
    public void IndexOf_MoreWordsThanTheSmallestTable_AreAllFound()
    {
        var words = Enumerable.Range(0, 1000).Select(i => string.Create(CultureInfo.InvariantCulture, $"community-{i}")).ToArray();
        var lookup = new ByteLookup(words);

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, lookup.IndexOf(Encoding.UTF8.GetBytes(words[i])));
        }

        Assert.Equal(-1, lookup.IndexOf("community-1000"u8));
    }
}
