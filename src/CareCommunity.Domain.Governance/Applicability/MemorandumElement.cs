namespace CareCommunity.Domain.Governance.Applicability;

/// <summary>
/// The elements of the Memorandum: the rows of Annex 1, "Applicability of Memorandum Elements" (004 l.1496-1505), in
/// the seed's order. A matter put to the Board names the element it concerns, and a Board member is eligible on it
/// when the element applies to their column (MOU-6).
/// </summary>
public enum MemorandumElement
{
    /// <summary>"Vision, principles, values and behaviours" (l.1499).</summary>
    VisionPrinciplesValuesAndBehaviours = 0,

    /// <summary>"Partnership aims" (l.1500).</summary>
    PartnershipAims = 1,

    /// <summary>"Governance" (l.1501).</summary>
    Governance = 2,

    /// <summary>"Decision-making and dispute resolution" (l.1502).</summary>
    DecisionMakingAndDisputeResolution = 3,

    /// <summary>"Mutual accountability" (l.1503).</summary>
    MutualAccountability = 4,

    /// <summary>"Financials: • Financial risk management • Allocation of capital and transformation" (l.1504): one row,
    /// covering both. Capital-investment priorities and transformation-funding apportionment are matters of this row.</summary>
    Financials = 5,

    /// <summary>"National and regional support" (l.1505).</summary>
    NationalAndRegionalSupport = 6,
}
