namespace CareCommunity.Domain.OperatingModel;

/// <summary>An organisation a care community draws members from or works with.</summary>
public sealed record Organisation
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="kind">What kind of partner it is.</param>
    /// <exception cref="ArgumentException">The id is default, the name blank or the kind undefined.</exception>
    public Organisation(OrganisationId id, string name, PartnerKind kind)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.UndefinedEnum(kind);
        Id = id;
        Name = name.Trim();
        Kind = kind;
    }

    /// <summary>The organisation's id.</summary>
    public OrganisationId Id { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>What kind of partner it is.</summary>
    public PartnerKind Kind { get; }
}
