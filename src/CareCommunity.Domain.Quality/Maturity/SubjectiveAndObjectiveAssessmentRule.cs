using System.Globalization;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// MAT-2: progress against the maturity matrix "will be assessed subjectively and objectively" (001 l.148). A
/// community's assessments lacking either kind is an error; a dimension lacking either kind, a subjective-objective gap
/// of <see cref="MaturityOptions.DisagreementGap"/> levels or more, and split self-assessments are information (the two
/// can disagree and the model shows both; docs/decisions/0020).
/// </summary>
public sealed class SubjectiveAndObjectiveAssessmentRule : MaturityRule
{
    internal SubjectiveAndObjectiveAssessmentRule()
    {
    }

    /// <summary>The community has no self-assessment.</summary>
    public static IssueDefinition NoSubjectiveAssessment { get; } = new(IssueCode.Create("maturity.no-subjective-assessment"), IssueKind.Required,
        Modality.Must, "The community's progress against the maturity matrix has not been assessed subjectively (no self-assessment).");

    /// <summary>The community has no objective assessment.</summary>
    public static IssueDefinition NoObjectiveAssessment { get; } = new(IssueCode.Create("maturity.no-objective-assessment"), IssueKind.Required,
        Modality.Must, "The community's progress against the maturity matrix has not been assessed objectively (no evidence-backed or calibrated assessment).");

    /// <summary>A dimension lacks a self-assessment or an objective assessment.</summary>
    public static IssueDefinition DimensionNotAssessedBothWays { get; } = new(IssueCode.Create("maturity.dimension-not-assessed-both-ways"), IssueKind.Required,
        Modality.LibraryReading, "A dimension of the matrix lacks a self-assessment or an objective assessment (the library's reading: the source speaks of progress as a whole).");

    /// <summary>Self-assessment and objective assessment of a dimension disagree.</summary>
    public static IssueDefinition AssessmentsDisagree { get; } = new(IssueCode.Create("maturity.assessments-disagree"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A dimension's self-assessment and objective assessment differ by MaturityOptions.DisagreementGap levels or more.");

    /// <summary>The self-assessments of a dimension are split.</summary>
    public static IssueDefinition SelfAssessmentsSplit { get; } = new(IssueCode.Create("maturity.self-assessments-split"), IssueKind.BusinessRule,
        Modality.LibraryReading, "The latest self-assessments of a dimension are split (their range reaches ConsensusOptions.SplitRange): the consensus is uncertain.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MAT-2"), "Assessed subjectively and objectively",
        "Progress against the maturity matrix is assessed both subjectively (self-assessment by named people) and objectively "
        + "(evidence-backed or third-party calibrated); the two can disagree and the model shows both.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(148, Modality.Must,
                "To support these freedoms, the progress against the maturity matrix (already in use) will be assessed subjectively and objectively."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2307, Modality.May,
                "We have developed an agreed maturity matrix to measure progress along this journey and allow support and enablers to be introduced that will support this process."),
        ],
        [NoSubjectiveAssessment, NoObjectiveAssessment, DimensionNotAssessedBothWays, AssessmentsDisagree, SelfAssessmentsSplit, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("MaturityOptions.Consensus.SplitRange", "", "2",
                "The range of self-assessed scores (highest minus lowest) from which they are split; a split is an uncertain consensus, not an error."),
            new RuleOption("MaturityOptions.DisagreementGap", "", "2",
                "The subjective-minus-objective gap, in levels, from which the two are reported as disagreeing."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(MaturityRecord document, MaturityContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var on = context.EvaluatedOn;
        var options = context.EffectiveOptions;
        var assessments = document.Assessments;
        for (var i = 0; i < assessments.Length; i++)
        {
            if (assessments[i].AssessedOn > on)
            {
                e.Raise(DocumentIntegrity.DateInFuture, DocumentPath.Root.Property("assessments").Index(i).Property("assessedOn"),
                    string.Create(CultureInfo.InvariantCulture, $"The assessment is dated {assessments[i].AssessedOn:uuuu-MM-dd}, after the evaluation date {on:uuuu-MM-dd}; it is left out."),
                    assessments[i].AssessedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        var subjective = assessments.Count(a => a.Kind == AssessmentKind.Subjective && a.AssessedOn <= on);
        var objective = assessments.Count(a => a.Kind == AssessmentKind.Objective && a.AssessedOn <= on);
        e.Figure("subjectiveAssessments", subjective);
        e.Figure("objectiveAssessments", objective);
        var at = DocumentPath.Root.Property("assessments");
        if (subjective == 0)
        {
            e.Raise(NoSubjectiveAssessment, at, $"'{document.CommunityId}' has no self-assessment against the maturity matrix: progress will be assessed subjectively and objectively (MAT-2).");
        }

        if (objective == 0)
        {
            e.Raise(NoObjectiveAssessment, at, $"'{document.CommunityId}' has no objective assessment against the maturity matrix: progress will be assessed subjectively and objectively (MAT-2).");
        }

        var split = 0;
        var disagreeing = 0;
        var dimensions = document.Matrix.Dimensions;
        foreach (var gap in document.Gaps(on, options.Consensus))
        {
            var index = dimensions.IndexOf(dimensions.First(d => d.Id == gap.DimensionId));
            var dat = DocumentPath.Root.Property("matrix").Property("dimensions").Index(index);
            if (subjective > 0 && objective > 0 && (gap.Subjective is null || gap.Objective is null))
            {
                e.Raise(DimensionNotAssessedBothWays, dat,
                    $"Dimension '{gap.DimensionId}' has {(gap.Subjective is null ? "no self-assessment" : "no objective assessment")} (MAT-2).", gap.DimensionId);
            }

            if (gap.Subjective is { IsUncertain: true } s)
            {
                split++;
                e.Raise(SelfAssessmentsSplit, dat, string.Create(CultureInfo.InvariantCulture,
                    $"The self-assessments of '{gap.DimensionId}' are split ({s.Minimum}..{s.Maximum}, median {s.Median:0.#}): the consensus is uncertain (MAT-2)."), gap.DimensionId);
            }

            if (gap.Gap is { } g && Math.Abs(g) >= options.DisagreementGap)
            {
                disagreeing++;
                e.Raise(AssessmentsDisagree, dat, string.Create(CultureInfo.InvariantCulture,
                    $"'{gap.DimensionId}' is self-assessed at {gap.Subjective!.Median:0.#} but objectively at {gap.Objective} (gap {g:+0.#;-0.#}) (MAT-2)."),
                    g.ToString("0.#", CultureInfo.InvariantCulture));
            }
        }

        e.Figure("splitDimensions", split);
        e.Figure("disagreeingDimensions", disagreeing);
        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"'{document.CommunityId}' has {subjective} self-assessment(s) and {objective} objective assessment(s) against '{document.Matrix.Id}'."));
    }
}
