namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// The kinds of organisation a care community draws on (CC-1, 000 para 9-10, 001 l.64-66) or engages as a wider
/// member (CC-5, 001 l.118-120).
/// </summary>
public enum PartnerKind
{
    /// <summary>A general practice.</summary>
    GeneralPractice = 0,

    /// <summary>A Primary Care Network (PCN).</summary>
    PrimaryCareNetwork = 1,

    /// <summary>A community health services provider.</summary>
    CommunityHealth = 2,

    /// <summary>A mental health trust, e.g. Cheshire and Wirral Partnership NHS FT (CWP).</summary>
    MentalHealthTrust = 3,

    /// <summary>An acute hospital trust (secondary care).</summary>
    AcuteTrust = 4,

    /// <summary>Adult or children's social care.</summary>
    SocialCare = 5,

    /// <summary>Public health.</summary>
    PublicHealth = 6,

    /// <summary>The voluntary, community, faith and social enterprise sector (VCFSE).</summary>
    Vcfse = 7,

    /// <summary>Local Healthwatch.</summary>
    Healthwatch = 8,

    /// <summary>Optometry.</summary>
    Optometry = 9,

    /// <summary>Dentistry.</summary>
    Dentistry = 10,

    /// <summary>Community pharmacy.</summary>
    CommunityPharmacy = 11,

    /// <summary>The police.</summary>
    Police = 12,

    /// <summary>Fire and rescue.</summary>
    FireAndRescue = 13,

    /// <summary>A local housing provider.</summary>
    Housing = 14,

    /// <summary>A local council (local authority), including its councillors and other links.</summary>
    LocalCouncil = 15,

    /// <summary>A school.</summary>
    School = 16,

    /// <summary>The NHS Integrated Care Board (commissioner).</summary>
    IntegratedCareBoard = 17,

    /// <summary>Any other organisation the community engages with (the seed's lists are not exhaustive).</summary>
    Other = 18,
}
