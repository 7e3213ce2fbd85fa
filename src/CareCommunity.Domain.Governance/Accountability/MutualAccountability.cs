using System.Collections.Immutable;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>The elements of the continuous improvement cycle, in the order the Memorandum lists them (004 l.1540-1546).</summary>
public enum ImprovementCycleElement
{
    /// <summary>"Monitoring performance against key standards and plans in each place".</summary>
    MonitoringPerformance = 0,

    /// <summary>"Ongoing dialogue on delivery and progress".</summary>
    OngoingDialogue = 1,

    /// <summary>"Identifying the need for support through a process of peer review".</summary>
    PeerReview = 2,

    /// <summary>"Agreeing the need for more formal action or intervention on behalf of the partnership".</summary>
    FormalActionOrIntervention = 3,

    /// <summary>"Application of regulatory powers or functions".</summary>
    RegulatoryPowers = 4,
}

/// <summary>
/// The kinds of recommendation the Co-ordination Group is envisaged to agree (004 l.1550-1556). Closed: the five
/// instances below are the only values.
/// </summary>
public sealed class RecommendationKind
{
    private RecommendationKind(string code, string words)
    {
        Code = code;
        Words = words;
    }

    /// <summary>"Improvement or recovery plans".</summary>
    public static RecommendationKind ImprovementOrRecoveryPlans { get; } = new("improvement-or-recovery-plans", "Improvement or recovery plans");

    /// <summary>"More detailed peer-review of specific plans".</summary>
    public static RecommendationKind DetailedPeerReview { get; } = new("detailed-peer-review", "More detailed peer-review of specific plans");

    /// <summary>"Commissioning expert external review".</summary>
    public static RecommendationKind ExpertExternalReview { get; } = new("expert-external-review", "Commissioning expert external review");

    /// <summary>"Co-ordination of any formal intervention and improvement support".</summary>
    public static RecommendationKind FormalInterventionCoordination { get; } = new("formal-intervention-coordination", "Co-ordination of any formal intervention and improvement support");

    /// <summary>"Agreement of any restrictions on access to discretionary funding and financial incentives".</summary>
    public static RecommendationKind DiscretionaryFundingRestrictions { get; } = new("discretionary-funding-restrictions", "Agreement of any restrictions on access to discretionary funding and financial incentives");

    /// <summary>The five kinds, in the Memorandum's order.</summary>
    public static ImmutableArray<RecommendationKind> All { get; } =
        [ImprovementOrRecoveryPlans, DetailedPeerReview, ExpertExternalReview, FormalInterventionCoordination, DiscretionaryFundingRestrictions];

    /// <summary>The kind's stable code, e.g. <c>expert-external-review</c>.</summary>
    public string Code { get; }

    /// <summary>The Memorandum's words.</summary>
    public string Words { get; }

    /// <summary>Finds a kind by its code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryParse(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RecommendationKind? kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.Ordinal));
        return kind is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>Mutual accountability (MOU-12): who is in it (Annex 1), the cycle and its quotes.</summary>
public static class MutualAccountability
{
    private static SeedDocument Memorandum => SeedDocument.HealthAndWellbeingBoard2021;

    /// <summary>Annex 1's row: mutual accountability applies to CCGs, NHS providers, Councils and NHSE/I, not to
    /// Healthwatch or other partners (004 l.1503).</summary>
    public static SourceQuote Annex1Row { get; } = Memorandum.Quote(1503, Modality.Must, "Mutual accountability\t✓\t✓\t✓\t✓");

    /// <summary>The Annex 1 sentence that points to the table (004 l.1474).</summary>
    public static SourceQuote NotRelevantToSome { get; } = Memorandum.Quote(1474, Modality.Must,
        "Certain aspects of the Memorandum are not relevant to particular types of organisation within the partnership.");

    /// <summary>The cycle (004 l.1540).</summary>
    public static SourceQuote Cycle { get; } = Memorandum.Quote(1540, Modality.May,
        "We anticipate as we develop over time, and when legislation or regulation requires, system oversight will be undertaken through the application of a continuous improvement cycle, including the following elements:");

    /// <summary>Peer review (004 l.1538).</summary>
    public static SourceQuote PeerReview { get; } = Memorandum.Quote(1538, Modality.Must,
        "Peer review will be a core component of the improvement methodology.");

    /// <summary>The Co-ordination Group's recommendations (004 l.1550).</summary>
    public static SourceQuote Recommendations { get; } = Memorandum.Quote(1550, Modality.May,
        "We envisage using our Partnership Co-ordination Group as the forum to agree recommendations on:");

    /// <summary>The Finance Group's recommendations (004 l.1558).</summary>
    public static SourceQuote FinanceGroup { get; } = Memorandum.Quote(1558, Modality.May,
        "For Places where financial performance is not consistent with plan, the Finance Group may make recommendations to the Partnership Co-ordination Group on a range of interventions.");

    /// <summary>Every quote of MOU-12, in line order.</summary>
    public static IReadOnlyList<SourceQuote> Quotes { get; } = [NotRelevantToSome, Annex1Row, PeerReview, Cycle, Recommendations, FinanceGroup];

    /// <summary>The Memorandum's words for an element of the cycle (004 l.1542-1546).</summary>
    /// <param name="element">The element.</param>
    /// <returns>The words.</returns>
    public static string Words(ImprovementCycleElement element) => element switch
    {
        ImprovementCycleElement.MonitoringPerformance => "Monitoring performance against key standards and plans in each place",
        ImprovementCycleElement.OngoingDialogue => "Ongoing dialogue on delivery and progress",
        ImprovementCycleElement.PeerReview => "Identifying the need for support through a process of peer review",
        ImprovementCycleElement.FormalActionOrIntervention => "Agreeing the need for more formal action or intervention on behalf of the partnership",
        ImprovementCycleElement.RegulatoryPowers => "Application of regulatory powers or functions",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not a defined ImprovementCycleElement."),
    };

    /// <summary>Whether mutual accountability applies to a kind of partner (an Annex 1 column), explained.</summary>
    /// <param name="type">The kind of partner.</param>
    /// <param name="matrix">The applicability matrix; <see cref="ApplicabilityMatrix.Annex1"/> when null.</param>
    /// <returns>With Annex 1: true for CCGs, NHS providers, Councils and NHSE/I, false for Healthwatch and other partners.</returns>
    public static Explained<bool> AppliesTo(ApplicabilityColumn type, ApplicabilityMatrix? matrix = null)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined ApplicabilityColumn.");
        }

        var applies = (matrix ?? ApplicabilityMatrix.Annex1).Applies(MemorandumElement.MutualAccountability, type);
        var reason = applies
            ? $"Annex 1 ticks mutual accountability for {ModelText.Of(type)} ({Annex1Row.Citation})"
            : $"Annex 1 leaves mutual accountability blank for {ModelText.Of(type)}: \"{NotRelevantToSome.Text}\" ({Annex1Row.Citation})";
        return new Explained<bool>(applies, new Explanation(reason + ".",
            [RuleApplication.Of(MutualAccountabilityRule.RuleId, applies, reason, new KeyValuePair<string, string>("partnerType", ModelText.Of(type)))]));
    }
}
