using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Testing;

/// <summary>The organisations of the sample care community the <see cref="LocalCareCommunityBuilder"/> builds.</summary>
public static class SampleOrganisations
{
    public static OrganisationId Pcn { get; } = OrganisationId.Create("nantwich-rural-pcn");
    public static OrganisationId Practice { get; } = OrganisationId.Create("kiltearn-medical-centre");
    public static OrganisationId CommunityHealth { get; } = OrganisationId.Create("cheshire-community-health");
    public static OrganisationId Council { get; } = OrganisationId.Create("cheshire-east-council");
    public static OrganisationId Cwp { get; } = OrganisationId.Create("cwp");
    public static OrganisationId Healthwatch { get; } = OrganisationId.Create("healthwatch-cheshire-east");
    public static OrganisationId Vcfse { get; } = OrganisationId.Create("cheshire-east-cvs");
    public static OrganisationId AcuteTrust { get; } = OrganisationId.Create("mid-cheshire-hospitals");
    public static OrganisationId Police { get; } = OrganisationId.Create("cheshire-constabulary");
    public static OrganisationId FireAndRescue { get; } = OrganisationId.Create("cheshire-fire-and-rescue");
    public static OrganisationId Housing { get; } = OrganisationId.Create("local-housing-trust");

    /// <summary>Every sample organisation, as the builder lists them.</summary>
    public static IReadOnlyList<Organisation> All { get; } =
    [
        new(Pcn, "Nantwich & Rural PCN", PartnerKind.PrimaryCareNetwork),
        new(Practice, "Kiltearn Medical Centre", PartnerKind.GeneralPractice),
        new(CommunityHealth, "Cheshire Community Health Services", PartnerKind.CommunityHealth),
        new(Council, "Cheshire East Council", PartnerKind.LocalCouncil),
        new(Cwp, "Cheshire and Wirral Partnership NHS FT", PartnerKind.MentalHealthTrust),
        new(Healthwatch, "Healthwatch Cheshire East", PartnerKind.Healthwatch),
        new(Vcfse, "Cheshire East CVS", PartnerKind.Vcfse),
        new(AcuteTrust, "Mid Cheshire Hospitals NHS FT", PartnerKind.AcuteTrust),
        new(Police, "Cheshire Constabulary", PartnerKind.Police),
        new(FireAndRescue, "Cheshire Fire and Rescue Service", PartnerKind.FireAndRescue),
        new(Housing, "Local Housing Trust", PartnerKind.Housing),
    ];
}

/// <summary>The people of the sample care community the <see cref="LocalCareCommunityBuilder"/> builds.</summary>
public static class SamplePeople
{
    public static PersonId PcnClinicalDirector { get; } = PersonId.Create("p-pcn-cd");
    public static PersonId ClinicalLead { get; } = PersonId.Create("p-clinical-lead");
    public static PersonId Coach { get; } = PersonId.Create("p-coach");
    public static PersonId SocialCare { get; } = PersonId.Create("p-social-care");
    public static PersonId PublicHealth { get; } = PersonId.Create("p-public-health");
    public static PersonId MentalHealth { get; } = PersonId.Create("p-cwp");
    public static PersonId Healthwatch { get; } = PersonId.Create("p-healthwatch");
    public static PersonId Vcfse { get; } = PersonId.Create("p-vcfse");

    /// <summary>A local councillor, a wider member (CC-5).</summary>
    public static PersonId Councillor { get; } = PersonId.Create("p-councillor");

    /// <summary>A cardiologist the acute trust aligns to the community (CC-5).</summary>
    public static PersonId Cardiologist { get; } = PersonId.Create("p-cardiologist");

    /// <summary>A listed nurse who is not a core-group member: the natural non-member for CC-4 tests.</summary>
    public static PersonId PracticeNurse { get; } = PersonId.Create("p-practice-nurse");

    /// <summary>Every sample person, as the builder lists them.</summary>
    public static IReadOnlyList<Person> All { get; } =
    [
        new(PcnClinicalDirector, "Dr Asha Patel", SampleOrganisations.Pcn, Profession.Doctor),
        new(ClinicalLead, "Dr Owen Hughes", SampleOrganisations.Practice, Profession.Doctor),
        new(Coach, "Sam Whitfield", SampleOrganisations.CommunityHealth, Profession.Manager),
        new(SocialCare, "Priya Shah", SampleOrganisations.Council, Profession.SocialWorker),
        new(PublicHealth, "Tom Greaves", SampleOrganisations.Council, Profession.PublicHealthSpecialist),
        new(MentalHealth, "Helen Moss", SampleOrganisations.Cwp, Profession.Nurse),
        new(Healthwatch, "Grace Lee", SampleOrganisations.Healthwatch),
        new(Vcfse, "Martin Doyle", SampleOrganisations.Vcfse),
        new(Councillor, "Cllr Jane Rowe", SampleOrganisations.Council),
        new(Cardiologist, "Dr Neil Brooks", SampleOrganisations.AcuteTrust, Profession.Doctor),
        new(PracticeNurse, "Amy Clarke", SampleOrganisations.Practice, Profession.Nurse),
    ];

    /// <summary>Who holds each core role in the sample community (CC-2).</summary>
    public static PersonId HolderOf(CoreRole role) => role switch
    {
        CoreRole.PcnClinicalDirector => PcnClinicalDirector,
        CoreRole.CareCommunityClinicalLead => ClinicalLead,
        CoreRole.CoachOrServiceManager => Coach,
        CoreRole.SocialCare => SocialCare,
        CoreRole.PublicHealth => PublicHealth,
        CoreRole.CwpMentalHealth => MentalHealth,
        CoreRole.Healthwatch => Healthwatch,
        CoreRole.Vcfse => Vcfse,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Who holds each leadership role in the sample community (CC-4): the expected core role's holder, and the CWP nurse as nursing lead.</summary>
    public static PersonId LeaderOf(LeadershipRole role) => role switch
    {
        LeadershipRole.ClinicalOrPractitionerLead => ClinicalLead,
        LeadershipRole.PcnClinicalDirector => PcnClinicalDirector,
        LeadershipRole.CommunityManagerOrCoach => Coach,
        LeadershipRole.NursingOrAhpLead => MentalHealth,
        LeadershipRole.SocialCareLead => SocialCare,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
