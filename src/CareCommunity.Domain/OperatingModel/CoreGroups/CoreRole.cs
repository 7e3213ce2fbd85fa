namespace CareCommunity.Domain.OperatingModel;

/// <summary>The eight roles of a care community's core group (CC-2, 001 l.104-113), in the seed's order.</summary>
public enum CoreRole
{
    /// <summary>Primary Care Network Clinical Director.</summary>
    PcnClinicalDirector = 0,

    /// <summary>Care Community Clinical Lead.</summary>
    CareCommunityClinicalLead = 1,

    /// <summary>Coach / Service Manager.</summary>
    CoachOrServiceManager = 2,

    /// <summary>Social Care.</summary>
    SocialCare = 3,

    /// <summary>Public Health.</summary>
    PublicHealth = 4,

    /// <summary>CWP Mental Health (Cheshire and Wirral Partnership NHS FT).</summary>
    CwpMentalHealth = 5,

    /// <summary>Healthwatch.</summary>
    Healthwatch = 6,

    /// <summary>VCFSE (voluntary, community, faith and social enterprise sector).</summary>
    Vcfse = 7,
}

/// <summary>What the model expects of each <see cref="CoreRole"/>: its seed title and the partner kinds it is held from.</summary>
/// <param name="Role">The role.</param>
/// <param name="Title">The role's title as the seed writes it.</param>
/// <param name="ExpectedPartnerKinds">The kinds of organisation the holder is expected to come from.</param>
public sealed record CoreRoleProfile(CoreRole Role, string Title, IReadOnlyList<PartnerKind> ExpectedPartnerKinds)
{
    /// <summary>The profile of every role, in the seed's order. See docs/decisions/0004 for the expected partner kinds.</summary>
    public static IReadOnlyList<CoreRoleProfile> All { get; } =
    [
        new(CoreRole.PcnClinicalDirector, "Primary Care Network Clinical Director", [PartnerKind.PrimaryCareNetwork, PartnerKind.GeneralPractice]),
        new(CoreRole.CareCommunityClinicalLead, "Care Community Clinical Lead",
            [PartnerKind.GeneralPractice, PartnerKind.PrimaryCareNetwork, PartnerKind.CommunityHealth, PartnerKind.MentalHealthTrust, PartnerKind.AcuteTrust]),
        new(CoreRole.CoachOrServiceManager, "Coach / Service Manager", [PartnerKind.CommunityHealth, PartnerKind.MentalHealthTrust, PartnerKind.AcuteTrust, PartnerKind.PrimaryCareNetwork]),
        new(CoreRole.SocialCare, "Social Care", [PartnerKind.SocialCare, PartnerKind.LocalCouncil]),
        new(CoreRole.PublicHealth, "Public Health", [PartnerKind.PublicHealth, PartnerKind.LocalCouncil]),
        new(CoreRole.CwpMentalHealth, "CWP Mental Health", [PartnerKind.MentalHealthTrust]),
        new(CoreRole.Healthwatch, "Healthwatch", [PartnerKind.Healthwatch]),
        new(CoreRole.Vcfse, "VCFSE", [PartnerKind.Vcfse]),
    ];

    /// <summary>The profile of one role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its profile.</returns>
    public static CoreRoleProfile For(CoreRole role) => All[(int)role];
}
