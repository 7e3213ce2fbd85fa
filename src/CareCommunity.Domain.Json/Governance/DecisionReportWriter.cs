using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CareCommunity.Domain.Governance;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Json.Governance;

/// <summary>
/// Writes what the domain decided on a meeting document (<see cref="MeetingDocument.Decide(ReadOnlySpan{byte}, MeetingReadSettings?)"/>):
/// the decision level, eligible and present members, quorum, positions, consensus, the 75% working, the outcome with
/// the memorandum's clauses, and whether and by whom the matter may be referred to dispute resolution; as text for
/// people (<see cref="Format"/>) or JSON (<see cref="Serialize"/>, <c>docs/schemas/decision-result.schema.json</c>).
/// It only reports: every figure and the outcome come from <see cref="BoardMeetingEvaluator"/>.
/// </summary>
public static class DecisionReportWriter
{
    /// <summary>The decision as its JSON contract.</summary>
    /// <param name="result">The result of deciding a meeting document.</param>
    /// <returns>The contract.</returns>
    public static DecisionReportContract ToContract(MeetingDecisionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rules = result.Rules.Select(r => new RuleResultContract(r.Rule.ToString(), RuleResult.StatusText(r.Status), r.Summary, r.Figures)).ToArray();
        var report = ValidationReportJson.ToContract(result.Report, result.Decision?.Why);
        if (result.Decision is not { } decided || result.Meeting is not { } meeting)
        {
            return new DecisionReportContract([], [], [], rules, report, result.Meeting?.Matter.Title, result.Meeting?.Date, result.Version?.Id.Value);
        }

        var e = decided.Value;
        var q = e.Quorum;
        var outcome = e.Outcome;
        return new DecisionReportContract(Ids(e.Eligible), Ids(e.Present), Ids(e.EligiblePresent), rules, report)
        {
            Matter = meeting.Matter.Title,
            HeldOn = e.Date,
            MemorandumVersion = result.Version?.Id.Value,
            Level = EnumText.Format(e.Level),
            Element = EnumText.Format(meeting.Matter.Element),
            Funding = meeting.Matter.IsFundingMatter ? EnumText.Format(meeting.Matter.Funding) : null,
            Quorum = new QuorumCheckContract(q.IsQuorate, q.Present, q.BoardSize, q.Required, [.. q.MissingSeatGroups], q.Rule),
            Positions = new PositionTallyContract(e.Supporting, e.Objecting, e.Abstaining, e.NoPosition, Ids(e.NotCounted)),
            Consensus = e.Consensus,
            ConsensusDefinition = EnumText.Format(result.Options!.Consensus),
            SeventyFivePercent = e.SeventyFivePercent is { } t
                ? new SeventyFivePercentContract(EnumText.Format(t.Reading), t.Numerator, t.Denominator, t.VotesRequired, t.Margin, t.IsCarried)
                : null,
            Outcome = new OutcomeContract(outcome.Name, outcome.IsCarried, Referable(outcome), [.. ReferredBy(outcome).Select(p => p.Value)],
                [.. Clauses(outcome).Select(c => new ClauseContract(c.Citation.ToString(), EnumText.Format(c.Modality), c.Text))]),
            Conclusion = decided.Why.Conclusion,
        };
    }

    /// <summary>The decision as indented JSON.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(MeetingDecisionResult result) =>
        ReadableJson.Serialize(ToContract(result), CareCommunityJsonContext.Default.DecisionReportContract);

