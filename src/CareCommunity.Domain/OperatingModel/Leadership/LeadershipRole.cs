namespace CareCommunity.Domain.OperatingModel;

/// <summary>The roles of the integrated leadership and management team (CC-4, 001 l.124).</summary>
public enum LeadershipRole
{
    /// <summary>Care Community Clinical/Practitioner Lead.</summary>
    ClinicalOrPractitionerLead = 0,

    /// <summary>PCN Clinical Director.</summary>
    PcnClinicalDirector = 1,

    /// <summary>Community Manager/Coach.</summary>
    CommunityManagerOrCoach = 2,

    /// <summary>Nursing or AHP (allied health professional) lead. Not one of the eight core roles: see docs/decisions/0005.</summary>
    NursingOrAhpLead = 3,

    /// <summary>Social Care Lead.</summary>
    SocialCareLead = 4,
}

/// <summary>
/// What the model expects of each <see cref="LeadershipRole"/>: its seed title and the core role its holder normally holds.
/// </summary>
/// <param name="Role">The leadership role.</param>
/// <param name="Title">The title as the seed writes it.</param>
/// <param name="ExpectedCoreRole">The core role the holder is expected to hold, or null where any core-group member may hold it.</param>
public sealed record LeadershipRoleProfile(LeadershipRole Role, string Title, CoreRole? ExpectedCoreRole)
{
    /// <summary>Every leadership role's profile, in the seed's order.</summary>
    public static IReadOnlyList<LeadershipRoleProfile> All { get; } =
    [
        new(LeadershipRole.ClinicalOrPractitionerLead, "Care Community Clinical/Practitioner Lead", CoreRole.CareCommunityClinicalLead),
        new(LeadershipRole.PcnClinicalDirector, "PCN Clinical Director", CoreRole.PcnClinicalDirector),
        new(LeadershipRole.CommunityManagerOrCoach, "Community Manager/Coach", CoreRole.CoachOrServiceManager),
        new(LeadershipRole.NursingOrAhpLead, "Nursing or AHP lead", null),
        new(LeadershipRole.SocialCareLead, "Social Care Lead", CoreRole.SocialCare),
    ];

    /// <summary>The profile of one role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its profile.</returns>
    public static LeadershipRoleProfile For(LeadershipRole role) => All[(int)role];
}

/// <summary>The six responsibilities of the leadership team (CC-4, 001 l.131-138).</summary>
public enum LeadershipResponsibility
{
    /// <summary>Responsibility to report priorities and performance into Place.</summary>
    ReportPrioritiesAndPerformanceIntoPlace = 0,

    /// <summary>Influence Place plans through the use of local data.</summary>
    InfluencePlacePlansThroughLocalData = 1,

    /// <summary>Oversight of effectiveness, quality and safety.</summary>
    OverseeEffectivenessQualityAndSafety = 2,

    /// <summary>Stewardship of resources, determining local spend within cost centres.</summary>
    StewardResourcesWithinCostCentres = 3,

    /// <summary>Support innovation and improvement.</summary>
    SupportInnovationAndImprovement = 4,

    /// <summary>Engage with their local populations using assets available.</summary>
    EngageLocalPopulationsUsingAssets = 5,
}
