using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>How a maturity score was reached (001 l.148: "assessed subjectively and objectively").</summary>
public enum AssessmentKind
{
    /// <summary>A self-assessment by named people of the community.</summary>
    Subjective = 0,

    /// <summary>An assessment backed by evidence or calibrated by a third party; only these earn freedoms.</summary>
    Objective = 1,
}

/// <summary>What an objective assessment rests on.</summary>
public enum ObjectiveBasis
{
    /// <summary>Evidence the community produced and the assessor checked.</summary>
    Evidence = 0,

    /// <summary>A third party calibrated the score (e.g. a peer review across care communities).</summary>
    ThirdPartyCalibrated = 1,
}

/// <summary>
/// One dated score of one dimension of a maturity matrix, subjective (by named people) or objective (with an evidence
/// reference). Made by <see cref="Subjective"/> or <see cref="Objective"/>; whether the score is a level of the
/// dimension is checked when the assessment joins a <see cref="MaturityRecord"/>. Immutable.
/// </summary>
public sealed class MaturityAssessment
{
    private MaturityAssessment(string dimensionId, LocalDate assessedOn, int score, AssessmentKind kind, ImmutableArray<string> assessors,
        ObjectiveBasis? basis, string? evidenceReference)
    {
        DimensionId = dimensionId;
        AssessedOn = assessedOn;
        Score = score;
        Kind = kind;
        Assessors = assessors;
        Basis = basis;
        EvidenceReference = evidenceReference;
    }

