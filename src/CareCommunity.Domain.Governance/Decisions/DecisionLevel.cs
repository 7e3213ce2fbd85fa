namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>"There will be three levels of decision making" (004 l.1282-1286, MOU-2).</summary>
public enum DecisionLevel
{
    /// <summary>"Decisions made by individual organisations": outside the Memorandum, which "does not affect the
    /// individual sovereignty of Partners or their statutory decision-making responsibilities" (l.1284).</summary>
    IndividualOrganisation = 0,

    /// <summary>"Decisions delegated to collaborative forums", e.g. a Joint Committee of CCGs: disputes follow "the
    /// Memorandum of the relevant collaborative forum and not this Memorandum" (l.1285).</summary>
    DelegatedToCollaborativeForum = 1,

    /// <summary>"Whole Partnership decisions", considered by the Partnership Board (l.1286, l.1290).</summary>
    WholePartnership = 2,
}
