using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The KNOW step (POP-1): counts of classified residents per care community and for the whole Place, at one reference
/// date. An accumulator: <see cref="Add"/> each resident with its <see cref="Classification"/>, or build one summary
/// per thread and <see cref="Merge"/> them — addition is commutative and associative, so the merge of the parts is the
/// summary of the whole. Read with <see cref="Place"/> and <see cref="For"/> (immutable snapshots).
/// </summary>
/// <remarks>
/// Not thread-safe: one summary per thread, merged at the end. Adding a resident of a care community already seen
/// does not allocate.
/// </remarks>
public sealed class PopulationSummary
{
    private const int Recent = 16;
    private readonly Dictionary<CareCommunityId, long[]> _byCommunity = [];

    // The first care communities seen, by the reference of their text: a reader hands the same id instance for every
    // resident of a community, so counting a resident is a few reference compares, not a dictionary lookup.
    private readonly string?[] _recentText = new string?[Recent];
    private readonly long[]?[] _recentCounts = new long[]?[Recent];
    private int _recent;

    /// <summary>Creates an empty summary.</summary>
    /// <param name="referenceDate">The date the residents were classified at.</param>
    public PopulationSummary(LocalDate referenceDate) => ReferenceDate = referenceDate;

    /// <summary>The date the residents were classified at.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>The care communities with at least one resident, in ordinal order of their ids.</summary>
    public ImmutableArray<CareCommunityId> CareCommunities => [.. _byCommunity.Keys.Order()];

    /// <summary>The residents counted.</summary>
    public long Residents => _byCommunity.Values.Sum(c => c[PopulationCounts.ResidentsAt]);

    /// <summary>The counts of the whole Place: every care community together.</summary>
    public PopulationCounts Place
    {
        get
        {
            var total = new long[PopulationCounts.Length];
            foreach (var counts in _byCommunity.Values)
            {
                for (var i = 0; i < total.Length; i++)
                {
                    total[i] = checked(total[i] + counts[i]);
                }
            }

            return new PopulationCounts(ImmutableArray.Create(total));
        }
    }

    /// <summary>The counts of one care community; <see cref="PopulationCounts.Empty"/> when it has no resident here.</summary>
    /// <param name="careCommunity">The care community.</param>
    /// <returns>The counts.</returns>
    public PopulationCounts For(CareCommunityId careCommunity) =>
        _byCommunity.TryGetValue(careCommunity, out var counts) ? new PopulationCounts(ImmutableArray.Create(counts)) : PopulationCounts.Empty;

    /// <summary>Counts a resident.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="classification">The resident's classification at <see cref="ReferenceDate"/>.</param>
    /// <exception cref="ArgumentException">The resident has no care community (a default value).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in Resident resident, in Classification classification)
    {
        // The counters are 64-bit and no population comes near overflowing them; unchecked spares the hot path the checks.
        unchecked
        {
            if (resident.CareCommunity.IsDefault)
            {
                throw new ArgumentException("A resident without a care community cannot be counted.", nameof(resident));
            }

            var c = CountsOf(resident.CareCommunity);
            c[PopulationCounts.ResidentsAt]++;
            c[PopulationCounts.CellsAt + PopulationCounts.Cell(classification.StageOfLife, classification.HolisticNeed)]++;
            c[PopulationCounts.CombinationsAt + ((int)classification.Criteria & 15)]++;
            var bits = resident.Conditions.Bits;
            while (bits != 0)
            {
                c[PopulationCounts.ConditionsAt + BitOperations.TrailingZeroCount(bits)]++;
                bits &= bits - 1;
            }

            if (resident.LearningDisability)
            {
                c[PopulationCounts.FlagsAt]++;
            }

            if (resident.Autism)
            {
                c[PopulationCounts.FlagsAt + 1]++;
            }

            if (resident.SeriousMentalIllness)
            {
                c[PopulationCounts.FlagsAt + 2]++;
            }

            c[PopulationCounts.FrailtyAt + PopulationCounts.FrailtyIndex(classification.Frailty)]++;
            if (classification.IsCore20)
            {
                c[PopulationCounts.Core20At]++;
            }

            if (resident.Deprivation.HasValue)
            {
                c[PopulationCounts.DeprivationKnownAt]++;
            }

            c[PopulationCounts.RiskAt + PopulationCounts.RiskIndex(classification.Risk)]++;
            c[PopulationCounts.LongTermConditionsAt + Math.Clamp(classification.LongTermConditionCount, 0, PopulationCounts.MaxLongTermConditionCount)]++;
        }
    }

    private long[] CountsOf(CareCommunityId community)
    {
        unchecked
        {
            var text = community.Value;
            for (var i = 0; i < _recent; i++)
            {
                if (ReferenceEquals(_recentText[i], text))
                {
                    return _recentCounts[i]!;
                }
            }

            if (!_byCommunity.TryGetValue(community, out var c))
            {
                c = new long[PopulationCounts.Length];
                _byCommunity.Add(community, c);
            }

            if (_recent < Recent)
            {
                _recentText[_recent] = text;
                _recentCounts[_recent++] = c;
            }

            return c;
        }
    }

    /// <summary>Adds another summary's counts into this one (for parallel classification).</summary>
    /// <param name="other">The other summary, at the same reference date.</param>
    /// <returns>This summary.</returns>
    /// <exception cref="ArgumentException">The reference dates differ, or <paramref name="other"/> is this summary.</exception>
    public PopulationSummary Merge(PopulationSummary other)
    {
        Guard.Against.Null(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("A summary cannot be merged into itself.", nameof(other));
        }

        if (other.ReferenceDate != ReferenceDate)
        {
            throw new ArgumentException($"Summaries at different reference dates ({ReferenceDate:yyyy-MM-dd}, {other.ReferenceDate:yyyy-MM-dd}) cannot be merged.", nameof(other));
        }

        foreach (var (community, counts) in other._byCommunity)
        {
            if (!_byCommunity.TryGetValue(community, out var mine))
            {
                mine = new long[PopulationCounts.Length];
                _byCommunity.Add(community, mine);
            }

            for (var i = 0; i < mine.Length; i++)
            {
                mine[i] = checked(mine[i] + counts[i]);
            }
        }

        return this;
    }

    /// <summary>Classifies residents and counts them: a convenience for populations held in memory.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="residents">The residents.</param>
    /// <param name="referenceDate">The reference date.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A resident is born after the reference date.</exception>
    public static PopulationSummary Of(PopulationClassifier classifier, IEnumerable<Resident> residents, LocalDate referenceDate)
    {
        Guard.Against.Null(classifier);
        Guard.Against.Null(residents);
        var summary = new PopulationSummary(referenceDate);
        foreach (var resident in residents)
        {
            var classification = classifier.Classify(in resident, referenceDate);
            summary.Add(in resident, in classification);
        }

        return summary;
    }
}