    /// <summary>The dimension assessed.</summary>
    public string DimensionId { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The score given.</summary>
    public int Score { get; }

    /// <summary>Subjective or objective.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Who assessed: the named people of a self-assessment (at least one), or the assessor of an objective one (may be empty).</summary>
    public ImmutableArray<string> Assessors { get; }

    /// <summary>What an objective assessment rests on; null for a subjective one.</summary>
    public ObjectiveBasis? Basis { get; }

    /// <summary>The evidence or calibration report an objective assessment cites; null for a subjective one.</summary>
    public string? EvidenceReference { get; }

    /// <summary>A self-assessment by named people.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="assessedOn">The date.</param>
    /// <param name="score">The score.</param>
    /// <param name="assessors">The people who assessed; at least one non-blank name.</param>
    /// <returns>The assessment, or the issues why not; never throws.</returns>
    public static Result<MaturityAssessment> Subjective(string? dimensionId, LocalDate assessedOn, int score, IEnumerable<string?>? assessors)
    {
        var issues = new List<ValidationIssue>();
        CheckDimension(dimensionId, issues);
        var names = (assessors ?? []).ToArray();
        if (names.Length == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            issues.Add(MaturityIssues.Missing("assessment.assessor-missing", DocumentPath.Root.Property("assessors"),
                "A self-assessment names the people who made it: at least one, none blank."));
        }

        return issues.Count > 0
            ? Result<MaturityAssessment>.Failure(issues)
            : Result<MaturityAssessment>.Success(new MaturityAssessment(dimensionId!, assessedOn, score, AssessmentKind.Subjective,
                [.. names.Select(n => n!.Trim())], null, null));
    }

    /// <summary>An objective assessment: evidence-backed or calibrated by a third party.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="assessedOn">The date.</param>
    /// <param name="score">The score.</param>
    /// <param name="basis">What it rests on.</param>
    /// <param name="evidenceReference">The evidence or calibration report; not blank.</param>
    /// <param name="assessor">Who assessed, when known.</param>
    /// <returns>The assessment, or the issues why not; never throws.</returns>
    public static Result<MaturityAssessment> Objective(string? dimensionId, LocalDate assessedOn, int score, ObjectiveBasis basis, string? evidenceReference,
        string? assessor = null)
    {
        var issues = new List<ValidationIssue>();
        CheckDimension(dimensionId, issues);
        if (!Enum.IsDefined(basis))
        {
            issues.Add(MaturityIssues.Error("assessment.unknown-basis", DocumentPath.Root.Property("basis"),
                "The basis is neither evidence nor third-party calibration.", ModelText.Of(basis)));
        }

        if (string.IsNullOrWhiteSpace(evidenceReference))
        {
            issues.Add(MaturityIssues.Missing("assessment.evidence-missing", DocumentPath.Root.Property("evidenceReference"),
                "An objective assessment cites its evidence or calibration report."));
        }

        return issues.Count > 0
            ? Result<MaturityAssessment>.Failure(issues)
            : Result<MaturityAssessment>.Success(new MaturityAssessment(dimensionId!, assessedOn, score, AssessmentKind.Objective,
                string.IsNullOrWhiteSpace(assessor) ? [] : [assessor.Trim()], basis, evidenceReference!.Trim()));
    }

    private static void CheckDimension(string? dimensionId, List<ValidationIssue> issues)
    {
        if (!Identifier.IsValid(dimensionId))
        {
            issues.Add(MaturityIssues.Error("assessment.invalid-dimension-id", DocumentPath.Root.Property("dimensionId"),
                Identifier.Explain("dimension id", dimensionId), MaturityIssues.Cut(dimensionId)));
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{DimensionId} {Score} ({(Kind == AssessmentKind.Subjective ? "subjective" : "objective")}, {AssessedOn:uuuu-MM-dd})");
}

/// <summary>Whether several self-assessments of a dimension agree.</summary>
public enum ConsensusOutcome
{
    /// <summary>The scores lie within the split range: the median stands for them.</summary>
    Agreed = 0,

    /// <summary>The scores are split (their range reaches <see cref="ConsensusOptions.SplitRange"/>): the median is
    /// uncertain. A real outcome, not an error.</summary>
    Split = 1,
}

/// <summary>How the consensus of several self-assessments is read (docs/decisions/0020).</summary>
/// <param name="SplitRange">The range (highest minus lowest score) from which the scores are split; at least 1.
/// Default 2 levels.</param>
public sealed record ConsensusOptions(int SplitRange = 2)
{
    /// <summary>The default: a range of two or more levels is a split.</summary>
    public static ConsensusOptions Default { get; } = new();
}

/// <summary>
/// The consensus of several self-assessments of one dimension: the median, the lowest and highest scores, and whether
/// they agree or are split.
/// </summary>
/// <param name="Median">The median score (half-way between the middle two for an even count).</param>
/// <param name="Minimum">The lowest score.</param>
/// <param name="Maximum">The highest score.</param>
/// <param name="Count">How many scores.</param>
/// <param name="Outcome">Agreed or split.</param>
public sealed record Consensus(decimal Median, int Minimum, int Maximum, int Count, ConsensusOutcome Outcome)
{
    /// <summary>The range, highest minus lowest.</summary>
    public long Range => (long)Maximum - Minimum;

    /// <summary>True when the scores are split and the median is uncertain.</summary>
    public bool IsUncertain => Outcome == ConsensusOutcome.Split;

    /// <summary>The consensus of some scores.</summary>
    /// <param name="scores">The scores; at least one.</param>
    /// <param name="options">The split rule; <see cref="ConsensusOptions.Default"/> when null.</param>
    /// <returns>The consensus, or an issue when there are no scores or the split range is below 1; never throws.</returns>
    public static Result<Consensus> Of(IEnumerable<int>? scores, ConsensusOptions? options = null)
    {
        options ??= ConsensusOptions.Default;
        var sorted = (scores ?? []).Order().ToArray();
        var issues = new List<ValidationIssue>();
        if (sorted.Length == 0)
        {
            issues.Add(MaturityIssues.Missing("consensus.no-scores", DocumentPath.Root, "A consensus needs at least one score."));
        }

        if (options.SplitRange < 1)
        {
            issues.Add(MaturityIssues.Error("consensus.invalid-split-range", DocumentPath.Root.Property("splitRange"),
                "The split range is at least 1.", options.SplitRange.ToString(CultureInfo.InvariantCulture)));
        }

        if (issues.Count > 0)
        {
            return Result<Consensus>.Failure(issues);
        }

        var range = (long)sorted[^1] - sorted[0];
        return Result<Consensus>.Success(new Consensus(MaturityStatistics.Median(sorted), sorted[0], sorted[^1], sorted.Length,
            range >= options.SplitRange ? ConsensusOutcome.Split : ConsensusOutcome.Agreed));
    }
}
