using System.Globalization;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>A frailty level stated directly, e.g. by a clinician or copied from a register.</summary>
/// <param name="Level">The level.</param>
public readonly record struct StatedFrailty(FrailtyLevel Level)
{
    /// <summary>Creates a stated level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The stated frailty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static StatedFrailty Create(FrailtyLevel level) =>
        TryCreate(level, out var stated)
            ? stated
            : throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined FrailtyLevel.");

    /// <summary>Creates a stated level without throwing.</summary>
    /// <param name="level">The level.</param>
    /// <param name="stated">The stated frailty, when the level is defined.</param>
    /// <returns>True when the level is defined.</returns>
    public static bool TryCreate(FrailtyLevel level, out StatedFrailty stated)
    {
        var valid = level <= FrailtyLevel.Severe;
        stated = valid ? new StatedFrailty(level) : default;
        return valid;
    }

    /// <inheritdoc />
    public override string ToString() => $"level {FrailtyLevels.Name(Level)}";
}

/// <summary>
/// An electronic Frailty Index score: the share of 36 deficits recorded in a primary-care record, 0 to 1. Banded fit /
/// mild (&gt; 0.12) / moderate (&gt; 0.24) / severe (&gt; 0.36); the reading of a score exactly on a threshold is
/// <see cref="FrailtyOptions.EfiThresholds"/> (decision 0039).
/// </summary>
/// <param name="Score">The score, 0 to 1.</param>
public readonly record struct ElectronicFrailtyIndex(double Score)
{
    /// <summary>The number of deficits the eFI counts.</summary>
    public const int Deficits = 36;

    /// <summary>The threshold above which frailty is mild.</summary>
    public const double MildThreshold = 0.12;

    /// <summary>The threshold above which frailty is moderate.</summary>
    public const double ModerateThreshold = 0.24;

    /// <summary>The threshold above which frailty is severe.</summary>
    public const double SevereThreshold = 0.36;

    /// <summary>Creates a score.</summary>
    /// <param name="score">The score, 0 to 1.</param>
    /// <returns>The eFI.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not a number from 0 to 1.</exception>
    public static ElectronicFrailtyIndex Create(double score) =>
        TryCreate(score, out var efi)
            ? efi
            : throw new ArgumentOutOfRangeException(nameof(score), score, "An electronic Frailty Index is a number from 0 to 1.");

    /// <summary>Creates a score without throwing.</summary>
    /// <param name="score">The score.</param>
    /// <param name="efi">The eFI, when the score is 0 to 1.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate(double score, out ElectronicFrailtyIndex efi)
    {
        var valid = score is >= 0.0 and <= 1.0;
        efi = valid ? new ElectronicFrailtyIndex(score) : default;
        return valid;
    }

    /// <summary>The score of a count of deficits out of 36.</summary>
    /// <param name="deficits">The deficits recorded, 0 to 36.</param>
    /// <returns>The eFI.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is not 0 to 36.</exception>
    public static ElectronicFrailtyIndex FromDeficits(int deficits)
    {
        Guard.Against.OutOfRange(deficits, nameof(deficits), 0, Deficits);
        return new ElectronicFrailtyIndex((double)deficits / Deficits);
    }

    /// <summary>The level of this score.</summary>
    /// <param name="reading">How a score exactly on a threshold is banded.</param>
    /// <returns>The level.</returns>
    public FrailtyLevel Level(EfiThresholdReading reading = EfiThresholdReading.AboveThreshold) =>
        reading == EfiThresholdReading.AtThreshold
            ? Score >= SevereThreshold ? FrailtyLevel.Severe : Score >= ModerateThreshold ? FrailtyLevel.Moderate : Score >= MildThreshold ? FrailtyLevel.Mild : FrailtyLevel.Fit
            : Score > SevereThreshold ? FrailtyLevel.Severe : Score > ModerateThreshold ? FrailtyLevel.Moderate : Score > MildThreshold ? FrailtyLevel.Mild : FrailtyLevel.Fit;

    /// <inheritdoc />
    public override string ToString() => "eFI " + Score.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// A Clinical Frailty Scale score (Rockwood), 1 (very fit) to 9 (terminally ill). Levelled 1-3 fit, 4-5 mild,
/// 6 moderate, 7-8 severe; the readings of 5 and 9 are options (decision 0040).
/// </summary>
/// <param name="Score">The score, 1 to 9.</param>
public readonly record struct ClinicalFrailtyScale(int Score)
{
    /// <summary>The lowest score, "very fit".</summary>
    public const int Lowest = 1;

    /// <summary>The highest score, "terminally ill".</summary>
    public const int Highest = 9;

    /// <summary>Creates a score.</summary>
    /// <param name="score">The score, 1 to 9.</param>
    /// <returns>The CFS.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is not 1 to 9.</exception>
    public static ClinicalFrailtyScale Create(int score) =>
        TryCreate(score, out var cfs)
            ? cfs
            : throw new ArgumentOutOfRangeException(nameof(score), score, "A Clinical Frailty Scale score is a whole number from 1 to 9.");

    /// <summary>Creates a score without throwing.</summary>
    /// <param name="score">The score.</param>
    /// <param name="cfs">The CFS, when the score is 1 to 9.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate(int score, out ClinicalFrailtyScale cfs)
    {
        var valid = score is >= Lowest and <= Highest;
        cfs = valid ? new ClinicalFrailtyScale(score) : default;
        return valid;
    }

    /// <summary>The level of this score; null for CFS 9 read as not graded.</summary>
    /// <param name="five">How 5 is levelled.</param>
    /// <param name="nine">How 9 is levelled.</param>
    /// <returns>The level, or null.</returns>
    public FrailtyLevel? Level(ClinicalFrailtyScaleFiveReading five = ClinicalFrailtyScaleFiveReading.Mild, ClinicalFrailtyScaleNineReading nine = ClinicalFrailtyScaleNineReading.Severe) =>
        Score switch
        {
            <= 3 => FrailtyLevel.Fit,
            4 => FrailtyLevel.Mild,
            5 => five == ClinicalFrailtyScaleFiveReading.Moderate ? FrailtyLevel.Moderate : FrailtyLevel.Mild,
            6 => FrailtyLevel.Moderate,
            7 or 8 => FrailtyLevel.Severe,
            _ => nine == ClinicalFrailtyScaleNineReading.NotGraded ? null : FrailtyLevel.Severe,
        };

    /// <inheritdoc />
    public override string ToString() => "CFS " + Score.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The wire names of the <see cref="FrailtyLevel"/>s.</summary>
public static class FrailtyLevels
{
    /// <summary>The name used when no frailty is known.</summary>
    public const string NotAssessedName = "not-assessed";

    /// <summary>The lower-case name of a level: <c>fit</c>, <c>mild</c>, <c>moderate</c>, <c>severe</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static string Name(FrailtyLevel level) => level switch
    {
        FrailtyLevel.Fit => "fit",
        FrailtyLevel.Mild => "mild",
        FrailtyLevel.Moderate => "moderate",
        FrailtyLevel.Severe => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined FrailtyLevel."),
    };

    /// <summary>The name of a level, or <c>not-assessed</c> for none.</summary>
    /// <param name="level">The level, or null.</param>
    /// <returns>The name.</returns>
    public static string Name(FrailtyLevel? level) => level is { } known ? Name(known) : NotAssessedName;

    /// <summary>Parses a level's name; does not allocate.</summary>
    /// <param name="text">The name.</param>
    /// <param name="level">The level, when known.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out FrailtyLevel level)
    {
        (var ok, level) = text switch
        {
            "fit" => (true, FrailtyLevel.Fit),
            "mild" => (true, FrailtyLevel.Mild),
            "moderate" => (true, FrailtyLevel.Moderate),
            "severe" => (true, FrailtyLevel.Severe),
            _ => (false, FrailtyLevel.Fit),
        };
        return ok;
    }

    /// <summary>Parses a level's name from UTF-8 bytes; does not allocate.</summary>
    /// <param name="utf8">The name.</param>
    /// <param name="level">The level, when known.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out FrailtyLevel level)
    {
        if (utf8.SequenceEqual("fit"u8))
        {
            level = FrailtyLevel.Fit;
            return true;
        }

        if (utf8.SequenceEqual("mild"u8))
        {
            level = FrailtyLevel.Mild;
            return true;
        }

        if (utf8.SequenceEqual("moderate"u8))
        {
            level = FrailtyLevel.Moderate;
            return true;
        }

        level = FrailtyLevel.Severe;
        return utf8.SequenceEqual("severe"u8);
    }
}
