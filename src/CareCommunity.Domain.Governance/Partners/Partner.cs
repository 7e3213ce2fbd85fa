using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Partners;

/// <summary>
/// An organisation the Memorandum names: a member of the Partnership and party to the Memorandum (Annex A,
/// 004 l.1416-1472), or one of the "other partners who are not members and therefore not signatories" (l.1476-1494).
/// A partner may stand for a category ("All PCNs in the Cheshire and Merseyside area") rather than one organisation.
/// </summary>
/// <remarks>Immutable. Equality is by value.</remarks>
public sealed record Partner
{
    private Partner(OrganisationId id, string name, OrganisationType type, bool isMember, bool isCategory, ImmutableArray<PlaceId> places, string? note)
    {
        Id = id;
        Name = name;
        Type = type;
        IsMember = isMember;
        IsCategory = isCategory;
        Places = places;
        Note = note;
    }

    /// <summary>The organisation's id, a slug such as <c>liverpool-city-council</c>.</summary>
    public OrganisationId Id { get; }

    /// <summary>Its name as Annex A writes it.</summary>
    public string Name { get; }

    /// <summary>Its type (the Annex A heading it is listed under).</summary>
    public OrganisationType Type { get; }

    /// <summary>True for a member of the Partnership and party (signatory) to the Memorandum; false for a partner
    /// who is not a member (l.1476).</summary>
    public bool IsMember { get; }

    /// <summary>True when the entry stands for a category of organisations the seed does not enumerate (all PCNs;
    /// the Healthwatch of a Place; fire, police, probation).</summary>
    public bool IsCategory { get; }

    /// <summary>The Places it belongs to, where relevant (a Council's area, a CCG's Places, a Place's Healthwatch);
    /// empty for partners that serve several Places or the whole footprint.</summary>
    public ImmutableArray<PlaceId> Places { get; }

    /// <summary>What the seed adds in brackets, e.g. "Formerly Eastern, Western and South Cheshire and Vale Royal".</summary>
    public string? Note { get; }

    /// <summary>A member of the Partnership and party to the Memorandum (Annex A).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its type: one of the member types (local authority, CCG, NHS provider, PCNs, voluntary sector, Healthwatch).</param>
    /// <param name="places">The Places it belongs to, if any.</param>
    /// <param name="isCategory">True when it stands for a category of organisations.</param>
    /// <param name="note">A note from the seed.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentException">The id is the default value, the name is blank, or a Place id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static Partner Member(OrganisationId id, string name, OrganisationType type, IEnumerable<PlaceId>? places = null, bool isCategory = false, string? note = null) =>
        Create(id, name, type, true, isCategory, places, note);

    /// <summary>A partner who is not a member and not a signatory (l.1476-1494).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its type.</param>
    /// <param name="isCategory">True when it stands for a category of organisations (e.g. "Fire").</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentException">The id is the default value or the name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static Partner NonMember(OrganisationId id, string name, OrganisationType type, bool isCategory = false) =>
        Create(id, name, type, false, isCategory, null, null);

    private static Partner Create(OrganisationId id, string name, OrganisationType type, bool isMember, bool isCategory, IEnumerable<PlaceId>? places, string? note)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A partner needs an id; the default value identifies nothing.", nameof(id));
        }

        Guard.Against.NullOrWhiteSpace(name);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined OrganisationType.");
        }

        var list = places?.Distinct().ToImmutableArray() ?? [];
        if (list.Any(p => p.IsDefault))
        {
            throw new ArgumentException("A Place id of a partner is the default value, which identifies nothing.", nameof(places));
        }

        return new Partner(id, name.Trim(), type, isMember, isCategory, list, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>Equality by value, comparing the Places in order.</summary>
    /// <param name="other">The other partner.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Partner? other) => other is not null && Id == other.Id && Name == other.Name && Type == other.Type
        && IsMember == other.IsMember && IsCategory == other.IsCategory && Places.SequenceEqual(other.Places) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Type, IsMember, IsCategory, Places.Length, Note);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id}, {ModelText.Of(Type)}{(IsMember ? "" : ", not a member")})";
}
