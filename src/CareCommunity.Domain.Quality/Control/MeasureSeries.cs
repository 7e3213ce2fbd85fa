using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// A measure's dated values, checked: every point has a value, dates strictly increase, recalculation points are
/// dates of points after the first, and the optional fixed baseline lies before the first recalculation. Made only by
/// <see cref="Create"/>, which refuses anything else with located issues (<c>$.points[3].date</c>).
/// </summary>
/// <remarks>Immutable and thread-safe. Partitions: the first starts at the first point, each recalculation date starts
/// another. The baseline, when set, is the first N points: they alone define the first partition's mean and limits.</remarks>
public sealed class MeasureSeries
{
    /// <summary>The largest magnitude of a value or target accepted (10^20): keeps every figure representable as a decimal.</summary>
    public const decimal MaxMagnitude = 100_000_000_000_000_000_000m;

    private MeasureSeries(string title, ImmutableArray<MeasurePoint> points, ImprovementDirection direction, decimal? target,
        ImmutableArray<LocalDate> recalculations, int? baseline, ImmutableArray<int> partitionStarts)
    {
        Title = title;
        Points = points;
        Direction = direction;
        Target = target;
        Recalculations = recalculations;
        Baseline = baseline;
        PartitionStarts = partitionStarts;
    }

    /// <summary>The measure's title, used in explanations and charts.</summary>
    public string Title { get; }

    /// <summary>The points, in date order, each with a value.</summary>
    public ImmutableArray<MeasurePoint> Points { get; }

    /// <summary>Which way the measure improves.</summary>
    public ImprovementDirection Direction { get; }

    /// <summary>The target, if any, for the assurance icon.</summary>
    public decimal? Target { get; }

    /// <summary>The dates at which limits are recalculated (each starts a partition), in date order.</summary>
    public ImmutableArray<LocalDate> Recalculations { get; }

    /// <summary>The number of first points that alone define the first partition's limits, or null to use the whole partition.</summary>
    public int? Baseline { get; }

    /// <summary>The index of the first point of each partition; the first is 0.</summary>
    public ImmutableArray<int> PartitionStarts { get; }

    /// <summary>Checks and makes a series.</summary>
    /// <param name="title">The measure's title.</param>
    /// <param name="points">The points; located as <c>$.points[i]</c>.</param>
    /// <param name="direction">Which way the measure improves.</param>
    /// <param name="target">The target, if any (<c>$.target</c>).</param>
    /// <param name="recalculations">Dates of points that start a new partition (<c>$.recalculations[j]</c>).</param>
    /// <param name="baseline">The number of first points that fix the first partition's limits (<c>$.baseline</c>).</param>
    /// <returns>The series, or the issues that stopped it being made.</returns>
    /// <exception cref="ArgumentException">The title is null or blank (a programming error, not data).</exception>
    public static Result<MeasureSeries> Create(string title, IEnumerable<MeasurePoint?> points, ImprovementDirection direction = ImprovementDirection.Neither,
        decimal? target = null, IEnumerable<LocalDate>? recalculations = null, int? baseline = null)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(points);
        Guard.Against.EnumOutOfRange(direction);
        var list = points.ToImmutableArray();
        var recalcs = (recalculations ?? []).ToImmutableArray();
        var issues = new IssueCollector();
        var pointsPath = DocumentPath.Root.Property("points");
        if (list.IsEmpty)
        {
            issues.Error(IssueKind.Required, null, SpcIssueCodes.NoPoints, pointsPath, "A measure series needs at least one point.");
        }

        var indexByDate = new Dictionary<LocalDate, int>();
        LocalDate? previous = null;
        for (var i = 0; i < list.Length; i++)
        {
            var path = pointsPath.Index(i);
            if (list[i] is not { } point)
            {
                issues.Error(IssueKind.Required, null, SpcIssueCodes.MissingPoint, path, $"Point {i} is missing.");
                continue;
            }

            var dateText = LocalDatePattern.Iso.Format(point.Date);
            if (point.Value is not { } value)
            {
                issues.Error(IssueKind.Required, null, SpcIssueCodes.MissingValue, path.Property("value"),
                    $"The point dated {dateText} has no value: a series with gaps cannot be charted; ghost the point or give its value.");
            }
            else if (Math.Abs(value) > MaxMagnitude)
            {
                issues.Error(IssueKind.Value, null, SpcIssueCodes.ValueOutOfRange, path.Property("value"),
                    $"The value of the point dated {dateText}, '{value.ToString(CultureInfo.InvariantCulture)}', is beyond ±10^20.",
                    value.ToString(CultureInfo.InvariantCulture));
            }

            if (indexByDate.TryGetValue(point.Date, out var first))
            {
                issues.Error(IssueKind.Invariant, null, SpcIssueCodes.DuplicateDate, path.Property("date"),
                    $"The date '{dateText}' is also the date of point {first}: each date has one value.", dateText);
            }
            else
            {
                indexByDate.Add(point.Date, i);
                if (previous is { } before && point.Date < before)
                {
                    issues.Error(IssueKind.Invariant, null, SpcIssueCodes.UnorderedDate, path.Property("date"),
                        $"The date '{dateText}' is earlier than the date of the point before it ({LocalDatePattern.Iso.Format(before)}): points must be in date order.", dateText);
                }
            }

            previous = point.Date;
        }

        if (target is { } t && Math.Abs(t) > MaxMagnitude)
        {
            var text = t.ToString(CultureInfo.InvariantCulture);
            issues.Error(IssueKind.Value, null, SpcIssueCodes.TargetOutOfRange, DocumentPath.Root.Property("target"), $"The target '{text}' is beyond ±10^20.", text);
        }

        var starts = new SortedSet<int> { 0 };
        var seen = new HashSet<LocalDate>();
        var recalcPath = DocumentPath.Root.Property("recalculations");
        for (var j = 0; j < recalcs.Length; j++)
        {
            var dateText = LocalDatePattern.Iso.Format(recalcs[j]);
            if (!seen.Add(recalcs[j]))
            {
                issues.Error(IssueKind.Invariant, null, SpcIssueCodes.DuplicateRecalculation, recalcPath.Index(j),
                    $"The recalculation date '{dateText}' is given twice.", dateText);
            }
            else if (!indexByDate.TryGetValue(recalcs[j], out var index) || index == 0)
            {
                issues.Error(IssueKind.Invariant, null, SpcIssueCodes.UnknownRecalculation, recalcPath.Index(j),
                    $"The recalculation date '{dateText}' is not the date of a point after the first: a recalculation starts a new partition at a point.", dateText);
            }
            else
            {
                starts.Add(index);
            }
        }

        if (baseline is { } n)
        {
            var firstPartitionLength = starts.Count > 1 ? starts.ElementAt(1) : list.Length;
            if (n < 1 || n > firstPartitionLength)
            {
                var text = n.ToString(CultureInfo.InvariantCulture);
                issues.Error(IssueKind.Value, null, SpcIssueCodes.BaselineOutOfRange, DocumentPath.Root.Property("baseline"),
                    $"The baseline of '{text}' points must be between 1 and {firstPartitionLength}, the number of points before the first recalculation.", text);
            }
        }

        if (issues.HasErrors)
        {
            return Result<MeasureSeries>.Failure(issues.Issues);
        }

        return Result<MeasureSeries>.Success(new MeasureSeries(title, list.Select(p => p!).ToImmutableArray(), direction, target,
            [.. recalcs.Order()], baseline, [.. starts]));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title}: {Points.Length} point(s), {PartitionStarts.Length} partition(s)";
}
