namespace CareCommunity.Domain.Quality.Control;

/// <summary>The four special-cause rules of NHS "Making Data Count", numbered as there.</summary>
public enum SpecialCauseRule
{
    /// <summary>Rule 1: a point beyond a process limit (strictly above the upper or below the lower limit).</summary>
    BeyondProcessLimit = 1,

    /// <summary>Rule 2, shift: N or more consecutive points on one side of the mean; a point exactly on the mean breaks the run.</summary>
    Shift = 2,

    /// <summary>Rule 3, trend: N or more consecutive points each higher (or each lower) than the one before; an equal value breaks the run.</summary>
    Trend = 3,

    /// <summary>Rule 4: two of three consecutive points beyond the same two-sigma line (strictly).</summary>
    TwoOfThreeBeyondTwoSigma = 4,
}

/// <summary>The side of a special cause: high (above the mean or a line, or increasing) or low.</summary>
public enum SignalSide
{
    /// <summary>Above the mean or a line, or an increasing trend.</summary>
    High = 1,

    /// <summary>Below the mean or a line, or a decreasing trend.</summary>
    Low = 2,
}
