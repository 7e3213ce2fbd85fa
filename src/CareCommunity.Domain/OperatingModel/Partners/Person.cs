namespace CareCommunity.Domain.OperatingModel;

/// <summary>A named person (the core group is "named individuals", CC-2) and the organisation they work for.</summary>
public sealed record Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">Their id.</param>
    /// <param name="name">Their name.</param>
    /// <param name="organisation">The organisation they come from.</param>
    /// <param name="profession">Their profession, where recorded.</param>
    /// <exception cref="ArgumentException">An id is default, the name blank or the profession undefined.</exception>
    public Person(PersonId id, string name, OrganisationId organisation, Profession profession = Profession.Unspecified)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(organisation);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.UndefinedEnum(profession);
        Id = id;
        Name = name.Trim();
        Organisation = organisation;
        Profession = profession;
    }

    /// <summary>Their id.</summary>
    public PersonId Id { get; }

    /// <summary>Their name. Personal data: redact it before it leaves a trusted boundary.</summary>
    public string Name { get; }

    /// <summary>The organisation they come from.</summary>
    public OrganisationId Organisation { get; }

    /// <summary>Their profession.</summary>
    public Profession Profession { get; }
}
