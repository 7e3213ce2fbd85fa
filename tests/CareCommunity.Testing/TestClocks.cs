using NodaTime;
using NodaTime.Testing;

namespace CareCommunity.Testing;

/// <summary>NodaTime.Testing <see cref="FakeClock"/>s set to the moments the tests need.</summary>
public static class TestClocks
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>A clock reading midday on <paramref name="date"/> in Europe/London, the model's calendar.</summary>
    public static FakeClock AtLondonMidday(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneStrictly(London).ToInstant());
}
