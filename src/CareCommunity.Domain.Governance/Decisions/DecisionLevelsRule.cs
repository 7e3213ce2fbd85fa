using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// MOU-2: three levels of decision making (004 l.1282-1286). Individual organisations' decisions are outside the
/// Memorandum; decisions delegated to a collaborative forum follow that forum's memorandum, disputes included; whole
/// Partnership decisions are considered by the Partnership Board. Checked on a <see cref="BoardMeeting"/>.
/// </summary>
public sealed class DecisionLevelsRule : GovernanceRule<BoardMeeting>
{
    internal DecisionLevelsRule()
    {
    }

    /// <summary>The matter is for an individual organisation or a collaborative forum.</summary>
    public static IssueDefinition OutsideMemorandum { get; } = new(IssueCode.Create("decision-level.outside-memorandum"), IssueKind.BusinessRule,
        Modality.LibraryReading, "The matter is for an individual organisation or delegated to a collaborative forum: it is not a whole-Partnership decision under this Memorandum.");

    /// <summary>The minutes record the Board carrying an individual organisation's or a forum's matter.</summary>
    public static IssueDefinition BoardDecidedOutsideMemorandum { get; } = new(IssueCode.Create("decision-level.board-decided-outside-memorandum"),
        IssueKind.BusinessRule, Modality.Must,
        "The minutes record the Board as carrying a matter for an individual organisation or a collaborative forum, whose decisions the Memorandum does not affect.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-2"), "Three levels of decision making",
        "Decisions are made by individual organisations (outside the Memorandum), by collaborative forums to which partners delegated them (whose "
        + "own memorandum governs their disputes), or by the whole Partnership through the Partnership Board.",
        [MemorandumClauses.ThreeLevels, MemorandumClauses.IndividualOrganisations, MemorandumClauses.DelegatedToForums, MemorandumClauses.WholePartnership,
            MemorandumClauses.ConsideredByTheBoard],
        [OutsideMemorandum, BoardDecidedOutsideMemorandum]);

    /// <inheritdoc />
    public override RuleResult Check(BoardMeeting document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        if (MeetingRuleSupport.Evaluate(document, context, e) is not { } evaluation)
        {
            return e.Finish("The decision level could not be read.");
        }

        var matter = document.Matter;
        e.Figure("decisionLevel", ModelText.Of(matter.Level));
        if (matter.Level != DecisionLevel.WholePartnership)
        {
            var who = matter.Level == DecisionLevel.IndividualOrganisation
                ? $"for {matter.Organisation?.Value ?? "an individual organisation"}, whose sovereignty the Memorandum does not affect (l.1284)"
                : $"delegated to {matter.Forum ?? "a collaborative forum"}, whose own memorandum governs disputes (l.1285)";
            e.Raise(OutsideMemorandum, DocumentPath.Root.Property("matter").Property("level"), $"'{matter.Title}' is a decision {who} (MOU-2).", ModelText.Of(matter.Level));
            if (document.Recorded == RecordedOutcome.Carried)
            {
                e.Raise(BoardDecidedOutsideMemorandum, DocumentPath.Root.Property("recorded"),
                    $"The minutes record the Board as carrying '{matter.Title}', a decision {who} (MOU-2).", "carried");
            }
        }

        return e.Finish($"'{matter.Title}' is a {ModelText.Of(matter.Level)} decision: {evaluation.Outcome}.");
    }
}
