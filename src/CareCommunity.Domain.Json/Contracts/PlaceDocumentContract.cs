using System.Text.Json.Serialization;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// The place document (schema <c>docs/schemas/place.schema.json</c>): a Place and its care communities, e.g. Cheshire
/// East's eight (CC-1).
/// </summary>
/// <param name="SchemaVersion">The format's version; <c>1.0</c>.</param>
/// <param name="PlaceId">The Place's id.</param>
/// <param name="Name">The Place's name.</param>
/// <param name="CareCommunities">Its care communities.</param>
/// <param name="Note">A free-text note, e.g. on where the figures come from.</param>
/// <param name="Schema">The JSON Schema the document claims to follow, if given.</param>
public sealed record PlaceDocumentContract(
    string SchemaVersion,
    [property: IdentifierValue] string PlaceId,
    [property: NonBlank] string Name,
    IReadOnlyList<CareCommunityFootprintContract> CareCommunities,
    string? Note = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>A care community's footprint within a Place (CC-1).</summary>
/// <param name="Id">The community's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Areas">The towns and areas it covers.</param>
/// <param name="Pcns">The PCNs it aligns with.</param>
/// <param name="RegisteredPopulation">Its registered population, where known.</param>
public sealed record CareCommunityFootprintContract(
    [property: IdentifierValue] string Id,
    string Name,
    IReadOnlyList<string> Areas,
    IReadOnlyList<PrimaryCareNetworkContract> Pcns,
    [property: ValueRange(1)] int? RegisteredPopulation = null);

/// <summary>A Primary Care Network.</summary>
/// <param name="Id">Its organisation id.</param>
/// <param name="Name">Its name.</param>
public sealed record PrimaryCareNetworkContract([property: IdentifierValue] string Id, string Name);
