using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>A document made from the valid sample by deleting or replacing one member or array element.</summary>
/// <param name="Description">What was changed, for the failure message.</param>
/// <param name="Json">The changed document.</param>
internal sealed record SampleMutation(string Description, string Json)
{
    /// <summary>Where the change was made: member names and array indices from the root.</summary>
    public IReadOnlyList<object> Location { get; init; } = [];

    /// <summary>The JSON text put in place of the member or element, or null when it was deleted.</summary>
    public string? Replacement { get; init; }

    public override string ToString() => Description;
}

/// <summary>Generates one-change mutations of a JSON document.</summary>
internal static class SampleMutations
{
    private const string Placeholder = "__replacement-6f1c0a__";

    /// <summary>Mutations of <paramref name="json"/>: one member or element (at any depth) deleted or replaced by a random JSON value.</summary>
    public static Gen<SampleMutation> Of(string json)
    {
        var locations = Locations(JsonNode.Parse(json)!, []).ToArray();
        return from location in Gen.Elements(locations)
               from delete in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
               from value in JsonGen.Value
               select Apply(json, location, delete ? null : value);
    }

    /// <summary>Mutations of <paramref name="json"/> (see <see cref="Of"/>) shrinking to smaller replacement values, then to a deletion.</summary>
    public static Arbitrary<SampleMutation> ArbOf(string json) => Arb.From(Of(json), mutation => mutation.Replacement is null
        ? []
        : JsonGen.Shrink(mutation.Replacement).Select(smaller => Apply(json, mutation.Location, smaller)).Prepend(Apply(json, mutation.Location, null)));

    /// <summary>Deletes (<paramref name="replacement"/> null) or replaces the node at <paramref name="location"/>.</summary>
    public static SampleMutation Apply(string json, IReadOnlyList<object> location, string? replacement)
    {
        var root = JsonNode.Parse(json)!;
        var parent = root;
        foreach (var step in location.Take(location.Count - 1))
        {
            parent = step is string name ? parent[name]! : parent[(int)step]!;
        }

        // The replacement goes in as a placeholder that is swapped for its raw text afterwards, so that text JsonNode
        // will not write (an escaped lone surrogate) still reaches the reader.
        var last = location[^1];
        JsonNode? newValue = replacement is null ? null : Placeholder;
        switch (parent, last, replacement)
        {
            case (JsonObject obj, string name, null):
                obj.Remove(name);
                break;
            case (JsonObject obj, string name, _):
                obj[name] = newValue;
                break;
            case (JsonArray array, int index, null):
                array.RemoveAt(index);
                break;
            case (JsonArray array, int index, _):
                array[index] = newValue;
                break;
            default:
                throw new InvalidOperationException("Bad location.");
        }

        var where = "$" + string.Concat(location.Select(s => s is string n ? "." + n : $"[{s}]"));
        var text = root.ToJsonString();
        return new SampleMutation(
            replacement is null ? $"deleted {where}" : $"replaced {where} with {replacement}",
            replacement is null ? text : text.Replace("\"" + Placeholder + "\"", replacement, StringComparison.Ordinal))
        {
            Location = location,
            Replacement = replacement,
        };
    }

    private static IEnumerable<IReadOnlyList<object>> Locations(JsonNode node, IReadOnlyList<object> at)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    IReadOnlyList<object> here = [.. at, key];
                    yield return here;
                    if (value is not null)
                    {
                        foreach (var inner in Locations(value, here))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    IReadOnlyList<object> here = [.. at, i];
                    yield return here;
                    if (array[i] is { } item)
                    {
                        foreach (var inner in Locations(item, here))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
