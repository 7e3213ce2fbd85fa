using System.Collections.Immutable;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>One worker's running issue counts and population summary; merged into one when the run ends.</summary>
internal sealed class ClassifySummaryAccumulator(LocalDate referenceDate)
{
    private readonly Dictionary<IssueCode, long> _issues = [];

    public PopulationSummary Population { get; private set; } = new(referenceDate);

    public IReadOnlyDictionary<IssueCode, long> Issues => _issues;

    public void Count(IssueCode code) => _issues[code] = _issues.GetValueOrDefault(code) + 1;

    public void Merge(ClassifySummaryAccumulator other)
    {
        foreach (var (code, count) in other._issues)
        {
            _issues[code] = _issues.GetValueOrDefault(code) + count;
        }

        Population = Population.Merge(other.Population);
    }
}

/// <summary>
/// What a <c>classify</c> run read and found: lines, records, accepted and rejected records, warnings, duplicate ids, the
/// count of each issue code, and the population summary of the accepted residents. Accepted + rejected = records =
/// lines - blank lines (decision 0045): no line is lost.
/// </summary>
public sealed record ClassifyRunSummary
{
    /// <summary>The input format read.</summary>
    public required ResidentFileFormat Format { get; init; }

    /// <summary>The reference date the residents were classified on.</summary>
    public required LocalDate ReferenceDate { get; init; }

    /// <summary>The lines read (for CSV, the rows after the header, as Sep reads them).</summary>
    public required long Lines { get; init; }

    /// <summary>The blank lines (empty or only spaces and tabs): not records, skipped.</summary>
    public required long BlankLines { get; init; }

    /// <summary>The records: lines that are not blank.</summary>
    public long Records => Lines - BlankLines;

    /// <summary>The records accepted and classified.</summary>
    public required long Accepted { get; init; }

    /// <summary>The records rejected.</summary>
    public required long Rejected { get; init; }

    /// <summary>The warnings (unknown diagnosis codes and duplicate ids).</summary>
    public required long Warnings { get; init; }

    /// <summary>The accepted lines whose id was already used on an earlier accepted line.</summary>
    public required long Duplicates { get; init; }

    /// <summary>How duplicate ids were found: <c>bloom-filter-and-second-pass</c> or <c>exact-in-memory</c> (decision 0046).</summary>
    public required string DuplicateCheck { get; init; }

    /// <summary>True when a second pass over the input confirmed candidate duplicates.</summary>
    public required bool SecondPass { get; init; }

    /// <summary>How often each issue code was raised, by code.</summary>
    public required ImmutableSortedDictionary<string, long> IssueCounts { get; init; }

    /// <summary>The population summary of the accepted residents, per care community and for the Place.</summary>
    public required PopulationSummary Population { get; init; }
}
