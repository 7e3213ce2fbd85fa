using System.Text;
using System.Text.Json;
using CareCommunity.Domain.Json.Converters;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.Converters;

public sealed class LocalDateJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LocalDateJsonConverter(), new InstantJsonConverter() } };

    [Fact]
    public void Write_Date_IsIsoText() =>
        Assert.Equal("\"2026-11-01\"", JsonSerializer.Serialize(new LocalDate(2026, 11, 1), Options));

    [Fact]
    public void Read_IsoText_IsTheDate() =>
        Assert.Equal(new LocalDate(2026, 2, 28), JsonSerializer.Deserialize<LocalDate>("\"2026-02-28\"", Options));

    [Theory]
    [InlineData("\"2026-13-01\"", "2026-13-01")]
    [InlineData("\"2026-02-30\"", "2026-02-30")]
    [InlineData("\"01/11/2026\"", "01/11/2026")]
    [InlineData("\"2026-11-01T00:00:00Z\"", "2026-11-01T00:00:00Z")]
    public void Read_NotAnIsoDate_ThrowsJsonExceptionNamingTheText(string json, string text)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, Options));
        Assert.Contains(text, e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20261101")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Read_NotAString_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, Options));

    [Fact]
    public void Instant_RoundTrips()
    {
        var instant = Instant.FromUtc(2026, 11, 22, 9, 30);

        var json = JsonSerializer.Serialize(instant, Options);

        Assert.Equal("\"2026-11-22T09:30:00Z\"", json);
        Assert.Equal(instant, JsonSerializer.Deserialize<Instant>(Encoding.UTF8.GetBytes(json), Options));
    }

    [Fact]
    public void ReadInstant_Bad_ThrowsJsonException() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Instant>("\"yesterday\"", Options));
}
