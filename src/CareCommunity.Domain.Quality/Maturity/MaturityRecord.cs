using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>A person a community names as responsible for an enabling theme (004 l.2309).</summary>
/// <param name="Theme">The enabling theme.</param>
/// <param name="Person">The named individual.</param>
/// <param name="NamedOn">When they were named.</param>
public sealed record NamedLead(string Theme, string Person, LocalDate NamedOn);

/// <summary>The gap between what a community thinks of itself and what the evidence says, for one dimension.</summary>
/// <param name="DimensionId">The dimension.</param>
/// <param name="Subjective">The latest self-assessment consensus, if any.</param>
/// <param name="Objective">The latest objective score, if any.</param>
public sealed record DimensionGap(string DimensionId, Consensus? Subjective, int? Objective)
{
    /// <summary>Subjective median minus objective score: positive when the community rates itself higher than the
    /// evidence; null unless both exist.</summary>
    public decimal? Gap => Subjective is { } s && Objective is { } o ? s.Median - o : null;
}

/// <summary>One point of a dimension's history.</summary>
/// <param name="On">The date.</param>
/// <param name="Score">The score (for self-assessments, the consensus median of that date).</param>
/// <param name="Consensus">For self-assessments, the consensus of that date; null for objective ones.</param>
public sealed record ScorePoint(LocalDate On, decimal Score, Consensus? Consensus);

/// <summary>Which way a dimension's scores move, comparing the last two dated points.</summary>
public enum Trend
{
    /// <summary>Fewer than two dated points.</summary>
    Unknown = 0,

    /// <summary>The latest score is higher.</summary>
    Improving = 1,

    /// <summary>The latest score is the same.</summary>
    Steady = 2,

    /// <summary>The latest score is lower.</summary>
    Declining = 3,
}

/// <summary>Where a community is against a target phase by a date.</summary>
public enum ProgressStatus
{
    /// <summary>No objective assessment yet.</summary>
    NotAssessed = 0,

    /// <summary>The objective standing has reached the target phase.</summary>
    Reached = 1,

    /// <summary>Not yet reached; the target date has not passed.</summary>
    OnTheWay = 2,

    /// <summary>Not reached and the target date has passed.</summary>
    Missed = 3,
}

/// <summary>Progress toward a target phase by a date ("working towards phase 3 by April 2022", 004 l.2313).</summary>
/// <param name="Target">The target phase.</param>
/// <param name="By">The target date.</param>
/// <param name="On">The date progress is measured on.</param>
/// <param name="Standing">The objective standing on <paramref name="On"/>, if any.</param>
/// <param name="Status">Reached, on the way, missed or not assessed.</param>
/// <param name="ScoreToGo">How far the aggregate score is below the target phase's threshold; 0 when reached; null when not assessed.</param>
/// <param name="DaysLeft">Days from <paramref name="On"/> to <paramref name="By"/>; negative once passed.</param>
public sealed record PhaseProgress(DevelopmentPhase Target, LocalDate By, LocalDate On, PhaseStanding? Standing, ProgressStatus Status, decimal? ScoreToGo, int DaysLeft);

/// <summary>
/// The maturity record of one care community: the matrix it is assessed against, its subjective and objective
/// assessments, the framework of freedoms and the people it names for enabling themes. What the MAT rules check, and
/// what answers "may this community exercise this freedom on this date?". Immutable; every query takes its date, never
/// the system clock.
/// </summary>
public sealed class MaturityRecord
{
    private MaturityRecord(string communityId, MaturityMatrix matrix, ImmutableArray<MaturityAssessment> assessments, FreedomFramework framework,
        ImmutableArray<NamedLead> namedLeads)
    {
        CommunityId = communityId;
        Matrix = matrix;
        Assessments = assessments;
        Framework = framework;
        NamedLeads = namedLeads;
    }

    /// <summary>The community's id.</summary>
    public string CommunityId { get; }

    /// <summary>The matrix.</summary>
    public MaturityMatrix Matrix { get; }

    /// <summary>The assessments, in date order (stable for equal dates).</summary>
    public ImmutableArray<MaturityAssessment> Assessments { get; }

    /// <summary>The framework of freedoms by phase.</summary>
    public FreedomFramework Framework { get; }

    /// <summary>The people named for enabling themes.</summary>
    public ImmutableArray<NamedLead> NamedLeads { get; }

