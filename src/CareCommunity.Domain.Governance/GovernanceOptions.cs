using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;

namespace CareCommunity.Domain.Governance;

/// <summary>
/// The readings of the Memorandum users can choose, each a documented decision (docs/decisions/0022-0029). The
/// defaults are the library's readings of the draft of November 2020.
/// </summary>
public sealed record GovernanceOptions
{
    /// <summary>The defaults.</summary>
    public static GovernanceOptions Default { get; } = new();

    /// <summary>When a meeting is quorate: the terms of reference are not in the seed (default: more than half of the
    /// Board's members present, docs/decisions/0024).</summary>
    public QuorumRule Quorum { get; init; } = QuorumRule.Default;

    /// <summary>Which Annex 1 column each Board seat counts under (docs/decisions/0023).</summary>
    public SeatMapping SeatMapping { get; init; } = SeatMapping.Default;

    /// <summary>What consensus means (default: no eligible member present objects and at least one supports,
    /// docs/decisions/0025).</summary>
    public ConsensusDefinition Consensus { get; init; } = ConsensusDefinition.NoObjection;

    /// <summary>The base of the 75% rule: all eligible Board members, as the seed reads (default), or those present
    /// (docs/decisions/0026).</summary>
    public SeventyFivePercentBase SeventyFivePercentBase { get; init; } = SeventyFivePercentBase.AllEligibleMembers;

    /// <summary>The number of NHS provider members MOU-1 expects: Annex A lists 18 (default); l.1195 says "nineteen"
    /// (docs/decisions/0022).</summary>
    public int ExpectedNhsProviders { get; init; } = 18;

    /// <summary>How the four local-authority Board members cover Merseyside and Cheshire (default: each pair covers
    /// both, docs/decisions/0028).</summary>
    public LocalAuthorityCoverage LocalAuthorityCoverage { get; init; } = LocalAuthorityCoverage.EachPair;
}
