namespace CareCommunity.Domain.Governance.Board;

/// <summary>
/// The seats of the Partnership Board, as Annex 6 lists its membership (004 l.1654-1670), and the Partnership Chair,
/// who chairs the Board (l.1125) but is not one of Annex 6's constituencies.
/// </summary>
public enum BoardSeat
{
    /// <summary>A local-authority elected member ("4 Local Authority representatives (2x elected members …)", l.1656).</summary>
    LocalAuthorityElectedMember = 0,

    /// <summary>A local-authority chief executive ("… and 2x CEs", l.1656).</summary>
    LocalAuthorityChiefExecutive = 1,

    /// <summary>An NHS commissioning clinical chair ("2 NHS Commissioning representatives (1x Clinical Chair …)", l.1658).</summary>
    NhsCommissioningClinicalChair = 2,

    /// <summary>An NHS commissioning accountable officer ("… 1x Accountable Officer)", l.1658).</summary>
    NhsCommissioningAccountableOfficer = 3,

    /// <summary>"Primary Care (1 representative)" (l.1660).</summary>
    PrimaryCare = 4,

    /// <summary>"Public Health Directors (1 representative)" (l.1662).</summary>
    PublicHealthDirector = 5,

    /// <summary>"Voluntary sector (1 representative)" (l.1664).</summary>
    VoluntarySector = 6,

    /// <summary>"Lay representatives (2)" (l.1666).</summary>
    Lay = 7,

    /// <summary>"Members of the Partnership Executive team" (l.1668): number "To be defined", not expected to form a majority (l.1670).</summary>
    PartnershipExecutive = 8,

    /// <summary>The Partnership Chair, who chairs the Board (l.1125); not an Annex 6 constituency (docs/decisions/0028).</summary>
    PartnershipChair = 9,
}
