using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance;

/// <summary>
/// The rules of the Memorandum of Understanding, one type each in the folder of its concept: MOU-1 partners
/// (<c>Partners/</c>), MOU-2 to MOU-5 decisions (<c>Decisions/</c>), MOU-6 eligibility (<c>Applicability/</c>), MOU-10
/// Board membership (<c>Board/</c>), MOU-7 dispute resolution (<c>Disputes/</c>, checked through
/// <see cref="Disputes.DisputeRules"/>), MOU-8 variations and MOU-9 signature (<c>Charter/</c>, through
/// <see cref="Charter.CharterRules"/>), MOU-11 meeting cadence and MOU-12 mutual accountability (<c>Accountability/</c>,
/// through <see cref="Disputes.DisputeRules"/>). They check several kinds of document — a partner register, a Board, a
/// Board meeting, a dispute history, a charter, a record of meetings — so the registry lists every descriptor
/// (<see cref="All"/>) and groups the rule types by document (<see cref="MeetingRules"/>); <see cref="Set"/> joins an
/// application's <see cref="RuleCatalogue"/>.
/// </summary>
public static class GovernanceRules
{
    /// <summary>MOU-1: the partners of Annex A.</summary>
    public static PartnersRule Partners { get; } = new();

    /// <summary>MOU-2: three levels of decision making.</summary>
    public static DecisionLevelsRule DecisionLevels { get; } = new();

    /// <summary>MOU-3: no formal powers, no action.</summary>
    public static DelegatedPowersRule DelegatedPowers { get; } = new();

    /// <summary>MOU-4: consensus at a quorate meeting.</summary>
    public static ConsensusRule Consensus { get; } = new();

    /// <summary>MOU-5: no consensus — referral, or the 75% rule.</summary>
    public static NoConsensusRule NoConsensus { get; } = new();

    /// <summary>MOU-6: eligibility by Annex 1.</summary>
    public static EligibilityRule Eligibility { get; } = new();

    /// <summary>MOU-10: Partnership Board membership.</summary>
    public static BoardMembershipRule BoardMembership { get; } = new();

    /// <summary>The rules checked on a Board meeting (MOU-2 to MOU-6), in id order.</summary>
    public static ImmutableArray<GovernanceRule<BoardMeeting>> MeetingRules { get; } = [DecisionLevels, DelegatedPowers, Consensus, NoConsensus, Eligibility];

    /// <summary>Every rule's descriptor, in id order: one line per rule, whatever document it checks.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        .. new[]
        {
            Partners.Descriptor,
            DecisionLevels.Descriptor,
            DelegatedPowers.Descriptor,
            Consensus.Descriptor,
            NoConsensus.Descriptor,
            Eligibility.Descriptor,
            BoardMembership.Descriptor,
            Disputes.DisputeRules.DisputeResolution.Descriptor,
            Disputes.DisputeRules.MeetingCadence.Descriptor,
            Disputes.DisputeRules.MutualAccountability.Descriptor,
            Charter.CharterRules.Variations.Descriptor,
            Charter.CharterRules.SupportByAllPartners.Descriptor,
        }.OrderBy(r => r.Id),
    ];

    /// <summary>The rule set for the catalogue, built from <see cref="All"/>.</summary>
    public static RuleSet Set { get; } = new("C&M Health and Care Partnership Memorandum of Understanding", All);

    /// <summary>Checks the meeting rules (MOU-2 to MOU-6) on a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="context">The context.</param>
    /// <returns>One result per rule, in id order.</returns>
    public static ImmutableArray<RuleResult> CheckMeeting(BoardMeeting meeting, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(context);
        return [.. MeetingRules.Select(r => r.Check(meeting, context))];
    }

    /// <summary>Checks MOU-1 on the context's memorandum's partners and MOU-10 on a Board.</summary>
    /// <param name="board">The Board.</param>
    /// <param name="context">The context.</param>
    /// <returns>The two results, MOU-1 then MOU-10.</returns>
    public static ImmutableArray<RuleResult> CheckStanding(PartnershipBoard board, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(context);
        return [Partners.Check(context.EffectiveMemorandum.Partners, context), BoardMembership.Check(board, context)];
    }
}
