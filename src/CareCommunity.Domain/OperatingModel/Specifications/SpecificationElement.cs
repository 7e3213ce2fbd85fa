using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>Whether a specification's element is essential (CC-11, 003 l.191).</summary>
public enum ElementImportance
{
    /// <summary>Core: essential.</summary>
    Core = 0,

    /// <summary>Desirable.</summary>
    Desirable = 1,
}

/// <summary>How a provider takes up an element of a specification (CC-11).</summary>
public enum AdoptionMode
{
    /// <summary>Adopt: deliver as per the specification.</summary>
    Adopt = 0,

    /// <summary>Adapt: adjust the model operationally, with formal governance approval.</summary>
    Adapt = 1,

    /// <summary>Not delivered: allowed only for desirable elements.</summary>
    NotDelivered = 2,
}

/// <summary>Formal governance approval of an adaptation (CC-11).</summary>
/// <param name="ApprovedBy">The body that approved it.</param>
/// <param name="ApprovedOn">When.</param>
public sealed record GovernanceApproval(string ApprovedBy, LocalDate ApprovedOn)
{
    /// <summary>The body that approved it; never blank.</summary>
    public string ApprovedBy { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(ApprovedBy)); } = Guard.Against.NullOrWhiteSpace(ApprovedBy, nameof(ApprovedBy));
}

/// <summary>How a care community takes up one element of a specification (CC-11).</summary>
/// <param name="Specification">The specification's name.</param>
/// <param name="Element">The element.</param>
/// <param name="Importance">Core or desirable.</param>
/// <param name="Mode">Adopt, adapt or not delivered.</param>
/// <param name="Approval">The governance approval, required when adapting.</param>
public sealed record SpecificationElement(string Specification, string Element, ElementImportance Importance, AdoptionMode Mode, GovernanceApproval? Approval)
{
    /// <summary>The specification's name; never blank.</summary>
    public string Specification { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Specification)); } = Guard.Against.NullOrWhiteSpace(Specification, nameof(Specification));

    /// <summary>The element; never blank.</summary>
    public string Element { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Element)); } = Guard.Against.NullOrWhiteSpace(Element, nameof(Element));
}
