using System.Collections.Immutable;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>A Primary Care Network a care community aligns with (CC-1).</summary>
/// <param name="Id">The PCN's organisation id.</param>
/// <param name="Name">Its name.</param>
public sealed record PrimaryCareNetwork(OrganisationId Id, string Name);

/// <summary>
/// A care community as a Place sees it (CC-1): its id, name, the areas it covers, the PCNs it aligns with and,
/// where known, its registered population.
/// </summary>
/// <param name="Id">The community's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Areas">The towns and areas it covers, e.g. Sandbach, Middlewich, Alsager, Scholar Green, Haslington.</param>
/// <param name="Pcns">The PCNs it aligns with.</param>
/// <param name="RegisteredPopulation">Its registered population, where known.</param>
public sealed record CareCommunityFootprint(
    CareCommunityId Id,
    string Name,
    ImmutableArray<string> Areas,
    ImmutableArray<PrimaryCareNetwork> Pcns,
    RegisteredPopulation? RegisteredPopulation);

/// <summary>
/// A Place (a local authority footprint such as Cheshire East) and its care communities. Made by <see cref="Create"/>,
/// which checks CC-1: community ids unique, every community aligned with at least one PCN, no PCN in two communities.
/// </summary>
public sealed class Place
{
    private Place(PlaceId id, string name, ImmutableArray<CareCommunityFootprint> careCommunities)
    {
        Id = id;
        Name = name;
        CareCommunities = careCommunities;
    }

    /// <summary>The Place's id.</summary>
    public PlaceId Id { get; }

    /// <summary>The Place's name.</summary>
    public string Name { get; }

    /// <summary>Its care communities, as listed.</summary>
    public ImmutableArray<CareCommunityFootprint> CareCommunities { get; }

    /// <summary>The total registered population of the communities whose population is known.</summary>
    public int KnownRegisteredPopulation => CareCommunities.Sum(c => c.RegisteredPopulation?.Count ?? 0);

    /// <summary>Every PCN of the Place.</summary>
    public IEnumerable<PrimaryCareNetwork> Pcns => CareCommunities.SelectMany(c => c.Pcns);

    /// <summary>Creates a Place. Issues are located relative to the Place document (<c>$.careCommunities[i]</c>).</summary>
    /// <param name="id">The Place's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="careCommunities">Its care communities.</param>
    /// <returns>The Place, or the CC-1 issues that prevent it.</returns>
    public static Result<Place> Create(PlaceId id, string name, IEnumerable<CareCommunityFootprint> careCommunities)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(careCommunities);
        var list = careCommunities.ToImmutableArray();
        var rule = OperatingModelRules.Footprint.Id;
        var issues = new IssueCollector();
        var ids = new Dictionary<CareCommunityId, int>();
        var pcns = new Dictionary<OrganisationId, int>();
        var at = DocumentPath.Root.Property("careCommunities");
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (!ids.TryAdd(c.Id, i))
            {
                issues.Error(IssueKind.Invariant, rule, DocumentIntegrity.DuplicateId.Code, at.Index(i).Property("id"),
                    $"The care community id '{c.Id}' is already used at index {ids[c.Id]}.", c.Id.Value);
            }

            if (c.Pcns.IsEmpty)
            {
                issues.Error(IssueKind.Required, rule, FootprintRule.NoAlignedPcn.Code, at.Index(i).Property("pcns"),
                    $"Care community '{c.Name}' aligns with no Primary Care Network: a care community is based on a registered population footprint (CC-1).");
            }

            for (var j = 0; j < c.Pcns.Length; j++)
            {
                if (!pcns.TryAdd(c.Pcns[j].Id, i))
                {
                    issues.Error(IssueKind.Invariant, rule, FootprintRule.PcnInTwoCommunities.Code, at.Index(i).Property("pcns").Index(j).Property("id"),
                        $"The PCN '{c.Pcns[j].Name}' is already aligned with the care community at index {pcns[c.Pcns[j].Id]}: care communities and PCNs are coterminous, a PCN belongs to one care community (CC-1).",
                        c.Pcns[j].Id.Value);
                }
            }
        }

        return issues.HasErrors ? Result<Place>.Failure(issues.Issues) : Result<Place>.Success(new Place(id, name.Trim(), list));
    }
}
