using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// One of the nine Places of the Partnership: a Council area ("the 9 Council areas, sometimes known as Places",
/// 004 l.934; "Places", l.1409), with the sub-region it lies in.
/// </summary>
public sealed record PartnershipPlace
{
    /// <summary>Creates a Place.</summary>
    /// <param name="id">Its id, e.g. <c>cheshire-east</c>.</param>
    /// <param name="name">Its name, e.g. <c>Cheshire East</c>.</param>
    /// <param name="subRegion">The sub-region it lies in.</param>
    /// <exception cref="ArgumentException">The id is the default value or the name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sub-region is not defined.</exception>
    public PartnershipPlace(PlaceId id, string name, SubRegion subRegion)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A Place needs an id; the default value identifies nothing.", nameof(id));
        }

        Guard.Against.NullOrWhiteSpace(name);
        if (!Enum.IsDefined(subRegion))
        {
            throw new ArgumentOutOfRangeException(nameof(subRegion), subRegion, "Not a defined SubRegion.");
        }

        Id = id;
        Name = name.Trim();
        SubRegion = subRegion;
    }

    /// <summary>The Place's id.</summary>
    public PlaceId Id { get; }

    /// <summary>The Place's name.</summary>
    public string Name { get; }

    /// <summary>The sub-region it lies in.</summary>
    public SubRegion SubRegion { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
