using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The duplicate-id filter (decision 0046): a hash seen twice is always a candidate; distinct ids rarely are.</summary>
public sealed class DuplicateIdsTests
{
    private static readonly Arbitrary<string> Ids =
        Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-".ToCharArray())
            .ArrayOf().Where(a => a.Length is >= 1 and <= 64).Select(a => new string(a)).ToArbitrary();

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Hash_OfCharactersAndOfTheirAsciiBytes_IsTheSame() =>
        Prop.ForAll(Ids, id => DuplicateIds.Hash(id.AsSpan()) == DuplicateIds.Hash(Encoding.ASCII.GetBytes(id)));

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Add_AnIdSeenBefore_IsAlwaysACandidate() =>
        Prop.ForAll(Ids.Generator.ArrayOf().Where(a => a.Length is > 0 and < 300).ToArbitrary(), Ids, (others, id) =>
        {
            var filter = new DuplicateIds(exact: false);
            var hash = DuplicateIds.Hash(id.AsSpan());
            filter.Add(hash, id, 1);
            foreach (var (other, i) in others.Select((o, i) => (o, i)))
            {
                filter.Add(DuplicateIds.Hash(other.AsSpan()), other, i + 2);
            }

            filter.Add(hash, id, others.Length + 2);
            return filter.Candidates.Contains(hash);
        });

    [Fact]
    public void Add_FiveHundredThousandDistinctIds_GivesAlmostNoCandidate()
    {
        var filter = new DuplicateIds(exact: false);
        for (var i = 1; i <= 500_000; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"ce-{i:0000000}");
            filter.Add(DuplicateIds.Hash(id.AsSpan()), id, i);
        }

        // A 16 MiB split-block filter holding half a million ids answers "maybe seen" wrongly about once in 10^8: a
        // candidate here would mean the hash or the filter lost its spread.
        Assert.True(filter.Candidates.Count <= 2, $"{filter.Candidates.Count} candidates");
    }
}
