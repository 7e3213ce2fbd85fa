namespace CareCommunity.Domain.OperatingModel;

/// <summary>A named person holding one of the eight core roles (CC-2).</summary>
public sealed record CoreGroupMember
{
    /// <summary>Creates a membership.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">The role they hold.</param>
    public CoreGroupMember(PersonId person, CoreRole role)
    {
        Guard.Against.DefaultId(person);
        Guard.Against.UndefinedEnum(role);
        Person = person;
        Role = role;
    }

    /// <summary>The person.</summary>
    public PersonId Person { get; }

    /// <summary>The role.</summary>
    public CoreRole Role { get; }
}
