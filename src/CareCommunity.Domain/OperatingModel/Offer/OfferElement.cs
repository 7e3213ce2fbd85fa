namespace CareCommunity.Domain.OperatingModel;

/// <summary>Which side of the 80:20 principle an element of the offer falls on (CC-9).</summary>
public enum OfferScope
{
    /// <summary>Part of the offer consistent across the Place (the 80%).</summary>
    PlaceConsistent = 0,

    /// <summary>Local variation and innovation responsive to local need (the 20%).</summary>
    LocalVariation = 1,
}

/// <summary>One element of a care community's offer and its annual budget (CC-9).</summary>
public sealed record OfferElement
{
    /// <summary>Creates an element.</summary>
    /// <param name="name">What the element is.</param>
    /// <param name="scope">Place-consistent or local variation.</param>
    /// <param name="annualBudget">Its annual budget; not negative.</param>
    public OfferElement(string name, OfferScope scope, Money annualBudget)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.UndefinedEnum(scope);
        Guard.Against.NegativeAmount(annualBudget);
        Name = name.Trim();
        Scope = scope;
        AnnualBudget = annualBudget;
    }

    /// <summary>What the element is.</summary>
    public string Name { get; }

    /// <summary>Place-consistent or local variation.</summary>
    public OfferScope Scope { get; }

    /// <summary>Its annual budget.</summary>
    public Money AnnualBudget { get; }
}

/// <summary>How the share of local variation is measured for the 80:20 principle (CC-9). See docs/decisions/0008.</summary>
public enum EightyTwentyBasis
{
    /// <summary>By annual budget: local variation's share of the offer's total budget.</summary>
    Spend = 0,

    /// <summary>By number of offer elements.</summary>
    ElementCount = 1,
}

/// <summary>The 80:20 balance of an offer.</summary>
/// <param name="Basis">How it was measured.</param>
/// <param name="PlaceConsistent">The Place-consistent measure (pounds or elements).</param>
/// <param name="LocalVariation">The local-variation measure.</param>
/// <param name="LocalShare">Local variation's share of the whole, 0 to 1; 0 for an empty offer.</param>
/// <param name="WithinPrinciple">True when the local share does not exceed the maximum.</param>
public sealed record OfferBalance(EightyTwentyBasis Basis, decimal PlaceConsistent, decimal LocalVariation, decimal LocalShare, bool WithinPrinciple);
