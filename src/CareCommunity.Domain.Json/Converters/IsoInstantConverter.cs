using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CareCommunity.Domain.Json.Converters;

/// <summary>
/// NodaTime.Serialization.SystemTextJson's ISO-8601 <see cref="Instant"/> converter
/// (<see cref="NodaConverters.InstantConverter"/>, e.g. <c>2021-03-01T09:30:00Z</c>) as a type with a parameterless
/// constructor, so <see cref="CareCommunityJsonContext"/> can name it in its source-generation options.
/// </summary>
/// <remarks>
/// As <see cref="IsoLocalDateConverter"/>: NodaTime's converter parses and formats; a bad value is restated naming the
/// text at fault, which <see cref="JsonProblems"/> reports as a <c>json.wrong-type</c> issue at the value's path.
/// </remarks>
internal sealed class IsoInstantConverter : JsonConverter<Instant>
{
    private static readonly JsonConverter<Instant> Noda = NodaConverters.InstantConverter;

    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return Noda.Read(ref reader, typeToConvert, options);
        }
        catch (JsonException e) when (e.Path is null)
        {
            throw new JsonException(
                reader.TokenType == JsonTokenType.String
                    ? $"'{reader.GetString()}' is not an ISO instant (yyyy-MM-ddTHH:mm:ssZ, in UTC)."
                    : $"Expected an instant as a string 'yyyy-MM-ddTHH:mm:ssZ', found {reader.TokenType}.",
                e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
