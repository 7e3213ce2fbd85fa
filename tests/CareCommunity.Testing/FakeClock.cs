using NodaTime;

namespace CareCommunity.Testing;

/// <summary>
/// A clock for tests (NodaTime.Testing is not available): it reads whatever instant it was set to, and moves only
/// when told to. Not thread-safe.
/// </summary>
public sealed class FakeClock : IClock
{
    /// <summary>Creates a clock reading <paramref name="now"/>.</summary>
    public FakeClock(Instant now) => Now = now;

    /// <summary>The instant the clock reads; set it to jump.</summary>
    public Instant Now { get; set; }

    /// <summary>A clock reading the given UTC date and time.</summary>
    public static FakeClock FromUtc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(Instant.FromUtc(year, month, day, hour, minute, second));

    /// <summary>A clock reading midday on <paramref name="date"/> in Europe/London, the model's calendar.</summary>
    public static FakeClock AtLondonMidday(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant());

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;

    /// <summary>Moves the clock on (or back, for a negative duration).</summary>
    public FakeClock Advance(Duration by)
    {
        Now += by;
        return this;
    }

    /// <summary>Moves the clock on by whole standard days.</summary>
    public FakeClock AdvanceDays(int days) => Advance(Duration.FromDays(days));

    /// <summary>Moves the clock on by hours.</summary>
    public FakeClock AdvanceHours(int hours) => Advance(Duration.FromHours(hours));
}
