using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>The outcome of validating a place document.</summary>
/// <param name="Report">Every issue found.</param>
/// <param name="Place">The Place, when the document could be read into the model.</param>
public sealed record PlaceValidationResult(ValidationReport Report, Place? Place)
{
    /// <summary>True when the report has no errors.</summary>
    public bool IsValid => Report.IsValid;
}

/// <summary>
/// Reads, validates and writes place documents (<c>docs/schemas/place.schema.json</c>): a Place and its care communities.
/// Never throws for bad data.
/// </summary>
public static class PlaceDocument
{
    /// <summary>Validates a place document.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <returns>The report and the Place.</returns>
    public static PlaceValidationResult Validate(ReadOnlySpan<byte> utf8Json)
    {
        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.PlaceDocumentContract, "place", issues);
        if (contract is null)
        {
            return new PlaceValidationResult(issues.ToReport(), null);
        }

        var root = DocumentPath.Root;
        var nullElements = false;
        for (var i = 0; i < contract.CareCommunities.Count; i++)
        {
            var c = contract.CareCommunities[i];
            var at = root.Property("careCommunities").Index(i);
            if (c is null || c.Areas.Any(a => a is null) || c.Pcns.Any(p => p is null))
            {
                issues.Error(IssueKind.Structure, null, CareCommunityDocument.NullValue, at, "This care community, or an element of its areas or pcns, is null; null elements are not allowed.");
                nullElements = true;
            }
        }

        if (nullElements)
        {
            return new PlaceValidationResult(issues.ToReport(), null);
        }

        var m = new ContractValueReader(issues);
        m.SchemaVersion(contract.SchemaVersion, root.Property("schemaVersion"));
        var placeId = m.Id<PlaceId>(contract.PlaceId, root.Property("placeId"), PlaceId.TryCreate, "place id");
        var name = m.Text(contract.Name, root.Property("name"));
        var communities = new List<CareCommunityFootprint>();
        for (var i = 0; i < contract.CareCommunities.Count; i++)
        {
            var c = contract.CareCommunities[i];
            var at = root.Property("careCommunities").Index(i);
            var id = m.Id<CareCommunityId>(c.Id, at.Property("id"), CareCommunityId.TryCreate, "care community id");
            var communityName = m.Text(c.Name, at.Property("name"));
            var pcns = c.Pcns.Select((p, j) =>
            {
                var pcnAt = at.Property("pcns").Index(j);
                var pcnId = m.Id<OrganisationId>(p.Id, pcnAt.Property("id"), OrganisationId.TryCreate, "organisation id");
                var pcnName = m.Text(p.Name, pcnAt.Property("name"));
                return pcnId is { } pid && pcnName is { } pn ? new PrimaryCareNetwork(pid, pn) : null;
            }).ToArray();
            var population = c.RegisteredPopulation is { } count
                ? m.Build(() => RegisteredPopulation.Create(count), at.Property("registeredPopulation"), count.ToString(CultureInfo.InvariantCulture))
                : null;
            if (id is { } cid && communityName is { } cn && pcns.All(p => p is not null) && (c.RegisteredPopulation is null || population is not null))
            {
                communities.Add(new CareCommunityFootprint(cid, cn, [.. c.Areas], [.. pcns.Select(p => p!)], population));
            }
        }

        if (issues.HasErrors)
        {
            return new PlaceValidationResult(issues.ToReport(), null);
        }

        var place = Place.Create(placeId!.Value, name!, communities);
        issues.AddRange(place.Issues);
        return new PlaceValidationResult(issues.ToReport(), place.ValueOrDefault);
    }

    /// <summary>Validates a place document file; an unreadable file is an issue, not an exception.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The result.</returns>
    public static PlaceValidationResult ValidateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? new PlaceValidationResult(issues.ToReport(), null) : Validate(bytes);
    }

    /// <summary>Writes a Place as a document.</summary>
    /// <param name="place">The Place.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Place place, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(place);
        var contract = new PlaceDocumentContract(CareCommunityDocumentContract.CurrentSchemaVersion, place.Id.Value, place.Name,
            [.. place.CareCommunities.Select(c => new CareCommunityFootprintContract(c.Id.Value, c.Name, [.. c.Areas],
                [.. c.Pcns.Select(p => new PrimaryCareNetworkContract(p.Id.Value, p.Name))], c.RegisteredPopulation?.Count))],
            note);
        return JsonSerializer.Serialize(contract, CareCommunityJsonContext.Default.PlaceDocumentContract);
    }
}
