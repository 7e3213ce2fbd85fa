using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class MeasureSeriesTests
{
    private static Result<MeasureSeries> Create(IEnumerable<MeasurePoint?> points, int[]? recalculateAt = null, int? baseline = null) =>
        MeasureSeries.Create("Test", points, ImprovementDirection.Up, null, (recalculateAt ?? []).Select(i => Start.PlusMonths(i)), baseline);

    private static (string Code, string Location)[] Located(Result<MeasureSeries> result) =>
        [.. result.Issues.Select(i => (i.Code.ToString(), i.Location.ToString()))];

    [Fact]
    public void Create_ValidPoints_Accepted()
    {
        var result = Create(Points([1, 2, 3]), [1], 1);

        Assert.True(result.IsSuccess);
        Assert.Equal([0, 1], result.Value.PartitionStarts.ToArray());
    }

    [Fact]
    public void Create_Gap_RefusedAtTheValue()
    {
        MeasurePoint[] points = [new(Start, 1), new(Start.PlusMonths(1), null), new(Start.PlusMonths(2), 3)];

        Assert.Equal([("spc.missing-value", "$.points[1].value")], Located(Create(points)));
    }

    [Fact]
    public void Create_DuplicateDate_RefusedAtTheDate()
    {
        MeasurePoint[] points = [new(Start, 1), new(Start.PlusMonths(1), 2), new(Start.PlusMonths(2), 3), new(Start.PlusMonths(2), 4)];

        var result = Create(points);

        Assert.False(result.IsSuccess);
        Assert.Equal([("spc.duplicate-date", "$.points[3].date")], Located(result));
        Assert.Equal("2024-03-01", result.Issues[0].OffendingValue);
    }

    [Fact]
    public void Create_UnorderedDate_RefusedAtTheDate()
    {
        MeasurePoint[] points = [new(Start, 1), new(Start.PlusMonths(2), 2), new(Start.PlusMonths(1), 3)];

        Assert.Equal([("spc.unordered-date", "$.points[2].date")], Located(Create(points)));
    }

    [Fact]
    public void Create_EmptyOrNullPoint_Refused()
    {
        Assert.Equal([("spc.no-points", "$.points")], Located(Create([])));
        Assert.Equal([("spc.missing-point", "$.points[1]")], Located(Create([new(Start, 1), null])));
    }

    [Fact]
    public void Create_BadRecalculationsAndBaseline_Refused()
    {
        var points = Points([1, 2, 3, 4]).ToArray();

        Assert.Equal([("spc.recalculation-unknown-date", "$.recalculations[0]")], Located(Create(points, [0])));
        Assert.Equal([("spc.recalculation-unknown-date", "$.recalculations[0]")], Located(Create(points, [9])));
        Assert.Equal([("spc.recalculation-duplicate", "$.recalculations[1]")], Located(Create(points, [2, 2])));
        Assert.Equal([("spc.baseline-out-of-range", "$.baseline")], Located(Create(points, [2], 3)));
        Assert.Equal([("spc.baseline-out-of-range", "$.baseline")], Located(Create(points, null, 0)));
    }

    [Fact]
    public void Create_HugeValue_Refused()
    {
        Assert.Equal([("spc.value-out-of-range", "$.points[0].value")], Located(Create([new(Start, decimal.MaxValue)])));
    }

    [Fact]
    public void Create_SeveralProblems_AllReported()
    {
        MeasurePoint[] points = [new(Start, null), new(Start, 2), new(Start.PlusMonths(-1), 3)];

        Assert.Equal(
            [("spc.missing-value", "$.points[0].value"), ("spc.duplicate-date", "$.points[1].date"), ("spc.unordered-date", "$.points[2].date")],
            Located(Create(points)));
    }
}
