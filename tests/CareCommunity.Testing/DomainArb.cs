using CareCommunity.Domain;
using CareCommunity.Domain.OperatingModel;
using FsCheck;
using FsCheck.Fluent;

namespace CareCommunity.Testing;

/// <summary>
/// FsCheck arbitraries for the domain: the generators of <see cref="DomainGen"/> with shrinkers, so that a falsified
/// property reports a small counterexample. Use them with <c>Prop.ForAll</c> inside an FsCheck.Xunit <c>[Property]</c>.
/// </summary>
public static class DomainArb
{
    private static readonly Arbitrary<int> Int = ArbMap.Default.ArbFor<int>();

    private static readonly Arbitrary<string> AnyString = ArbMap.Default.ArbFor<string>();

    /// <summary>Integers from <paramref name="low"/> to <paramref name="high"/>, shrinking towards <paramref name="low"/>.</summary>
    public static Arbitrary<int> Between(int low, int high) =>
        Arb.From(Gen.Choose(low, high), n => Int.Shrinker(n - low).Where(d => d >= 0).Select(d => low + d));

    /// <summary>Valid identifier slugs, shrinking to shorter prefixes (still valid).</summary>
    public static Arbitrary<string> Slug { get; } = Arb.From(DomainGen.Slug, ShrinkSlug);

    /// <summary>Any text (see <see cref="DomainGen.AnyText"/>), shrinking like strings do.</summary>
    public static Arbitrary<string?> AnyText { get; } =
        Arb.From(DomainGen.AnyText, text => text is null ? [] : AnyString.Shrinker(text).Select(s => (string?)s));

    /// <summary>Money from -£10m to £10m in whole pence, shrinking towards zero.</summary>
    public static Arbitrary<Money> Money { get; } = Arb.From(DomainGen.Money, m =>
        Int.Shrinker(checked((int)(m.Pounds * 100))).Select(pence => Domain.Money.FromPounds(pence / 100m)));

    /// <summary>Any list of memberships, shrinking by dropping members.</summary>
    public static Arbitrary<CoreGroupMember[]> AnyCoreGroupMembers { get; } = Arb.From(DomainGen.AnyCoreGroupMembers, ShrinkArray);

    /// <summary>A valid core group, shrinking by dropping members (which keeps it valid).</summary>
    public static Arbitrary<CoreGroup> CoreGroup { get; } = Arb.From(DomainGen.CoreGroup, group =>
        ShrinkArray(group.Members.ToArray()).Select(m => Domain.OperatingModel.CoreGroup.Create(m).Value));

    /// <summary>Any list of leadership assignments, shrinking by dropping assignments.</summary>
    public static Arbitrary<LeadershipAssignment[]> AnyLeadershipAssignments { get; } = Arb.From(DomainGen.AnyLeadershipAssignments, ShrinkArray);

    /// <summary>Votes by people of the pool, shrinking by dropping votes.</summary>
    public static Arbitrary<CoreGroupVote[]> Votes { get; } = Arb.From(DomainGen.Votes, ShrinkArray);

    /// <summary>Reporting cadences, shrinking by dropping obligations (never to none) and towards no grace.</summary>
    public static Arbitrary<ReportingCadenceOptions> Cadence { get; } = Arb.From(DomainGen.Cadence, ShrinkCadence);

    /// <summary>Validator options: the defaults a third of the time, otherwise any legal combination; shrinks to the defaults.</summary>
    public static Arbitrary<OperatingModelOptions> Options { get; } =
        Gen.Frequency((1, Gen.Constant(OperatingModelOptions.Default)), (2, DomainGen.Options))
            .ShrinkingWith(o => o == OperatingModelOptions.Default ? [] : [OperatingModelOptions.Default]);

    /// <summary>Generated communities (see <see cref="DomainGen.Community"/>), shrinking by dropping perturbations.</summary>
    public static Arbitrary<GeneratedCommunity> Community { get; } = Arb.From(DomainGen.Community, c => c.Shrink());

    /// <summary>An arbitrary that generates with <paramref name="generator"/> and shrinks with <paramref name="shrinker"/>.</summary>
    public static Arbitrary<T> ShrinkingWith<T>(this Gen<T> generator, Func<T, IEnumerable<T>> shrinker) => Arb.From(generator, shrinker);

    /// <summary>Arrays with one element dropped, each position in turn (the empty array first when there is one element).</summary>
    public static IEnumerable<T[]> ShrinkArray<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Length > 2)
        {
            yield return items[..(items.Length / 2)];
        }

        for (var i = 0; i < items.Length; i++)
        {
            yield return [.. items.Take(i), .. items.Skip(i + 1)];
        }
    }

    /// <summary>The record with one submission fewer, each in turn.</summary>
    public static IEnumerable<ReportingRecord> ShrinkRecord(ReportingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ShrinkArray(record.Submissions.ToArray()).Select(s => record with { Submissions = [.. s] });
    }

    /// <summary>Simpler cadences: no grace, one obligation fewer.</summary>
    public static IEnumerable<ReportingCadenceOptions> ShrinkCadence(ReportingCadenceOptions cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        if (cadence.GraceDays != 0)
        {
            yield return cadence with { GraceDays = 0 };
        }

        if (cadence.Obligations.Count > 1)
        {
            foreach (var fewer in ShrinkArray(cadence.Obligations.ToArray()).Where(o => o.Length > 0))
            {
                yield return cadence with { Obligations = fewer };
            }
        }
    }

    private static IEnumerable<string> ShrinkSlug(string slug)
    {
        for (var length = 1; length < slug.Length; length = length == 1 ? Math.Max(2, slug.Length / 2) : length + 1)
        {
            yield return slug[..length];
        }
    }
}
