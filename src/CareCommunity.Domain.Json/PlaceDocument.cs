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

        if (contract.SchemaVersion != CareCommunityDocumentContract.CurrentSchemaVersion)
        {
            issues.Error(IssueKind.Value, null, IssueCode.Create("document.unsupported-schema-version"), root.Property("schemaVersion"),
                $"Unsupported schemaVersion '{contract.SchemaVersion}': this library reads version {CareCommunityDocumentContract.CurrentSchemaVersion}.", contract.SchemaVersion);
        }

        var placeOk = PlaceId.TryCreate(contract.PlaceId, out var placeId);
        if (!placeOk)
        {
            issues.Error(IssueKind.Value, null, IssueCode.Create("value.invalid-identifier"), root.Property("placeId"), Identifier.Explain("place id", contract.PlaceId), contract.PlaceId);
        }

        var communities = new List<CareCommunityFootprint>();
        for (var i = 0; i < contract.CareCommunities.Count; i++)
        {
            var c = contract.CareCommunities[i];
            var at = root.Property("careCommunities").Index(i);
            var ok = CareCommunityId.TryCreate(c.Id, out var id);
            if (!ok)
            {
                issues.Error(IssueKind.Value, null, IssueCode.Create("value.invalid-identifier"), at.Property("id"), Identifier.Explain("care community id", c.Id), c.Id);
            }

            var pcns = new List<PrimaryCareNetwork>();
            for (var j = 0; j < c.Pcns.Count; j++)
            {
                if (OrganisationId.TryCreate(c.Pcns[j].Id, out var pcn))
                {
                    pcns.Add(new PrimaryCareNetwork(pcn, c.Pcns[j].Name));
                }
                else
                {
                    ok = false;
                    issues.Error(IssueKind.Value, null, IssueCode.Create("value.invalid-identifier"), at.Property("pcns").Index(j).Property("id"),
                        Identifier.Explain("organisation id", c.Pcns[j].Id), c.Pcns[j].Id);
                }
            }

            RegisteredPopulation? population = null;
            if (c.RegisteredPopulation is { } count)
            {
                if (count > 0)
                {
                    population = RegisteredPopulation.Create(count);
                }
                else
                {
                    ok = false;
                    issues.Error(IssueKind.Value, OperatingModelRules.CareCommunityFootprint.Id, OperatingModelIssueCodes.PopulationNotPositive, at.Property("registeredPopulation"),
                        "A registered population must be positive (CC-1).", count.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (ok)
            {
                communities.Add(new CareCommunityFootprint(id, c.Name, [.. c.Areas], [.. pcns], population));
            }
        }

        if (issues.HasErrors)
        {
            return new PlaceValidationResult(issues.ToReport(), null);
        }

        var place = Place.Create(placeId, contract.Name, communities);
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
