using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Converters;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date string, <c>yyyy-MM-dd</c>
/// (<see cref="LocalDatePattern.Iso"/>). Anything else is a <see cref="JsonException"/> naming the text at fault.
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as a string 'yyyy-MM-dd', found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO calendar date (yyyy-MM-dd).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

/// <summary>
/// Reads and writes a NodaTime <see cref="Instant"/> as an extended ISO-8601 UTC string
/// (<see cref="InstantPattern.ExtendedIso"/>, e.g. <c>2026-11-22T09:30:00Z</c>).
/// </summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an instant as a string such as '2026-11-22T09:30:00Z', found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO-8601 UTC instant (e.g. 2026-11-22T09:30:00Z).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
