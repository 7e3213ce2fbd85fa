using NodaTime;
using OneOf;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// Where a community stands on a date by one kind of assessment: the latest score of each dimension assessed so far,
/// their aggregate and the phase it maps to.
/// </summary>
/// <param name="Kind">Which assessments: objective standings earn freedoms, subjective ones never do.</param>
/// <param name="Phase">The phase the aggregate maps to.</param>
/// <param name="AggregateScore">The median or mean of <paramref name="Scores"/> (unassessed dimensions count at their lowest level).</param>
/// <param name="LatestAssessmentOn">The date of the latest assessment taken into account.</param>
/// <param name="Scores">The score of every dimension of the matrix, by dimension id (a subjective score is the consensus median).</param>
/// <param name="DimensionsAssessed">How many dimensions had an assessment of this kind.</param>
public sealed record PhaseStanding(AssessmentKind Kind, DevelopmentPhase Phase, decimal AggregateScore, LocalDate LatestAssessmentOn,
    System.Collections.Immutable.ImmutableSortedDictionary<string, decimal> Scores, int DimensionsAssessed);

/// <summary>What a community asks to do: exercise a freedom, with an amount for spend or an interval for reporting.</summary>
/// <param name="Kind">The freedom.</param>
/// <param name="Amount">For spend: the amount to be decided.</param>
/// <param name="ReportingIntervalMonths">For reporting: the interval asked for.</param>
public sealed record FreedomRequest(FreedomKind Kind, Money? Amount = null, int? ReportingIntervalMonths = null)
{
    /// <summary>A request to decide a spend of <paramref name="amount"/> within the cost centre.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static FreedomRequest Spend(Money amount) => amount.IsNegative
        ? throw new ArgumentOutOfRangeException(nameof(amount), amount, "A spend request is for a positive amount or nothing.")
        : new(FreedomKind.DetermineSpend, amount);

    /// <summary>A request to report every <paramref name="months"/> months.</summary>
    /// <param name="months">The interval.</param>
    /// <returns>The request.</returns>
    public static FreedomRequest Reporting(int months) => new(FreedomKind.ReportingFrequency, ReportingIntervalMonths: months);
}

/// <summary>Why a freedom was refused.</summary>
public enum RefusalReason
{
    /// <summary>No objective assessment on or before the date: freedoms follow objective assessments only.</summary>
    NoObjectiveAssessment = 0,

    /// <summary>The objectively assessed phase does not grant the freedom (never granted, or withdrawn by a later assessment).</summary>
    NotGrantedAtPhase = 1,

    /// <summary>The phase grants the freedom, but the amount is above the delegated limit.</summary>
    AboveDelegatedLimit = 2,

    /// <summary>The phase grants the freedom, but not so long a reporting interval.</summary>
    ReportingIntervalTooLong = 3,
}

/// <summary>The freedom is granted.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Freedom">The freedom the framework grants at the phase.</param>
/// <param name="Standing">The objective standing that earns it.</param>
public sealed record FreedomGranted(FreedomRequest Request, Freedom Freedom, PhaseStanding Standing);

/// <summary>The freedom is refused.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Reason">Why.</param>
/// <param name="Standing">The objective standing, when there is one.</param>
/// <param name="Granted">The freedom of this kind the phase does grant (a lower limit or shorter interval), if any.</param>
public sealed record FreedomRefused(FreedomRequest Request, RefusalReason Reason, PhaseStanding? Standing, Freedom? Granted);

/// <summary>The answer to "may this community exercise this freedom on this date?": granted or refused, a closed choice.</summary>
public sealed class FreedomDecision : OneOfBase<FreedomGranted, FreedomRefused>
{
    private FreedomDecision(OneOf<FreedomGranted, FreedomRefused> outcome)
        : base(outcome)
    {
    }

    /// <summary>True when granted.</summary>
    public bool IsGranted => IsT0;

    /// <summary>A granted decision.</summary>
    /// <param name="granted">The grant.</param>
    /// <returns>The decision.</returns>
    public static FreedomDecision Grant(FreedomGranted granted) => new(granted);

    /// <summary>A refused decision.</summary>
    /// <param name="refused">The refusal.</param>
    /// <returns>The decision.</returns>
    public static FreedomDecision Refuse(FreedomRefused refused) => new(refused);

    /// <inheritdoc />
    public override string ToString() => Match(g => $"granted: {g.Freedom}", r => $"refused: {r.Reason}");
}
