namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>The stages of MOU-7: before the process (good faith, Place or sector arrangements), the four key stages of
/// Annex 4 (004 l.1616-1624), and closed.</summary>
public enum DisputeStage
{
    /// <summary>No dispute has been raised.</summary>
    None = 0,

    /// <summary>Good-faith attempts and, where necessary, Place or sector-based arrangements (004 l.1298-1302).</summary>
    BeforeTheProcess = 1,

    /// <summary>I. The Partnership Executive seeks to resolve the dispute within 30 days (004 l.1618).</summary>
    StageI = 2,

    /// <summary>II. The Chief Officer and the Co-ordination Group (004 l.1618-1619).</summary>
    StageII = 3,

    /// <summary>III. An independent facilitator selected by the Chief Officer (004 l.1620-1622).</summary>
    StageIII = 4,

    /// <summary>IV. Final resolution by the Partnership Board by majority decision (004 l.1624).</summary>
    StageIV = 5,

    /// <summary>Resolved: by agreement, by accepting the Co-ordination Group's decision, or by the Board's final resolution.</summary>
    Closed = 6,
}

/// <summary>Where a dispute stands: one state per step of <see cref="DisputeProcess"/>, each in one <see cref="DisputeStage"/>.</summary>
public enum DisputeState
{
    /// <summary>No dispute raised.</summary>
    NotRaised = 0,

    /// <summary>Raised: the partners attempt to resolve it in good faith (004 l.1298).</summary>
    GoodFaith = 1,

    /// <summary>The good-faith attempt failed: Place or sector arrangements where necessary, or the process (004 l.1300-1302).</summary>
    GoodFaithFailed = 2,

    /// <summary>A Place or sector-based arrangement is being used (004 l.1300).</summary>
    PlaceOrSectorArrangement = 3,

    /// <summary>Stage I: with the Partnership Executive, within 30 days (004 l.1618).</summary>
    StageOneExecutive = 4,

    /// <summary>Stage II: referred to the Partnership Chief Officer, who will likely involve the Co-ordination Group (004 l.1618).</summary>
    StageTwoChiefOfficer = 5,

    /// <summary>Stage II: the Co-ordination Group considers the issues (004 l.1619).</summary>
    StageTwoCoordinationGroup = 6,

    /// <summary>Stage II: the Co-ordination Group voted without a majority.</summary>
    StageTwoNoMajority = 7,

    /// <summary>Stage II: a recommendation was made by majority; the Executive will advise the affected partners in writing.</summary>
    StageTwoRecommended = 8,

    /// <summary>Stage II: the affected partners were advised in writing; they accept or do not.</summary>
    StageTwoAdvised = 9,

    /// <summary>Stage II: the parties do not accept the decision; it will be referred to a facilitator (004 l.1620).</summary>
    StageTwoNotAccepted = 10,

    /// <summary>Stage II: the Partnership Board cannot come to a decision; it will be referred to a facilitator (004 l.1620).</summary>
    StageTwoBoardNoDecision = 11,

    /// <summary>Stage III: with the independent facilitator (004 l.1620-1622).</summary>
    StageThreeFacilitator = 12,

    /// <summary>Stage IV: referred back to the Partnership Board for final resolution (004 l.1624).</summary>
    StageFourBoard = 13,

    /// <summary>Stage IV: the Board voted without a majority.</summary>
    StageFourNoMajority = 14,

    /// <summary>Stage IV: the Board decided by majority; it will advise the parties.</summary>
    StageFourDecided = 15,

    /// <summary>Resolved by agreement or by accepting the Co-ordination Group's decision.</summary>
    Resolved = 16,

    /// <summary>Finally resolved by the Partnership Board, the parties advised.</summary>
    FinallyResolved = 17,
}
