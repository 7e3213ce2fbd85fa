using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>The stable codes of the issues <see cref="MeasureSeries.Create"/> reports.</summary>
public static class SpcIssueCodes
{
    /// <summary>The series has no points.</summary>
    public static IssueCode NoPoints { get; } = IssueCode.Create("spc.no-points");

    /// <summary>A point is null.</summary>
    public static IssueCode MissingPoint { get; } = IssueCode.Create("spc.missing-point");

    /// <summary>A point has no value: a gap in the series.</summary>
    public static IssueCode MissingValue { get; } = IssueCode.Create("spc.missing-value");

    /// <summary>A value's magnitude exceeds <see cref="MeasureSeries.MaxMagnitude"/>.</summary>
    public static IssueCode ValueOutOfRange { get; } = IssueCode.Create("spc.value-out-of-range");

    /// <summary>Two points have the same date.</summary>
    public static IssueCode DuplicateDate { get; } = IssueCode.Create("spc.duplicate-date");

    /// <summary>A point's date is earlier than the date of the point before it.</summary>
    public static IssueCode UnorderedDate { get; } = IssueCode.Create("spc.unordered-date");

    /// <summary>A recalculation date is not the date of a point after the first.</summary>
    public static IssueCode UnknownRecalculation { get; } = IssueCode.Create("spc.recalculation-unknown-date");

    /// <summary>A recalculation date is given twice.</summary>
    public static IssueCode DuplicateRecalculation { get; } = IssueCode.Create("spc.recalculation-duplicate");

    /// <summary>The baseline is not between 1 and the number of points before the first recalculation.</summary>
    public static IssueCode BaselineOutOfRange { get; } = IssueCode.Create("spc.baseline-out-of-range");

    /// <summary>The target's magnitude exceeds <see cref="MeasureSeries.MaxMagnitude"/>.</summary>
    public static IssueCode TargetOutOfRange { get; } = IssueCode.Create("spc.target-out-of-range");
}
