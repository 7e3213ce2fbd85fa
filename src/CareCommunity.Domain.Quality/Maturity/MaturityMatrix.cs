using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>A development phase of a care community (004 l.2313): 1 is the framework set by current status, 3 the
/// greatest freedom. Scores map onto phases through the matrix's <see cref="PhaseMapping"/>.</summary>
public enum DevelopmentPhase
{
    /// <summary>Phase 1: working within a framework initially determined by current status.</summary>
    Phase1 = 1,

    /// <summary>Phase 2: developing; some freedoms earned.</summary>
    Phase2 = 2,

    /// <summary>Phase 3: mature; the greatest freedom within the framework.</summary>
    Phase3 = 3,
}

/// <summary>How the scores of a matrix's dimensions are combined into the one figure mapped onto a phase.</summary>
public enum ScoreAggregate
{
    /// <summary>The median of the dimensions' scores (the default: one outlying dimension does not move the phase).</summary>
    Median = 0,

    /// <summary>The arithmetic mean of the dimensions' scores.</summary>
    Mean = 1,
}

/// <summary>One level of a dimension: its score and what a community at that level looks like.</summary>
/// <param name="Score">The score, e.g. 0..5 in the SCIROCCO default.</param>
/// <param name="Descriptor">What the level looks like; never blank.</param>
public sealed record MaturityLevel(int Score, string Descriptor);

/// <summary>The input to a dimension of <see cref="MaturityMatrix.Create"/>; validated there.</summary>
/// <param name="Id">The dimension's id (lower-case letters, digits and hyphens).</param>
/// <param name="Name">The dimension's name.</param>
/// <param name="Levels">The levels, in increasing score order, each with a descriptor.</param>
public sealed record DimensionDefinition(string? Id, string? Name, IReadOnlyList<MaturityLevel?>? Levels);

/// <summary>A dimension of a maturity matrix: its id, name and ordered levels. Made by <see cref="MaturityMatrix.Create"/>.</summary>
public sealed class MaturityDimension
{
    internal MaturityDimension(string id, string name, ImmutableArray<MaturityLevel> levels)
    {
        Id = id;
        Name = name;
        Levels = levels;
    }

    /// <summary>The dimension's id, e.g. <c>readiness-to-change</c>.</summary>
    public string Id { get; }

    /// <summary>The dimension's name, e.g. "Readiness to change".</summary>
    public string Name { get; }

    /// <summary>The levels, in strictly increasing score order; at least two.</summary>
    public ImmutableArray<MaturityLevel> Levels { get; }

    /// <summary>The lowest score.</summary>
    public int MinimumScore => Levels[0].Score;

    /// <summary>The highest score.</summary>
    public int MaximumScore => Levels[^1].Score;

    /// <summary>True when <paramref name="score"/> is one of the dimension's levels.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when the score names a level.</returns>
    public bool HasLevel(int score) => Levels.Any(l => l.Score == score);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({MinimumScore}..{MaximumScore})";
}

/// <summary>
/// How an aggregate score maps onto a <see cref="DevelopmentPhase"/>: below <see cref="Phase2From"/> is phase 1, from
/// <see cref="Phase2From"/> phase 2, from <see cref="Phase3From"/> phase 3 (docs/decisions/0020).
/// </summary>
public sealed record PhaseMapping
{
    private PhaseMapping(ScoreAggregate aggregate, decimal phase2From, decimal phase3From)
    {
        Aggregate = aggregate;
        Phase2From = phase2From;
        Phase3From = phase3From;
    }

    /// <summary>The default: the median of the twelve SCIROCCO scores; phase 2 from 2, phase 3 from 3.5 (docs/decisions/0020).</summary>
    public static PhaseMapping Default { get; } = new(ScoreAggregate.Median, 2m, 3.5m);

    /// <summary>How the dimensions' scores are combined.</summary>
    public ScoreAggregate Aggregate { get; }

    /// <summary>The lowest aggregate score that is phase 2.</summary>
    public decimal Phase2From { get; }

    /// <summary>The lowest aggregate score that is phase 3.</summary>
    public decimal Phase3From { get; }

