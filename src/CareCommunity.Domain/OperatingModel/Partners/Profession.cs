namespace CareCommunity.Domain.OperatingModel;

/// <summary>A person's profession, where it matters to the model (the nursing or AHP lead, CC-4).</summary>
public enum Profession
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>A doctor (e.g. a GP).</summary>
    Doctor = 1,

    /// <summary>A registered nurse.</summary>
    Nurse = 2,

    /// <summary>An allied health professional (physiotherapist, occupational therapist, paramedic, …).</summary>
    AlliedHealthProfessional = 3,

    /// <summary>A social worker.</summary>
    SocialWorker = 4,

    /// <summary>A manager or coach.</summary>
    Manager = 5,

    /// <summary>A public health specialist.</summary>
    PublicHealthSpecialist = 6,

    /// <summary>A pharmacist.</summary>
    Pharmacist = 7,

    /// <summary>Any other profession.</summary>
    Other = 8,
}
