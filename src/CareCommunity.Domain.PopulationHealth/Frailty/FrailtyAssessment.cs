using System.Globalization;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A resident's frailty as a plain value — its <see cref="FrailtySource"/> and the score or level — so that
/// <see cref="Resident"/> is a struct and classifying it allocates nothing. <see cref="None"/> (the default) means not
/// assessed. <see cref="Frailty"/> is the same choice as a OneOf union; the two convert into each other.
/// </summary>
public readonly struct FrailtyAssessment : IEquatable<FrailtyAssessment>
{
    private readonly double _value;

    private FrailtyAssessment(FrailtySource source, double value)
    {
        Source = source;
        _value = value;
    }

    /// <summary>Not assessed.</summary>
    public static FrailtyAssessment None => default;

    /// <summary>Where the frailty comes from; <see cref="FrailtySource.None"/> when not assessed.</summary>
    public FrailtySource Source { get; }

    /// <summary>True when some frailty is known.</summary>
    public bool IsAssessed => Source != FrailtySource.None;

    /// <summary>The stated level.</summary>
    /// <exception cref="InvalidOperationException">The source is not <see cref="FrailtySource.Stated"/>.</exception>
    public StatedFrailty AsStated => Source == FrailtySource.Stated
        ? new StatedFrailty((FrailtyLevel)(byte)_value)
        : throw NotSource(FrailtySource.Stated);

    /// <summary>The electronic Frailty Index.</summary>
    /// <exception cref="InvalidOperationException">The source is not <see cref="FrailtySource.ElectronicFrailtyIndex"/>.</exception>
    public ElectronicFrailtyIndex AsElectronicFrailtyIndex => Source == FrailtySource.ElectronicFrailtyIndex
        ? new ElectronicFrailtyIndex(_value)
        : throw NotSource(FrailtySource.ElectronicFrailtyIndex);

    /// <summary>The Clinical Frailty Scale score.</summary>
    /// <exception cref="InvalidOperationException">The source is not <see cref="FrailtySource.ClinicalFrailtyScale"/>.</exception>
    public ClinicalFrailtyScale AsClinicalFrailtyScale => Source == FrailtySource.ClinicalFrailtyScale
        ? new ClinicalFrailtyScale((int)_value)
        : throw NotSource(FrailtySource.ClinicalFrailtyScale);

    /// <summary>A stated level.</summary>
    /// <param name="stated">The level.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined (a default-constructed invalid value).</exception>
    public static FrailtyAssessment Of(StatedFrailty stated) => new(FrailtySource.Stated, (byte)StatedFrailty.Create(stated.Level).Level);

    /// <summary>An electronic Frailty Index score.</summary>
    /// <param name="efi">The score.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not 0 to 1.</exception>
    public static FrailtyAssessment Of(ElectronicFrailtyIndex efi) => new(FrailtySource.ElectronicFrailtyIndex, ElectronicFrailtyIndex.Create(efi.Score).Score);

    /// <summary>A Clinical Frailty Scale score.</summary>
    /// <param name="cfs">The score.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not 1 to 9 (e.g. a default-constructed value).</exception>
    public static FrailtyAssessment Of(ClinicalFrailtyScale cfs) => new(FrailtySource.ClinicalFrailtyScale, ClinicalFrailtyScale.Create(cfs.Score).Score);

    /// <summary>A stated level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static FrailtyAssessment Stated(FrailtyLevel level) => Of(StatedFrailty.Create(level));

    /// <summary>An electronic Frailty Index score.</summary>
    /// <param name="score">The score, 0 to 1.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not 0 to 1.</exception>
    public static FrailtyAssessment Efi(double score) => Of(ElectronicFrailtyIndex.Create(score));

    /// <summary>A Clinical Frailty Scale score.</summary>
    /// <param name="score">The score, 1 to 9.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not 1 to 9.</exception>
    public static FrailtyAssessment Cfs(int score) => Of(ClinicalFrailtyScale.Create(score));

    /// <summary>
    /// The level, read with the given options; null when not assessed, or for a CFS 9 read as not graded. Does not
    /// allocate.
    /// </summary>
    /// <param name="options">The readings; <see cref="FrailtyOptions.Default"/> when null.</param>
    /// <returns>The level, or null.</returns>
    public FrailtyLevel? Level(FrailtyOptions? options = null)
    {
        options ??= FrailtyOptions.Default;
        return Source switch
        {
            FrailtySource.Stated => (FrailtyLevel)(byte)_value,
            FrailtySource.ElectronicFrailtyIndex => new ElectronicFrailtyIndex(_value).Level(options.EfiThresholds),
            FrailtySource.ClinicalFrailtyScale => new ClinicalFrailtyScale((int)_value).Level(options.ClinicalFrailtyScaleFive, options.ClinicalFrailtyScaleNine),
            _ => null,
        };
    }

    /// <summary>The frailty as a OneOf union, or null when not assessed.</summary>
    /// <returns>The frailty, or null.</returns>
    public Frailty? ToFrailty() => Frailty.FromAssessment(this);

    /// <inheritdoc />
    public bool Equals(FrailtyAssessment other) => Source == other.Source && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FrailtyAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, _value);

    /// <summary>The source and its value, e.g. <c>eFI 0.27</c>, <c>CFS 6</c>, <c>level moderate</c> or <c>not assessed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source switch
    {
        FrailtySource.Stated => AsStated.ToString(),
        FrailtySource.ElectronicFrailtyIndex => AsElectronicFrailtyIndex.ToString(),
        FrailtySource.ClinicalFrailtyScale => AsClinicalFrailtyScale.ToString(),
        _ => "not assessed",
    };

    /// <summary>Equality.</summary>
    /// <param name="left">An assessment.</param>
    /// <param name="right">An assessment.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FrailtyAssessment left, FrailtyAssessment right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">An assessment.</param>
    /// <param name="right">An assessment.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FrailtyAssessment left, FrailtyAssessment right) => !left.Equals(right);

    private InvalidOperationException NotSource(FrailtySource wanted) =>
        new(string.Create(CultureInfo.InvariantCulture, $"This frailty comes from {Source}, not {wanted}."));
}
