namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// What "consensus of those eligible Partnership Board members present" (004 l.1292) means; the seed does not define
/// it (docs/decisions/0025).
/// </summary>
public enum ConsensusDefinition
{
    /// <summary>Default: at least one eligible member present supports and none objects; abstentions and members who
    /// state no position do not prevent consensus.</summary>
    NoObjection = 0,

    /// <summary>Every eligible member present supports: an abstention or a silence prevents consensus.</summary>
    Unanimity = 1,
}
