using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CareCommunity.Domain.Json.Converters;

/// <summary>
/// NodaTime.Serialization.SystemTextJson's ISO-8601 <see cref="LocalDate"/> converter
/// (<see cref="NodaConverters.LocalDateConverter"/>, <c>yyyy-MM-dd</c>) as a type with a parameterless constructor, so
/// <see cref="CareCommunityJsonContext"/> can name it in its source-generation options and
/// <see cref="CareCommunityJsonContext.Default"/> reads and writes dates with no further configuration.
/// </summary>
/// <remarks>
/// NodaTime's converter does the parsing and formatting. On a bad value it throws a <see cref="JsonException"/> with no
/// message of its own (System.Text.Json then says only "could not be converted"), so this adapter restates it naming
/// the text at fault, which <see cref="JsonProblems"/> reports as a <c>json.wrong-type</c> issue at the value's path.
/// </remarks>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Noda = NodaConverters.LocalDateConverter;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return Noda.Read(ref reader, typeToConvert, options);
        }
        catch (JsonException e) when (e.Path is null)
        {
            throw new JsonException(
                reader.TokenType == JsonTokenType.String
                    ? $"'{reader.GetString()}' is not an ISO calendar date (yyyy-MM-dd)."
                    : $"Expected a date as a string 'yyyy-MM-dd', found {reader.TokenType}.",
                e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
