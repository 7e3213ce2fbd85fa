namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// The two halves of the Partnership's footprint that Annex 6 asks the local-authority Board members to cover
/// ("covering Merseyside and Cheshire", 004 l.1656). Which Place lies in which follows l.970: "The City Council, four
/// Metropolitan Councils of the Liverpool City Region and four unitary authorities from Cheshire" (docs/decisions/0029).
/// </summary>
public enum SubRegion
{
    /// <summary>Merseyside: the City Council (Liverpool) and the four Metropolitan Councils (Knowsley, Sefton, St Helens, Wirral).</summary>
    Merseyside = 0,

    /// <summary>Cheshire: the four unitary authorities (Cheshire East, Cheshire West and Chester, Halton, Warrington).</summary>
    Cheshire = 1,
}
