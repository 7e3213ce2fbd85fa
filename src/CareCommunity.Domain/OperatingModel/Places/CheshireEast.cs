using System.Collections.Immutable;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// Reference data: Cheshire East Place and its eight care communities (000 para 1; 001 l.158; 004 l.1916-1918: eight care
/// communities and nine PCNs, coterminous except Crewe, which holds two). The seeds name five of the communities (Crewe,
/// Knutsford, Macclesfield, Nantwich and Rural, SMASH: 001 l.285-331, 004 l.2261); the other names and every area list
/// come from the project's brief. The seeds give the number of PCNs, not their names, nor populations: PCNs are named
/// after their community here and populations are left unknown (docs/decisions/0012).
/// </summary>
public static class CheshireEast
{
    /// <summary>Cheshire East's Place id, <c>cheshire-east</c>.</summary>
    public static PlaceId PlaceId { get; } = PlaceId.Create("cheshire-east");

    /// <summary>
    /// The ids of Cheshire East's eight care communities, in the order of <see cref="Place"/>'s care communities, without
    /// building the Place (for tools that need only the ids, such as a population reader; a test holds the two equal).
    /// </summary>
    public static ImmutableArray<CareCommunityId> CareCommunityIds { get; } =
    [
        CareCommunityId.Create("crewe"), CareCommunityId.Create("nantwich-and-rural"), CareCommunityId.Create("smash"),
        CareCommunityId.Create("congleton-and-holmes-chapel"), CareCommunityId.Create("knutsford"), CareCommunityId.Create("macclesfield"),
        CareCommunityId.Create("chaw"), CareCommunityId.Create("bollington-disley-and-poynton"),
    ];

    /// <summary>Cheshire East Place with its eight care communities (built and validated on first use).</summary>
    public static Place Place => PlaceHolder.Value;

    /// <summary>
    /// Holds <see cref="Place"/> in a class of its own, so that reading <see cref="CareCommunityIds"/> or
    /// <see cref="PlaceId"/> does not build and validate the Place: its static initialiser runs only when the Place is read.
    /// </summary>
    private static class PlaceHolder
    {
        internal static readonly Place Value = Place.Create(PlaceId, "Cheshire East",
        [
            Community("crewe", "Crewe", ["Crewe"], ("crewe-pcn-a", "Crewe PCN (A)"), ("crewe-pcn-b", "Crewe PCN (B)")),
            Community("nantwich-and-rural", "Nantwich & Rural", ["Nantwich", "rural south Cheshire East"], ("nantwich-and-rural-pcn", "Nantwich & Rural PCN")),
            Community("smash", "SMASH", ["Sandbach", "Middlewich", "Alsager", "Scholar Green", "Haslington"], ("smash-pcn", "SMASH PCN")),
            Community("congleton-and-holmes-chapel", "Congleton & Holmes Chapel", ["Congleton", "Holmes Chapel"], ("congleton-and-holmes-chapel-pcn", "Congleton & Holmes Chapel PCN")),
            Community("knutsford", "Knutsford", ["Knutsford"], ("knutsford-pcn", "Knutsford PCN")),
            Community("macclesfield", "Macclesfield", ["Macclesfield"], ("macclesfield-pcn", "Macclesfield PCN")),
            Community("chaw", "CHAW", ["Chelford", "Handforth", "Alderley Edge", "Wilmslow"], ("chaw-pcn", "CHAW PCN")),
            Community("bollington-disley-and-poynton", "Bollington, Disley & Poynton", ["Bollington", "Disley", "Poynton"], ("bollington-disley-and-poynton-pcn", "Bollington, Disley & Poynton PCN")),
        ]).Value;
    }

    private static CareCommunityFootprint Community(string id, string name, string[] areas, params (string Id, string Name)[] pcns) =>
        new(CareCommunityId.Create(id), name, [.. areas], [.. pcns.Select(p => new PrimaryCareNetwork(OrganisationId.Create(p.Id), p.Name))], null);
}
