using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// MAT-1: the operating model evolves within a framework initially determined by current status, towards greater
/// freedom; the progress to delegated budgets and authority is iterative and developmental. Freedoms are earned by the
/// objectively assessed phase (<see cref="MaturityRecord.MayExercise"/>); the framework must grant each phase at least
/// what the phase below grants. Withdrawals are reported as information (docs/decisions/0020).
/// </summary>
public sealed class FreedomWithinFrameworkRule : MaturityRule
{
    internal FreedomWithinFrameworkRule()
    {
    }

    /// <summary>A higher phase grants less than a lower one: the framework does not lead to greater freedom.</summary>
    public static IssueDefinition FrameworkNotProgressive { get; } = new(IssueCode.Create("maturity.framework-not-progressive"), IssueKind.BusinessRule,
        Modality.Must, "A higher phase of the framework grants less than a lower one (a freedom dropped, a lower limit or a shorter reporting interval).");

    /// <summary>A later objective assessment lowered the phase, withdrawing freedoms.</summary>
    public static IssueDefinition FreedomsWithdrawn { get; } = new(IssueCode.Create("maturity.freedoms-withdrawn"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A later objective assessment put the community at a lower phase, withdrawing the freedoms of the higher one (the library's reading of 'iterative').");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MAT-1"), "Freedom within a framework",
        "A care community works within a framework initially determined by its current status and earns greater freedom (delegated "
        + "budgets, authority to use resources differently) as it matures; freedoms follow the objectively assessed phase.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(142, Modality.Must,
                "To operate successfully, the operating model will evolve over time within a framework initially determined by current status, with an aim to operate with greater freedom within a framework."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(254, Modality.Must,
                "The progress to delegation of budgets, authority to use resources differently and risk and reward mechanisms will be iterative and developmental."),
        ],
        [FrameworkNotProgressive, FreedomsWithdrawn],
        [
            new RuleOption("FreedomFramework", "", "FreedomFramework.Default",
                "Which freedoms each phase grants; the default (phase 2: spend up to £25,000, vacancy monies, bi-monthly reporting; phase 3: "
                + "spend up to £100,000, personnel structure, quality accountability, quarterly reporting) is the library's reading."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(MaturityRecord document, MaturityContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var on = context.EvaluatedOn;
        foreach (var phase in Enum.GetValues<DevelopmentPhase>())
        {
            e.Figure("freedomsAtPhase" + ((int)phase).ToString(CultureInfo.InvariantCulture), document.Framework.At(phase).Length);
        }

        if (document.Framework.FirstRegression() is { } regression)
        {
            e.Raise(FrameworkNotProgressive, DocumentPath.Root.Property("framework").Property("phases"),
                $"Phase {(int)regression.Higher} does not grant what phase {(int)regression.Lower} grants: {regression.Freedom} (MAT-1).",
                ModelText.Of(regression.Freedom.Kind));
        }

        var standing = document.Standing(AssessmentKind.Objective, on);
        e.Figure("objectivePhase", standing is null ? "none" : ((int)standing.Phase).ToString(CultureInfo.InvariantCulture));
        e.Figure("freedomsGranted", document.FreedomsOn(on).Length);

        DevelopmentPhase? highest = null;
        var dates = document.Assessments.Where(a => a.Kind == AssessmentKind.Objective && a.AssessedOn <= on).Select(a => a.AssessedOn).Distinct();
        foreach (var date in dates)
        {
            var phase = document.Standing(AssessmentKind.Objective, date)!.Phase;
            if (highest is { } h && phase < h)
            {
                e.Raise(FreedomsWithdrawn, DocumentPath.Root.Property("assessments"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"The objective assessment of {date:uuuu-MM-dd} put '{document.CommunityId}' at phase {(int)phase}, below phase {(int)h}: the freedoms of phase {(int)h} are withdrawn (MAT-1)."),
                    ((int)phase).ToString(CultureInfo.InvariantCulture));
            }

            highest = highest is { } prior && prior > phase ? prior : phase;
        }

        var summary = standing is null
            ? $"'{document.CommunityId}' has no objective assessment: it works within the framework set by its current status and has no freedoms."
            : string.Create(CultureInfo.InvariantCulture,
                $"'{document.CommunityId}' is objectively at phase {(int)standing.Phase} and has {document.FreedomsOn(on).Length} freedom(s) within the framework.");
        return e.Finish(summary);
    }
}
