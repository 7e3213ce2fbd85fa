using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// MOU-4: "The Partnership Board will aim to make decisions by consensus of those eligible Partnership Board members
/// present at a quorate meeting" (004 l.1292; repeated at l.1602). Quorum is the user's rule (docs/decisions/0024);
/// consensus means no eligible objection and at least one eligible supporter by default (docs/decisions/0025). "Will
/// aim to" is an aim: not reaching consensus is a warning. This rule also reports a meeting that does not hold
/// together (<see cref="MeetingIntegrity"/>). Checked on a <see cref="BoardMeeting"/>.
/// </summary>
public sealed class ConsensusRule : GovernanceRule<BoardMeeting>
{
    internal ConsensusRule()
    {
    }

    /// <summary>The meeting was not quorate.</summary>
    public static IssueDefinition NotQuorate { get; } = new(IssueCode.Create("consensus.not-quorate"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The meeting was not quorate under the quorum rule in force: the Board cannot decide the matter.");

    /// <summary>The minutes record a decision at a meeting that was not quorate.</summary>
    public static IssueDefinition DecidedWithoutQuorum { get; } = new(IssueCode.Create("consensus.decided-without-quorum"), IssueKind.BusinessRule, Modality.Must,
        "The minutes record the matter as carried at a meeting that was not quorate.");

    /// <summary>Consensus was not reached.</summary>
    public static IssueDefinition NotReached { get; } = new(IssueCode.Create("consensus.not-reached"), IssueKind.BusinessRule, Modality.Should,
        "The eligible members present did not reach consensus (the Board aims to decide by consensus).");

    /// <summary>The minutes record not carried although the rules carry it.</summary>
    public static IssueDefinition RecordedNotCarried { get; } = new(IssueCode.Create("consensus.recorded-not-carried"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The minutes record the matter as not carried, although the positions stated carry it.");

    /// <summary>The meeting is dated after the evaluation date.</summary>
    public static IssueDefinition DatedAfterEvaluation { get; } = new(IssueCode.Create("meeting.dated-after-evaluation"), IssueKind.Invariant,
        Modality.DocumentIntegrity, "The meeting is dated after the date of the evaluation: a meeting that has not happened has no positions to evaluate.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-4"), "Consensus at a quorate meeting",
        "The Partnership Board aims to decide by consensus of the eligible members present at a quorate meeting.",
        [MemorandumClauses.Consensus, SeedDocument.HealthAndWellbeingBoard2021.Quote(1602, Modality.Should,
            "The Partnership Board will aim to make decisions by consensus of those eligible Partnership Board members present at a quorate meeting.")],
        [NotQuorate, DecidedWithoutQuorum, NotReached, RecordedNotCarried, DatedAfterEvaluation, .. MeetingIntegrity.All],
        [
            new RuleOption("GovernanceOptions.Quorum", "", "QuorumRule.Default",
                "When a meeting is quorate; the terms of reference are not in the seed. Default: more than half of the Board's members present "
                + "(docs/decisions/0024); QuorumRule.AtLeastShare, AtLeast and Requiring give others."),
            new RuleOption("GovernanceOptions.Consensus", "", "noObjection",
                "What consensus means: noObjection (at least one eligible member present supports, none objects; the default) or unanimity "
                + "(every eligible member present supports) (docs/decisions/0025)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(BoardMeeting document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        e.Figure("meetingDate", ModelText.Date(document.Date));
        if (document.Date > context.EvaluatedOn)
        {
            e.Raise(DatedAfterEvaluation, DocumentPath.Root.Property("date"),
                $"The meeting is dated {ModelText.Date(document.Date)}, after the evaluation date {ModelText.Date(context.EvaluatedOn)} (MOU-4).", ModelText.Date(document.Date));
        }

        var result = BoardMeetingEvaluator.Evaluate(document, context.EffectiveMemorandum, context.EffectiveOptions);
        if (!result.TryGetValue(out var explained))
        {
            foreach (var issue in result.Issues)
            {
                var definition = MeetingIntegrity.All.Single(d => d.Code == issue.Code);
                e.Raise(definition, issue.Location, issue.Message, issue.OffendingValue);
            }

            return e.Finish($"The meeting does not hold together: {ModelText.Count(result.Issues.Length)} issue(s).");
        }

        var evaluation = explained.Value;
        e.Figure("present", evaluation.Quorum.Present);
        e.Figure("boardMembers", evaluation.Quorum.BoardSize);
        e.Figure("quorumRequired", evaluation.Quorum.Required);
        e.Figure("quorate", evaluation.Quorum.IsQuorate ? "true" : "false");
        e.Figure("eligiblePresent", evaluation.EligiblePresent.Length);
        e.Figure("supporting", evaluation.Supporting);
        e.Figure("objecting", evaluation.Objecting);
        e.Figure("abstaining", evaluation.Abstaining);
        e.Figure("noPosition", evaluation.NoPosition);
        e.Figure("consensus", evaluation.Consensus ? "true" : "false");
        if (!evaluation.Outcome.IsT0 && !evaluation.Outcome.IsT1 && !evaluation.Outcome.IsT2 && !evaluation.Outcome.IsT3)
        {
            return e.Finish("Not a matter the Board decides (MOU-2, MOU-3): consensus is not in question.");
        }

        var recorded = DocumentPath.Root.Property("recorded");
        if (evaluation.Outcome.TryPickT3(out var notQuorate, out _))
        {
            e.Raise(NotQuorate, DocumentPath.Root.Property("present"),
                $"{ModelText.Count(notQuorate.Quorum.Present)} of {ModelText.Count(notQuorate.Quorum.BoardSize)} members present; the quorum rule '{notQuorate.Quorum.Rule}' requires {ModelText.Count(notQuorate.Quorum.Required)}"
                + (notQuorate.Quorum.MissingSeatGroups.IsEmpty ? "" : " and a " + string.Join(", a ", notQuorate.Quorum.MissingSeatGroups) + " member") + " (MOU-4).",
                ModelText.Count(notQuorate.Quorum.Present));
            if (document.Recorded == RecordedOutcome.Carried)
            {
                e.Raise(DecidedWithoutQuorum, recorded, "The minutes record the matter as carried at a meeting that was not quorate (MOU-4, l.1292).", "carried");
            }

            return e.Finish("The meeting was not quorate.");
        }

        if (!evaluation.Consensus)
        {
            e.Raise(NotReached, DocumentPath.Root.Property("positions"),
                $"No consensus of the eligible members present: {ModelText.Count(evaluation.Supporting)} support, {ModelText.Count(evaluation.Objecting)} object, "
                + $"{ModelText.Count(evaluation.Abstaining)} abstain, {ModelText.Count(evaluation.NoPosition)} stated no position (MOU-4, {ModelText.Of(context.EffectiveOptions.Consensus)}).");
        }

        if (evaluation.Outcome.IsCarried && document.Recorded == RecordedOutcome.NotCarried)
        {
            e.Raise(RecordedNotCarried, recorded, $"The minutes record the matter as not carried, but it is {evaluation.Outcome} (MOU-4).", "notCarried");
        }

        return e.Finish(evaluation.Consensus
            ? $"Consensus of the {ModelText.Count(evaluation.EligiblePresent.Length)} eligible member(s) present at a quorate meeting."
            : "Quorate, but no consensus.");
    }
}
