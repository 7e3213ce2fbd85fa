using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareCommunity.Domain.Benchmarks.Support;

/// <summary>A resident-like record of the kind a population file holds (one per JSON Lines line).</summary>
/// <param name="Id">An NHS-number-like identifier.</param>
/// <param name="Age">Age in years.</param>
/// <param name="PracticeCode">The registered practice's code.</param>
/// <param name="Postcode">The postcode, when known.</param>
/// <param name="Conditions">Long-term conditions, when any.</param>
public sealed record ResidentRecord(string Id, int Age, string PracticeCode, string? Postcode = null, IReadOnlyList<string>? Conditions = null);

/// <summary>The strict source-generated context for <see cref="ResidentRecord"/>, configured like the library's own.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ResidentRecord))]
public sealed partial class ResidentJsonContext : JsonSerializerContext;
