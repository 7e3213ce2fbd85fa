using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// MOU-5: without consensus, a matter "may be referred to the dispute resolution procedure … by any of the affected
/// Partners" (004 l.1292, l.1602) — save for capital-investment priorities and transformation-funding apportionment,
/// which the Board "may" decide "provided that it is supported by not less than 75% of the eligible Partnership Board
/// members" (l.1294): <c>4 × support ≥ 3 × base</c> in integers, the base all eligible members by default
/// (docs/decisions/0026). Checked on a <see cref="BoardMeeting"/>.
/// </summary>
public sealed class NoConsensusRule : GovernanceRule<BoardMeeting>
{
    internal NoConsensusRule()
    {
    }

    /// <summary>The matter may be referred to dispute resolution.</summary>
    public static IssueDefinition Referable { get; } = new(IssueCode.Create("no-consensus.referable"), IssueKind.BusinessRule, Modality.May,
        "No consensus on a matter other than capital or transformation funding: any affected Partner may refer it to dispute resolution.");

    /// <summary>A funding matter without consensus fell short of 75%.</summary>
    public static IssueDefinition BelowSeventyFivePercent { get; } = new(IssueCode.Create("no-consensus.below-75-percent"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A capital or transformation-funding matter without consensus is supported by less than 75% of the eligible members: not carried, and not referable.");

    /// <summary>The minutes record a funding matter carried below 75%.</summary>
    public static IssueDefinition CarriedBelowSeventyFivePercent { get; } = new(IssueCode.Create("no-consensus.carried-below-75-percent"), IssueKind.BusinessRule,
        Modality.Must, "The minutes record a capital or transformation-funding matter as carried without consensus and with less than 75% of the eligible members.");

    /// <summary>The minutes record another matter carried without consensus.</summary>
    public static IssueDefinition CarriedWithoutConsensus { get; } = new(IssueCode.Create("no-consensus.carried-without-consensus"), IssueKind.BusinessRule,
        Modality.Must, "The minutes record a matter other than capital or transformation funding as carried without consensus: such a matter is referred, not voted.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-5"), "No consensus: referral, or the 75% rule",
        "Without consensus, any affected Partner may refer a matter to dispute resolution; capital-investment priorities and transformation-funding "
        + "apportionment are not referred, and the Board may decide them if not less than 75% of the eligible Board members support.",
        [
            MemorandumClauses.Referral, MemorandumClauses.ReferralAnnex4,
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1294, Modality.Must,
                "the Partnership Board may make a decision provided that it is supported by not less than 75% of the eligible Partnership Board members."),
        ],
        [Referable, BelowSeventyFivePercent, CarriedBelowSeventyFivePercent, CarriedWithoutConsensus],
        [
            new RuleOption("GovernanceOptions.SeventyFivePercentBase", "", "allEligibleMembers",
                "The base of the 75% rule: allEligibleMembers (the seed's \"75% of the eligible Partnership Board members\", present or not; the default) "
                + "or eligibleMembersPresent (docs/decisions/0026). \"Not less than\" is ≥, tested as 4 × support ≥ 3 × base."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(BoardMeeting document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        if (MeetingRuleSupport.Evaluate(document, context, e) is not { } evaluation)
        {
            return e.Finish("The positions could not be read.");
        }

        if (evaluation.SeventyFivePercent is { } test)
        {
            e.Figure("numerator", test.Numerator);
            e.Figure("denominator", test.Denominator);
            e.Figure("votesRequired", test.VotesRequired);
            e.Figure("margin", test.Margin);
            e.Figure("base", ModelText.Of(test.Reading));
        }

        var recorded = DocumentPath.Root.Property("recorded");
        if (evaluation.Outcome.TryPickT2(out var notCarried, out _))
        {
            if (notCarried.Test is { } failed)
            {
                e.Raise(BelowSeventyFivePercent, DocumentPath.Root.Property("positions"),
                    $"'{document.Matter.Title}' is a {ModelText.Of(document.Matter.Funding)} matter without consensus: {failed}; not carried and not referred to dispute resolution (MOU-5, l.1292-1294).",
                    ModelText.Count(failed.Support));
                if (document.Recorded == RecordedOutcome.Carried)
                {
                    e.Raise(CarriedBelowSeventyFivePercent, recorded,
                        $"The minutes record '{document.Matter.Title}' as carried, but {failed} (MOU-5, l.1294).", "carried");
                }
            }
            else
            {
                e.Raise(Referable, DocumentPath.Root.Property("matter").Property("affectedPartners"),
                    $"No consensus on '{document.Matter.Title}': it may be referred to the dispute resolution procedure by any of the affected Partners"
                    + (notCarried.MayBeReferredBy.IsEmpty ? " (the matter names none)" : ": " + string.Join(", ", notCarried.MayBeReferredBy.Select(p => p.Value))) + " (MOU-5, l.1292, l.1602).");
                if (document.Recorded == RecordedOutcome.Carried)
                {
                    e.Raise(CarriedWithoutConsensus, recorded,
                        $"The minutes record '{document.Matter.Title}' as carried without consensus; only capital and transformation-funding matters may be carried by 75% (MOU-5).", "carried");
                }
            }
        }

        return e.Finish(evaluation.Consensus || !evaluation.Outcome.IsT1 && !evaluation.Outcome.IsT2
            ? $"MOU-5 does not apply: {evaluation.Outcome}."
            : $"Without consensus: {evaluation.Outcome}.");
    }
}
