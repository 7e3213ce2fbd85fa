using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The days a version of the memorandum is in force: from <see cref="From"/> to <see cref="Until"/>, both days included,
/// or from <see cref="From"/> until further notice when <see cref="Until"/> is null (docs/decisions/0055). A version
/// that ends on 30 June and its successor that starts on 1 July do not overlap, and 1 July is the successor's.
/// </summary>
public sealed record EffectivePeriod
{
    private EffectivePeriod(LocalDate from, LocalDate? until)
    {
        From = from;
        Until = until;
    }

    /// <summary>The first day in force.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in force, included; null while the version is in force until further notice.</summary>
    public LocalDate? Until { get; }

    /// <summary>True while the period has no end.</summary>
    public bool IsOpenEnded => Until is null;

    /// <summary>A period from a day until further notice.</summary>
    /// <param name="from">The first day in force.</param>
    /// <returns>The period.</returns>
    public static EffectivePeriod Starting(LocalDate from) => new(from, null);

    /// <summary>A period from one day to another, both included.</summary>
    /// <param name="from">The first day in force.</param>
    /// <param name="until">The last day in force, not before <paramref name="from"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public static EffectivePeriod Between(LocalDate from, LocalDate until) => Create(from, until).Match(
        p => p, f => throw new ArgumentOutOfRangeException(nameof(until), until, f.Issues[0].Message));

    /// <summary>Creates a period without throwing.</summary>
    /// <param name="from">The first day in force.</param>
    /// <param name="until">The last day in force, or null for until further notice.</param>
    /// <returns>The period, or the issue <c>charter.period-ends-before-it-starts</c> at <c>$.until</c>.</returns>
    public static Result<EffectivePeriod> Create(LocalDate from, LocalDate? until) =>
        until is { } u && u < from
            ? Result<EffectivePeriod>.Failure([CharterIssues.Error("period-ends-before-it-starts", DocumentPath.Root.Property("until"),
                $"An effective period cannot end ({ModelText.Date(u)}) before it starts ({ModelText.Date(from)}).", ModelText.Date(u))])
            : Result<EffectivePeriod>.Success(new EffectivePeriod(from, until));

    /// <summary>True when the version is in force on <paramref name="date"/>: not before <see cref="From"/> and not after
    /// <see cref="Until"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the day lies in the period.</returns>
    public bool Contains(LocalDate date) => date >= From && (Until is not { } u || date <= u);

    /// <summary>True when the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(EffectivePeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Contains(other.From) || other.Contains(From);
    }

    /// <summary>This period ended on <paramref name="lastDay"/>, e.g. the day before a variation takes effect.</summary>
    /// <param name="lastDay">The new last day.</param>
    /// <returns>The shortened period, or a failure when <paramref name="lastDay"/> is before <see cref="From"/>.</returns>
    public Result<EffectivePeriod> EndingOn(LocalDate lastDay) => Create(From, lastDay);

    /// <summary>The period as text: <c>2021-04-01..2022-06-30</c>, or <c>2021-04-01..</c> while open-ended.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ModelText.Date(From)}..{(Until is { } u ? ModelText.Date(u) : "")}";
}