    /// <summary>The decision as text: level, members, quorum, consensus, the 75% working, outcome and clauses, referral, rules, then the report.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Format(MeetingDecisionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        if (result.Decision is { } decided && result.Meeting is { } meeting)
        {
            var e = decided.Value;
            var m = meeting.Matter;
            var size = meeting.Board.Members.Length;
            text.Append(CultureInfo.InvariantCulture, $"Matter: {m.Title}\n");
            text.Append(CultureInfo.InvariantCulture, $"Meeting: {ModelText.Date(e.Date)}, under {result.Version?.Id.Value ?? e.Memorandum.Version}\n");
            text.Append(CultureInfo.InvariantCulture, $"Decision level (MOU-2): {EnumText.Format(e.Level)}")
                .Append(m.Forum is { } forum ? $" ({forum})" : "").Append(m.Organisation is { } org ? $" ({org})" : "").Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"Element (Annex 1): {ApplicabilityMatrix.Heading(m.Element)}")
                .Append(m.IsFundingMatter ? $"; {EnumText.Format(m.Funding)}" : "").Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"Eligible (MOU-6): {e.Eligible.Length} of {size}: {List(e.Eligible)}\n");
            text.Append(CultureInfo.InvariantCulture, $"Present: {e.Present.Length} of {size}: {List(e.Present)}\n");
            text.Append(CultureInfo.InvariantCulture, $"Eligible and present: {e.EligiblePresent.Length}: {List(e.EligiblePresent)}\n");
            var q = e.Quorum;
            text.Append(CultureInfo.InvariantCulture, $"Quorum (MOU-4): {(q.IsQuorate ? "quorate" : "not quorate")}: {q.Present} present of {q.BoardSize}, {q.Required} required ({q.Rule})")
                .Append(q.MissingSeatGroups.IsEmpty ? "" : $"; no {string.Join(", no ", q.MissingSeatGroups)} member present").Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"Positions of the eligible members present: {e.Supporting} support, {e.Objecting} object, {e.Abstaining} abstain, {e.NoPosition} no position")
                .Append(e.NotCounted.IsEmpty ? "" : $"; not counted (not eligible): {List(e.NotCounted)}").Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"Consensus (MOU-4, {EnumText.Format(result.Options!.Consensus)}): {(e.Consensus ? "yes" : "no")}\n");
            if (e.SeventyFivePercent is { } t)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"75% rule (MOU-5): base {EnumText.Format(t.Reading)}; numerator {t.Numerator}, denominator {t.Denominator}; 4 × {t.Numerator} = {4L * t.Numerator} {(t.IsCarried ? ">=" : "<")} 3 × {t.Denominator} = {3L * t.Denominator}; votes required {t.VotesRequired}, margin {t.Margin.ToString("+0;-0;0", CultureInfo.InvariantCulture)}: {(t.IsCarried ? "carried" : "not carried")}\n");
            }
            else
            {
                text.Append("75% rule (MOU-5): not applied\n");
            }

            var outcome = e.Outcome;
            text.Append(CultureInfo.InvariantCulture, $"Outcome: {outcome.Name}\n");
            text.Append("  ").Append(decided.Why.Conclusion).Append('\n');
            foreach (var clause in Clauses(outcome))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {clause.Citation.Location} ({EnumText.Format(clause.Modality)}): \"{clause.Text}\"\n");
            }

            text.Append("Referral to dispute resolution: ").Append(Referral(outcome)).Append('\n');
        }
        else
        {
            text.Append("No decision: the meeting document could not be read, or the meeting does not hold together.\n");
        }

        text.Append("Rule results:\n");
        foreach (var r in result.Rules)
        {
            text.Append("  ").Append(r.Rule).Append(' ').Append(RuleResult.StatusText(r.Status)).Append(": ").Append(r.Summary).Append('\n');
        }

        text.Append('\n').Append(ValidationReportText.Format(result.Report, RuleCatalogue.Create(GovernanceRules.Set)));
        return text.ToString();
    }

    private static string[] Ids(ImmutableArray<PersonId> ids) => [.. ids.Select(i => i.Value)];

    private static string List(ImmutableArray<PersonId> ids) => ids.IsEmpty ? "none" : string.Join(", ", ids.Select(i => i.Value));

    private static bool Referable(BoardOutcome outcome) => outcome.TryPickT2(out var notCarried, out _) && notCarried.ReferableToDisputeResolution;

    private static ImmutableArray<OrganisationId> ReferredBy(BoardOutcome outcome) =>
        outcome.TryPickT2(out var notCarried, out _) ? notCarried.MayBeReferredBy : [];

    private static string Referral(BoardOutcome outcome) => outcome.Match(
        _ => "not needed: carried by consensus",
        _ => "not referable: a capital or transformation-funding matter decided under the 75% rule (l.1292, l.1294)",
        n => n.ReferableToDisputeResolution
            ? "referable by any of the affected Partners" + (n.MayBeReferredBy.IsEmpty ? " (the matter names none)" : ": " + string.Join(", ", n.MayBeReferredBy.Select(p => p.Value)))
            : "not referable: capital investment and transformation funding are excepted from referral (l.1292)",
        _ => "not applicable: the meeting was not quorate and the Board could not decide",
        _ => "not applicable: the Partnership Board will not act without formal powers delegated by a Partner (l.1290)",
        o => o.Level == DecisionLevel.DelegatedToCollaborativeForum
            ? "not under this memorandum: disputes follow the collaborative forum's own memorandum (l.1285)"
            : "not under this memorandum: an individual organisation's decision (l.1284)");

    /// <summary>
    /// The clauses behind an outcome: those the domain attaches to it and, for outcomes it attaches none to, the clause
    /// <see cref="MemorandumClauses"/> names for them (consensus at a quorate meeting; the 75% rule).
    /// </summary>
    private static ImmutableArray<SourceQuote> Clauses(BoardOutcome outcome) => outcome.Match<ImmutableArray<SourceQuote>>(
        _ => [MemorandumClauses.Consensus],
        _ => [MemorandumClauses.SeventyFivePercent, MemorandumClauses.Eligibility],
        n => n.Clauses,
        _ => [MemorandumClauses.Consensus],
        p => [p.Clause],
        o => [o.Clause]);
}
