using System.Text.Json;
using System.Text.Json.Serialization;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Json.Converters;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The source-generated System.Text.Json context of the population record formats (a resident, a classification
/// result), with the same strict options as <see cref="CareCommunityJsonContext"/>: unknown members, missing required
/// members and duplicate members are errors; dates are ISO <c>yyyy-MM-dd</c>. Lines are written compact.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    WriteIndented = false,
    Converters = [typeof(IsoLocalDateConverter)])]
[JsonSerializable(typeof(ResidentContract))]
[JsonSerializable(typeof(ResidentClassificationContract))]
public sealed partial class PopulationJsonContext : JsonSerializerContext;
