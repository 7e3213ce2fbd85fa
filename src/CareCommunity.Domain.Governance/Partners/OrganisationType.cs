namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// The types of organisation the Memorandum names: the four headings of Annex A's members (004 l.1420-1470) and the
/// three headings of the partners who are not members (l.1476-1494). Annex 1's columns are read from these
/// (<see cref="Applicability.ApplicabilityMatrix.ColumnOf(OrganisationType)"/>).
/// </summary>
public enum OrganisationType
{
    /// <summary>A local authority ("Local Authorities", l.1420): a Council.</summary>
    LocalAuthority = 0,

    /// <summary>An NHS commissioner ("NHS Commissioners", l.1432): a Clinical Commissioning Group.</summary>
    ClinicalCommissioningGroup = 1,

    /// <summary>An NHS service provider ("NHS Service Providers", l.1444): an NHS trust or foundation trust.</summary>
    NhsProvider = 2,

    /// <summary>Primary Care Networks, as a category ("All PCNs in the Cheshire and Merseyside area", l.1468).</summary>
    PrimaryCareNetworks = 3,

    /// <summary>The voluntary sector ("Voluntary Sector North West", l.1469).</summary>
    VoluntarySector = 4,

    /// <summary>Local Healthwatch ("Healthwatch in each of the Partnership's Places", l.1470).</summary>
    Healthwatch = 5,

    /// <summary>A health regulator or oversight body ("NHS England and NHS Improvement", l.1478-1480); not a member.</summary>
    RegulatorOrOversightBody = 6,

    /// <summary>Another national body (Health Education England, Public Health England, the Care Quality Commission,
    /// l.1482-1486); not a member.</summary>
    NationalBody = 7,

    /// <summary>Another local body (fire, police, probation, others where relevant, l.1488-1494); not a member.</summary>
    LocalBody = 8,
}
