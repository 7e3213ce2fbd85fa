namespace CareCommunity.Domain.OperatingModel;

/// <summary>The kinds of wider member the seed names (CC-5, 001 l.118); the list is not exhaustive.</summary>
public enum WiderMemberKind
{
    /// <summary>A local councillor.</summary>
    LocalCouncillor = 0,

    /// <summary>Another Local Authority link.</summary>
    LocalAuthorityLink = 1,

    /// <summary>Operational support from health and care services.</summary>
    OperationalSupport = 2,

    /// <summary>The police.</summary>
    Police = 3,

    /// <summary>Fire and Rescue.</summary>
    FireAndRescue = 4,

    /// <summary>A local housing provider.</summary>
    HousingProvider = 5,

    /// <summary>Any other member of the community the care community engages with.</summary>
    Other = 6,
}

/// <summary>A wider member of a care community (CC-5): a named person, an organisation, or both.</summary>
public sealed record WiderMember
{
    /// <summary>Creates a wider member.</summary>
    /// <param name="kind">What kind of member.</param>
    /// <param name="person">The named person, if any.</param>
    /// <param name="organisation">The organisation, if any.</param>
    /// <exception cref="ArgumentException">Neither a person nor an organisation is given.</exception>
    public WiderMember(WiderMemberKind kind, PersonId? person, OrganisationId? organisation)
    {
        Guard.Against.UndefinedEnum(kind);
        if (person is null && organisation is null)
        {
            throw new ArgumentException("A wider member names a person, an organisation, or both.", nameof(person));
        }

        Kind = kind;
        Person = person;
        Organisation = organisation;
    }

    /// <summary>What kind of member.</summary>
    public WiderMemberKind Kind { get; }

    /// <summary>The named person, if any.</summary>
    public PersonId? Person { get; }

    /// <summary>The organisation, if any.</summary>
    public OrganisationId? Organisation { get; }
}

/// <summary>A clinical leader a secondary care provider aligns to the care community (CC-5, 001 l.120).</summary>
/// <param name="Person">The clinical leader.</param>
/// <param name="Specialty">Their specialty, e.g. "Cardiology".</param>
public sealed record AlignedClinicalLead(PersonId Person, string Specialty)
{
    /// <summary>Their specialty; never blank.</summary>
    public string Specialty { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Specialty)); } = Guard.Against.NullOrWhiteSpace(Specialty, nameof(Specialty));
}
