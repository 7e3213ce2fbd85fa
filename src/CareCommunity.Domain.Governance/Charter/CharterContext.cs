using System.Collections.Immutable;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>The readings of MOU-8 and MOU-9 the seed leaves open (docs/decisions/0055-0059).</summary>
public sealed record CharterOptions
{
    /// <summary>The defaults.</summary>
    public static CharterOptions Default { get; } = new();

    /// <summary>
    /// Days between a Partner's consultation and the Board's agreement for the variation to be "after consultation"
    /// (docs/decisions/0058). Default 0: consulted on the day of the agreement or before; 1 asks for a day before.
    /// </summary>
    public int MinimumConsultationDays { get; init => field = Guard.Against.OutOfRange(value, nameof(MinimumConsultationDays), 0, 3650); }

    /// <summary>
    /// When true, a signature counts only once its delivery is recorded ("when executed and delivered", l.1348); when
    /// false (the default) a signature without a recorded delivery counts from its signing and MOU-9 reports the gap as
    /// information (docs/decisions/0056).
    /// </summary>
    public bool RequireDeliveryDate { get; init; }

    /// <summary>How many Partners must agree to include an additional partner (docs/decisions/0057). Default all Partners.</summary>
    public AdmissionThreshold AdmissionThreshold
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {nameof(Charter.AdmissionThreshold)}.");
    }

    /// <summary>The share of Partners, in per cent, for <see cref="AdmissionThreshold.Share"/> (1 to 100, default 75, the
    /// memorandum's own figure for capital and transformation decisions, l.1294).</summary>
    public int AdmissionSharePercent { get; init => field = Guard.Against.OutOfRange(value, nameof(AdmissionSharePercent), 1, 100); } = 75;

    /// <summary>Severities chosen for particular issue codes (e.g. raise <c>charter.admission-below-threshold</c> to an error).</summary>
    public ImmutableDictionary<IssueCode, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<IssueCode, Severity>.Empty;
}

/// <summary>What MOU-8 and MOU-9 need besides the draft: the day they are evaluated on (never the system clock) and the options.</summary>
/// <param name="EvaluatedOn">The day of the evaluation: dates after it are reported, and the memorandum's effect is evaluated on it.</param>
/// <param name="Options">The options; <see cref="CharterOptions.Default"/> when null.</param>
public sealed record CharterContext(LocalDate EvaluatedOn, CharterOptions? Options = null)
{
    /// <summary>The options in force.</summary>
    public CharterOptions EffectiveOptions => Options ?? CharterOptions.Default;
}
