namespace CareCommunity.Domain.Governance.Board;

/// <summary>How "4 Local Authority representatives (2x elected members and 2x CEs: covering Merseyside and Cheshire)"
/// (004 l.1656) is read (docs/decisions/0028).</summary>
public enum LocalAuthorityCoverage
{
    /// <summary>Default: each pair covers both: one elected member and one chief executive from each sub-region.</summary>
    EachPair = 0,

    /// <summary>The four together cover both: at least one of the four from each sub-region.</summary>
    Together = 1,
}