    /// <summary>Creates a mapping.</summary>
    /// <param name="aggregate">How scores are combined.</param>
    /// <param name="phase2From">The lowest aggregate score that is phase 2.</param>
    /// <param name="phase3From">The lowest aggregate score that is phase 3; not below <paramref name="phase2From"/>.</param>
    /// <returns>The mapping, or the issues why not.</returns>
    public static Result<PhaseMapping> Create(ScoreAggregate aggregate, decimal phase2From, decimal phase3From)
    {
        var issues = new List<ValidationIssue>();
        if (!Enum.IsDefined(aggregate))
        {
            issues.Add(MaturityIssues.Error("phase-mapping.unknown-aggregate", DocumentPath.Root.Property("aggregate"),
                "The aggregate is neither median nor mean.", ModelText.Of(aggregate)));
        }

        if (phase3From < phase2From)
        {
            issues.Add(MaturityIssues.Error("phase-mapping.thresholds-out-of-order", DocumentPath.Root.Property("phase3From"),
                $"Phase 3 starts at {phase3From.ToString(CultureInfo.InvariantCulture)}, below phase 2's {phase2From.ToString(CultureInfo.InvariantCulture)}.",
                phase3From.ToString(CultureInfo.InvariantCulture)));
        }

        return issues.Count > 0 ? Result<PhaseMapping>.Failure(issues) : Result<PhaseMapping>.Success(new PhaseMapping(aggregate, phase2From, phase3From));
    }

    /// <summary>Combines scores into the aggregate.</summary>
    /// <param name="scores">The scores; at least one.</param>
    /// <returns>The median or mean.</returns>
    /// <exception cref="ArgumentException">There are no scores.</exception>
    public decimal Combine(IEnumerable<int> scores)
    {
        Guard.Against.Null(scores);
        var list = scores.Order().ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one score is needed.", nameof(scores));
        }

        return Aggregate == ScoreAggregate.Mean ? list.Sum(s => (decimal)s) / list.Length : MaturityStatistics.Median(list);
    }

    /// <summary>The phase of an aggregate score.</summary>
    /// <param name="aggregate">The aggregate score.</param>
    /// <returns>The phase.</returns>
    public DevelopmentPhase PhaseOf(decimal aggregate) =>
        aggregate >= Phase3From ? DevelopmentPhase.Phase3 : aggregate >= Phase2From ? DevelopmentPhase.Phase2 : DevelopmentPhase.Phase1;

    /// <summary>The lowest aggregate score of a phase.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>Its threshold; <see cref="decimal.MinValue"/> for phase 1.</returns>
    public decimal ThresholdOf(DevelopmentPhase phase) => phase switch
    {
        DevelopmentPhase.Phase3 => Phase3From,
        DevelopmentPhase.Phase2 => Phase2From,
        _ => decimal.MinValue,
    };
}

/// <summary>Medians of sorted scores.</summary>
internal static class MaturityStatistics
{
    public static decimal Median(IReadOnlyList<int> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + (decimal)sorted[sorted.Count / 2]) / 2m;
}

/// <summary>
/// A maturity matrix as data: dimensions, each with ordered levels and a descriptor per level, and the mapping of
/// scores onto development phases 1-3. The seeds name a matrix "already in use" (001 l.148, 004 l.2307) but do not
/// contain it; <see cref="Scirocco"/> is the library's documented default (docs/decisions/0020) and users build their
/// own with <see cref="Create"/>. Immutable and thread-safe.
/// </summary>
public sealed class MaturityMatrix
{
    private readonly Dictionary<string, MaturityDimension> _byId;