    /// <summary>Creates a record; never throws for bad input.</summary>
    /// <param name="communityId">The community's id (lower-case letters, digits and hyphens).</param>
    /// <param name="matrix">The matrix; <see cref="MaturityMatrix.Scirocco"/> when null.</param>
    /// <param name="assessments">The assessments; each of a dimension of the matrix, scored at one of its levels.</param>
    /// <param name="framework">The framework; <see cref="FreedomFramework.Default"/> when null.</param>
    /// <param name="namedLeads">The people named for enabling themes; theme and person not blank.</param>
    /// <returns>The record, or the issues why not, located as <c>$.assessments[3].score</c>.</returns>
    public static Result<MaturityRecord> Create(string? communityId, MaturityMatrix? matrix, IEnumerable<MaturityAssessment?>? assessments,
        FreedomFramework? framework = null, IEnumerable<NamedLead?>? namedLeads = null)
    {
        matrix ??= MaturityMatrix.Scirocco;
        var issues = new List<ValidationIssue>();
        if (!Identifier.IsValid(communityId))
        {
            issues.Add(MaturityIssues.Error("record.invalid-community-id", DocumentPath.Root.Property("communityId"),
                Identifier.Explain("community id", communityId), MaturityIssues.Cut(communityId)));
        }

        var list = (assessments ?? []).ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            var at = DocumentPath.Root.Property("assessments").Index(i);
            if (list[i] is not { } a)
            {
                issues.Add(MaturityIssues.Missing("record.assessment-missing", at, "The assessment is missing."));
            }
            else if (!matrix.TryGetDimension(a.DimensionId, out var dimension))
            {
                issues.Add(MaturityIssues.Invariant("record.unknown-dimension", at.Property("dimensionId"),
                    $"Matrix '{matrix.Id}' has no dimension '{a.DimensionId}'.", a.DimensionId));
            }
            else if (!dimension.HasLevel(a.Score))
            {
                issues.Add(MaturityIssues.Error("record.score-not-a-level", at.Property("score"),
                    $"{a.Score.ToString(CultureInfo.InvariantCulture)} is not a level of '{dimension.Id}' ({dimension.MinimumScore.ToString(CultureInfo.InvariantCulture)}..{dimension.MaximumScore.ToString(CultureInfo.InvariantCulture)}).",
                    a.Score.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var leads = (namedLeads ?? []).ToArray();
        for (var i = 0; i < leads.Length; i++)
        {
            if (leads[i] is not { } lead || string.IsNullOrWhiteSpace(lead.Theme) || string.IsNullOrWhiteSpace(lead.Person))
            {
                issues.Add(MaturityIssues.Missing("record.named-lead-incomplete", DocumentPath.Root.Property("namedLeads").Index(i),
                    "A named lead has a theme and a person."));
            }
        }

        return issues.Count > 0
            ? Result<MaturityRecord>.Failure(issues)
            : Result<MaturityRecord>.Success(new MaturityRecord(communityId!, matrix, [.. list.Select(a => a!).OrderBy(a => a.AssessedOn)],
                framework ?? FreedomFramework.Default, [.. leads.Select(l => l!)]));
    }

    /// <summary>The assessments of one kind of one dimension on or before a date, in date order.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="on">The date.</param>
    /// <returns>The assessments.</returns>
    public IEnumerable<MaturityAssessment> AssessmentsOf(string dimensionId, AssessmentKind kind, LocalDate on) =>
        Assessments.Where(a => a.Kind == kind && a.AssessedOn <= on && string.Equals(a.DimensionId, dimensionId, StringComparison.Ordinal));

    /// <summary>The latest objective score of a dimension on or before a date.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="on">The date.</param>
    /// <returns>The score, or null when never objectively assessed.</returns>
    public MaturityAssessment? LatestObjective(string dimensionId, LocalDate on) => AssessmentsOf(dimensionId, AssessmentKind.Objective, on).LastOrDefault();

    /// <summary>The consensus of a dimension's latest round of self-assessments (all of the latest date) on or before a date.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="on">The date.</param>
    /// <param name="options">The split rule.</param>
    /// <returns>The consensus, or null when never self-assessed.</returns>
    public Consensus? SubjectiveConsensus(string dimensionId, LocalDate on, ConsensusOptions? options = null) =>
        History(dimensionId, AssessmentKind.Subjective, on, options).LastOrDefault()?.Consensus;

    /// <summary>A dimension's history of one kind: one point per date (self-assessments of a date combined by consensus).</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="on">The last date included.</param>
    /// <param name="options">The split rule for self-assessments.</param>
    /// <returns>The points in date order.</returns>
    public ImmutableArray<ScorePoint> History(string dimensionId, AssessmentKind kind, LocalDate on, ConsensusOptions? options = null) =>
    [
        .. AssessmentsOf(dimensionId, kind, on).GroupBy(a => a.AssessedOn).Select(g =>
        {
            if (kind == AssessmentKind.Objective)
            {
                return new ScorePoint(g.Key, g.Last().Score, null);
            }

            var consensus = Consensus.Of(g.Select(a => a.Score), options).ValueOrDefault;
            return new ScorePoint(g.Key, consensus?.Median ?? g.Last().Score, consensus);
        }),
    ];

    /// <summary>Which way a dimension's scores of one kind move, comparing the last two dates.</summary>
    /// <param name="dimensionId">The dimension.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="on">The last date included.</param>
    /// <returns>The trend.</returns>
    public Trend TrendOf(string dimensionId, AssessmentKind kind, LocalDate on)
    {
        var points = History(dimensionId, kind, on);
        if (points.Length < 2)
        {
            return Trend.Unknown;
        }

        var change = points[^1].Score - points[^2].Score;
        return change > 0 ? Trend.Improving : change < 0 ? Trend.Declining : Trend.Steady;
    }

    /// <summary>The gap between self-assessment and objective assessment of every dimension on a date.</summary>
    /// <param name="on">The date.</param>
    /// <param name="options">The split rule.</param>
    /// <returns>One gap per dimension of the matrix, in its order.</returns>
    public ImmutableArray<DimensionGap> Gaps(LocalDate on, ConsensusOptions? options = null) =>
        [.. Matrix.Dimensions.Select(d => new DimensionGap(d.Id, SubjectiveConsensus(d.Id, on, options), LatestObjective(d.Id, on)?.Score))];

    /// <summary>
    /// Where the community stands on a date by one kind of assessment: the latest score of each dimension (an unassessed
    /// dimension counts at its lowest level), combined and mapped onto a phase by the matrix.
    /// </summary>
    /// <param name="kind">Objective (what earns freedoms) or subjective.</param>
    /// <param name="on">The date.</param>
    /// <param name="options">The split rule for self-assessments.</param>
    /// <returns>The standing, or null when there is no assessment of the kind on or before the date.</returns>
    public PhaseStanding? Standing(AssessmentKind kind, LocalDate on, ConsensusOptions? options = null)
    {
        var considered = Assessments.Where(a => a.Kind == kind && a.AssessedOn <= on).ToArray();
        if (considered.Length == 0)
        {
            return null;
        }

        var scores = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        var assessed = 0;
        foreach (var d in Matrix.Dimensions)
        {
            var latest = History(d.Id, kind, on, options).LastOrDefault();
            assessed += latest is null ? 0 : 1;
            scores[d.Id] = latest?.Score ?? d.MinimumScore;
        }

        var aggregate = Matrix.Phases.Aggregate == ScoreAggregate.Mean
            ? scores.Values.Sum() / scores.Count
            : MedianOf([.. scores.Values.Order()]);
        return new PhaseStanding(kind, Matrix.Phases.PhaseOf(aggregate), aggregate, considered.Max(a => a.AssessedOn), scores.ToImmutable(), assessed);
    }

    /// <summary>The freedoms granted on a date: those of the objectively assessed phase; none without an objective assessment.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The freedoms.</returns>
    public ImmutableArray<Freedom> FreedomsOn(LocalDate on) =>
        Standing(AssessmentKind.Objective, on) is { } s ? Framework.At(s.Phase) : [];

    /// <summary>
    /// May the community exercise a freedom on a date? Freedoms follow objective assessments only (MAT-1, MAT-2): the
    /// latest objective standing on the date fixes the phase, and the framework what the phase grants; a later objective
    /// assessment at a lower phase withdraws what the higher phase granted.
    /// </summary>
    /// <param name="request">The freedom asked for.</param>
    /// <param name="on">The date.</param>
    /// <returns>Granted or refused, with the assessment, phase and rule that decided.</returns>
    public Explained<FreedomDecision> MayExercise(FreedomRequest request, LocalDate on)
    {
        Guard.Against.Null(request);
        var date = on.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var standing = Standing(AssessmentKind.Objective, on);
        FreedomDecision decision;
        string text;
        if (standing is null)
        {
            decision = FreedomDecision.Refuse(new FreedomRefused(request, RefusalReason.NoObjectiveAssessment, null, null));
            text = $"'{CommunityId}' may not {Describe(request)} on {date}: it has no objective assessment, and freedoms follow objective assessments only.";
        }
        else
        {
            var granted = Framework.Find(standing.Phase, request.Kind);
            var phase = ((int)standing.Phase).ToString(CultureInfo.InvariantCulture);
            var basis = $"the objective assessment of {standing.LatestAssessmentOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} puts it at phase {phase} "
                + $"({Matrix.Phases.Aggregate.ToString().ToLowerInvariant()} score {standing.AggregateScore.ToString("0.##", CultureInfo.InvariantCulture)})";
            if (granted is null)
            {
                decision = FreedomDecision.Refuse(new FreedomRefused(request, RefusalReason.NotGrantedAtPhase, standing, null));
                text = $"'{CommunityId}' may not {Describe(request)} on {date}: {basis}, and phase {phase} does not grant it.";
            }
            else if (request.Kind == FreedomKind.DetermineSpend && request.Amount is { } amount && granted.DelegatedLimit is { } limit && amount > limit)
            {
                decision = FreedomDecision.Refuse(new FreedomRefused(request, RefusalReason.AboveDelegatedLimit, standing, granted));
                text = $"'{CommunityId}' may not {Describe(request)} on {date}: {basis}, and phase {phase} delegates spend up to {limit} only.";
            }
            else if (request.Kind == FreedomKind.ReportingFrequency && request.ReportingIntervalMonths is { } months
                && granted.ReportingIntervalMonths is { } longest && months > longest)
            {
                decision = FreedomDecision.Refuse(new FreedomRefused(request, RefusalReason.ReportingIntervalTooLong, standing, granted));
                text = $"'{CommunityId}' may not {Describe(request)} on {date}: {basis}, and phase {phase} allows reporting every "
                    + $"{longest.ToString(CultureInfo.InvariantCulture)} months at most.";
            }
            else
            {
                decision = FreedomDecision.Grant(new FreedomGranted(request, granted, standing));
                text = $"'{CommunityId}' may {Describe(request)} on {date}: {basis}, and phase {phase} grants: {granted}.";
            }
        }

        var inputs = new List<KeyValuePair<string, string>>
        {
            new("community", CommunityId),
            new("date", date),
            new("freedom", ModelText.Of(request.Kind)),
            new("objectivePhase", standing is null ? "none" : ((int)standing.Phase).ToString(CultureInfo.InvariantCulture)),
        };
        if (standing is not null)
        {
            inputs.Add(new("assessedOn", standing.LatestAssessmentOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            inputs.Add(new("aggregateScore", standing.AggregateScore.ToString(CultureInfo.InvariantCulture)));
        }

        return new Explained<FreedomDecision>(decision, new Explanation(text,
        [
            RuleApplication.Of(MaturityRules.FreedomWithinFramework.Descriptor.Id, decision.IsGranted, text, inputs),
            RuleApplication.Of(MaturityRules.SubjectiveAndObjective.Descriptor.Id, true,
                "Freedoms follow objective assessments only; self-assessments never change what is granted.",
                new KeyValuePair<string, string>("assessmentKind", "objective")),
        ]));
    }

    /// <summary>Progress toward a target phase by a date, measured on a date by the objective standing.</summary>
    /// <param name="target">The target phase.</param>
    /// <param name="by">The target date.</param>
    /// <param name="on">The date progress is measured on.</param>
    /// <returns>The progress.</returns>
    public PhaseProgress ProgressToward(DevelopmentPhase target, LocalDate by, LocalDate on)
    {
        var standing = Standing(AssessmentKind.Objective, on);
        var days = Period.Between(on, by, PeriodUnits.Days).Days;
        if (standing is null)
        {
            return new PhaseProgress(target, by, on, null, ProgressStatus.NotAssessed, null, days);
        }

        var reached = standing.Phase >= target;
        var toGo = reached ? 0m : Matrix.Phases.ThresholdOf(target) - standing.AggregateScore;
        var status = reached ? ProgressStatus.Reached : on <= by ? ProgressStatus.OnTheWay : ProgressStatus.Missed;
        return new PhaseProgress(target, by, on, standing, status, toGo, days);
    }

    /// <inheritdoc />
    public override string ToString() => $"{CommunityId}: {Assessments.Length} assessment(s) against {Matrix.Id}";

    private static decimal MedianOf(IReadOnlyList<decimal> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;

    private static string Describe(FreedomRequest request) => request.Kind switch
    {
        FreedomKind.DetermineSpend => request.Amount is { } a ? $"determine a spend of {a}" : "determine spend",
        FreedomKind.ReportingFrequency => request.ReportingIntervalMonths is { } m
            ? $"report every {m.ToString(CultureInfo.InvariantCulture)} months"
            : "set its reporting frequency",
        FreedomKind.ChangePersonnelStructure => "change its personnel structure",
        FreedomKind.UseVacancyMonies => "use vacancy monies",
        _ => "take accountability for the quality of integrated services",
    };
}
