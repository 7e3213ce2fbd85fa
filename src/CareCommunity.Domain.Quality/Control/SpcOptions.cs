namespace CareCommunity.Domain.Quality.Control;

/// <summary>Which classification wins when one point is flagged both as improvement and as concern.</summary>
public enum ConflictResolution
{
    /// <summary>Improvement wins (the MDC Excel Single Chart Tool v5.0).</summary>
    PreferImprovement = 0,

    /// <summary>Concern wins (available in the MDC SQL v2.6 script).</summary>
    PreferConcern = 1,
}

/// <summary>How a target lying exactly on a process limit is read for the assurance icon.</summary>
public enum TargetOnLimit
{
    /// <summary>Pass or fail: the limit counts as on the target's side (the MDC SQL v2.6 script).</summary>
    PassOrFail = 0,

    /// <summary>Hit and miss: only a target strictly beyond both limits passes or fails.</summary>
    HitAndMiss = 1,
}

/// <summary>
/// The choices on which the NHS "Making Data Count" tools and NHSRplotthedots differ, each named for the tool it
/// reproduces (docs/decisions/0019). <see cref="Default"/> is the Excel Single Chart Tool v5.0, except where the
/// Excel tool's behaviour is not documented (a target on a limit, read as the SQL script does).
/// </summary>
/// <remarks>Immutable; set options with <c>with</c>. Invalid values throw when set: options are the caller's
/// programming, not data.</remarks>
public sealed record SpcOptions
{
    private readonly int _shiftLength = 6;
    private readonly int _trendLength = 6;

    /// <summary>The defaults: Excel Single Chart Tool v5.0 (see the remarks of each option).</summary>
    public static SpcOptions Default { get; } = new();

    /// <summary>The MDC Excel Single Chart Tool v5.0: the same as <see cref="Default"/>.</summary>
    public static SpcOptions MdcExcelTool { get; } = new();

    /// <summary>
    /// The MDC SQL script v2.6: a point beyond three sigma counts toward two-of-three; only trends cross a
    /// recalculation; improvement wins a conflict (configurable there, as here); a target on a limit passes or fails.
    /// </summary>
    public static SpcOptions MdcSql { get; } = new()
    {
        BeyondThreeSigmaCountsTowardTwoOfThree = true,
        ShiftCrossesRecalculation = false,
        TwoOfThreeCrossesRecalculation = false,
        TrendCrossesRecalculation = true,
    };

    /// <summary>NHSRplotthedots: as the Excel tool, with moving-range outlier screening on.</summary>
    public static SpcOptions PlotTheDots { get; } = new() { ScreenMovingRangeOutliers = true };

    /// <summary>N for the shift rule: how many consecutive points on one side of the mean flag a shift. Default 6; 7 is the common alternative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int ShiftLength
    {
        get => _shiftLength;
        init => _shiftLength = Guard.Against.OutOfRange(value, nameof(ShiftLength), 2, 1000);
    }

    /// <summary>N for the trend rule: how many consecutive increasing (or decreasing) points flag a trend. Default 6; 7 is the common alternative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
    public int TrendLength
    {
        get => _trendLength;
        init => _trendLength = Guard.Against.OutOfRange(value, nameof(TrendLength), 2, 1000);
    }

    /// <summary>
    /// Whether a point beyond a process limit (three sigma) counts toward two-of-three beyond two sigma.
    /// Default false (Excel tool); true in the SQL script.
    /// </summary>
    public bool BeyondThreeSigmaCountsTowardTwoOfThree { get; init; }

    /// <summary>Whether a shift may run across a recalculation point (each point judged by its own partition's mean). Default true (Excel); false in SQL.</summary>
    public bool ShiftCrossesRecalculation { get; init; } = true;

    /// <summary>Whether a trend may run across a recalculation point. Default true (Excel and SQL).</summary>
    public bool TrendCrossesRecalculation { get; init; } = true;

    /// <summary>Whether two-of-three may span a recalculation point (each point judged by its own partition's lines). Default true (Excel); false in SQL.</summary>
    public bool TwoOfThreeCrossesRecalculation { get; init; } = true;

    /// <summary>Which classification wins when a point is both improvement and concern. Default improvement (Excel).</summary>
    public ConflictResolution Conflict { get; init; } = ConflictResolution.PreferImprovement;

    /// <summary>
    /// Whether moving ranges above 3.267 × the mean moving range are excluded and the mean moving range recomputed
    /// once (NHSRplotthedots). Default false (both MDC tools).
    /// </summary>
    public bool ScreenMovingRangeOutliers { get; init; }

    /// <summary>How a target exactly on a process limit is read. Default pass or fail (SQL).</summary>
    public TargetOnLimit TargetOnLimit { get; init; } = TargetOnLimit.PassOrFail;
}