    private MaturityMatrix(string id, string name, ImmutableArray<MaturityDimension> dimensions, PhaseMapping phases)
    {
        Id = id;
        Name = name;
        Dimensions = dimensions;
        Phases = phases;
        _byId = dimensions.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The default matrix: the twelve dimensions of the SCIROCCO integrated-care maturity model, scored 0-5, with
    /// <see cref="PhaseMapping.Default"/>. The library's reading: the seeds do not contain the matrix.</summary>
    public static MaturityMatrix Scirocco => SciroccoMatrix.Instance;

    /// <summary>The matrix's id.</summary>
    public string Id { get; }

    /// <summary>The matrix's name.</summary>
    public string Name { get; }

    /// <summary>The dimensions, in the order given.</summary>
    public ImmutableArray<MaturityDimension> Dimensions { get; }

    /// <summary>How scores map onto phases.</summary>
    public PhaseMapping Phases { get; }

    /// <summary>Finds a dimension.</summary>
    /// <param name="id">The dimension's id.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns>True when the matrix has the dimension.</returns>
    public bool TryGetDimension(string? id, [NotNullWhen(true)] out MaturityDimension? dimension)
    {
        dimension = null;
        return id is not null && _byId.TryGetValue(id, out dimension);
    }

    /// <summary>Creates a matrix; never throws for bad input.</summary>
    /// <param name="id">The matrix's id (lower-case letters, digits and hyphens).</param>
    /// <param name="name">The matrix's name.</param>
    /// <param name="dimensions">At least one dimension; ids unique; each with at least two levels in strictly increasing
    /// score order and a non-blank descriptor per level.</param>
    /// <param name="phases">The phase mapping; <see cref="PhaseMapping.Default"/> when null.</param>
    /// <returns>The matrix, or the issues why not, located relative to the arguments (<c>$.dimensions[0].levels[1]</c>).</returns>
    public static Result<MaturityMatrix> Create(string? id, string? name, IEnumerable<DimensionDefinition?>? dimensions, PhaseMapping? phases = null)
    {
        var issues = new List<ValidationIssue>();
        if (!Identifier.IsValid(id))
        {
            issues.Add(MaturityIssues.Error("matrix.invalid-id", DocumentPath.Root.Property("id"), Identifier.Explain("matrix id", id), MaturityIssues.Cut(id)));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(MaturityIssues.Missing("matrix.name-missing", DocumentPath.Root.Property("name"), "The matrix needs a name."));
        }

        var list = dimensions?.ToArray() ?? [];
        if (list.Length == 0)
        {
            issues.Add(MaturityIssues.Missing("matrix.no-dimensions", DocumentPath.Root.Property("dimensions"), "The matrix needs at least one dimension."));
        }

        var built = ImmutableArray.CreateBuilder<MaturityDimension>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var at = DocumentPath.Root.Property("dimensions").Index(i);
            var d = list[i];
            if (d is null)
            {
                issues.Add(MaturityIssues.Missing("matrix.dimension-missing", at, "The dimension is missing."));
                continue;
            }

            var ok = true;
            if (!Identifier.IsValid(d.Id))
            {
                issues.Add(MaturityIssues.Error("matrix.invalid-dimension-id", at.Property("id"), Identifier.Explain("dimension id", d.Id), MaturityIssues.Cut(d.Id)));
                ok = false;
            }
            else if (!seen.Add(d.Id!))
            {
                issues.Add(MaturityIssues.Invariant("matrix.duplicate-dimension-id", at.Property("id"), $"Dimension id '{d.Id}' is used twice.", d.Id));
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(d.Name))
            {
                issues.Add(MaturityIssues.Missing("matrix.dimension-name-missing", at.Property("name"), "The dimension needs a name."));
                ok = false;
            }

            var levels = d.Levels ?? [];
            if (levels.Count < 2)
            {
                issues.Add(MaturityIssues.Missing("matrix.too-few-levels", at.Property("levels"), "A dimension needs at least two levels."));
                ok = false;
            }

            for (var j = 0; j < levels.Count; j++)
            {
                var lat = at.Property("levels").Index(j);
                var level = levels[j];
                if (level is null)
                {
                    issues.Add(MaturityIssues.Missing("matrix.level-missing", lat, "The level is missing."));
                    ok = false;
                    continue;
                }

                if (string.IsNullOrWhiteSpace(level.Descriptor))
                {
                    issues.Add(MaturityIssues.Missing("matrix.descriptor-missing", lat.Property("descriptor"), "Every level needs a descriptor."));
                    ok = false;
                }

                if (j > 0 && levels[j - 1] is { } previous && level.Score <= previous.Score)
                {
                    issues.Add(MaturityIssues.Invariant("matrix.levels-out-of-order", lat.Property("score"),
                        $"Level scores must increase: {level.Score.ToString(CultureInfo.InvariantCulture)} follows {previous.Score.ToString(CultureInfo.InvariantCulture)}.",
                        level.Score.ToString(CultureInfo.InvariantCulture)));
                    ok = false;
                }
            }

            if (ok)
            {
                built.Add(new MaturityDimension(d.Id!, d.Name!, [.. levels.Select(l => l!)]));
            }
        }

        return issues.Count > 0
            ? Result<MaturityMatrix>.Failure(issues)
            : Result<MaturityMatrix>.Success(new MaturityMatrix(id!, name!, built.ToImmutable(), phases ?? PhaseMapping.Default));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Dimensions.Length} dimensions)";
}
