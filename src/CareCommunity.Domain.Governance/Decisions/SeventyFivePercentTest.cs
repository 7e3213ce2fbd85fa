using System.Globalization;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>The base of the 75% rule, "not less than 75% of the eligible Partnership Board members" (004 l.1294;
/// docs/decisions/0026).</summary>
public enum SeventyFivePercentBase
{
    /// <summary>Default, as the seed reads: all eligible Board members, present or not (an absence counts against).</summary>
    AllEligibleMembers = 0,

    /// <summary>The eligible Board members present at the meeting.</summary>
    EligibleMembersPresent = 1,
}

/// <summary>
/// The 75% rule of MOU-5 in exact integer arithmetic: a capital or transformation-funding decision without consensus
/// is carried when "supported by not less than 75% of the eligible Partnership Board members" (004 l.1294), i.e. when
/// <c>4 × support ≥ 3 × base</c> — never a rounded percentage. "Not less than" is ≥ (docs/decisions/0026).
/// </summary>
/// <remarks>The votes required are ⌈3·base/4⌉, computed in integers as <c>(3·base + 3) / 4</c>; a base of zero
/// (no eligible member) requires one vote, which cannot be had, so nothing is carried without an eligible member.</remarks>
public sealed record SeventyFivePercentTest
{
    private SeventyFivePercentTest(int support, int @base, SeventyFivePercentBase reading)
    {
        Support = support;
        Base = @base;
        Reading = reading;
    }

    /// <summary>The eligible members present who support (the numerator).</summary>
    public int Support { get; }

    /// <summary>The base: all eligible members, or those present (the denominator).</summary>
    public int Base { get; }

    /// <summary>Which base was used.</summary>
    public SeventyFivePercentBase Reading { get; }

    /// <summary>The numerator of the share, <see cref="Support"/>.</summary>
    public int Numerator => Support;

    /// <summary>The denominator of the share, <see cref="Base"/>.</summary>
    public int Denominator => Base;

    /// <summary>The fewest supporters that carry: ⌈3·base/4⌉ in integers; 1 when the base is 0.</summary>
    public int VotesRequired => Base == 0 ? 1 : (int)((3L * Base + 3L) / 4L);

    /// <summary>Supporters beyond (positive) or short of (negative) <see cref="VotesRequired"/>.</summary>
    public int Margin => Support - VotesRequired;

    /// <summary>True when <c>4 × support ≥ 3 × base</c> and the base is not zero.</summary>
    public bool IsCarried => Base > 0 && 4L * Support >= 3L * Base;

    /// <summary>Applies the rule.</summary>
    /// <param name="support">The eligible members present who support.</param>
    /// <param name="base">The base.</param>
    /// <param name="reading">Which base it is.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The support is negative or above the base, or the reading is undefined.</exception>
    public static SeventyFivePercentTest Of(int support, int @base, SeventyFivePercentBase reading = SeventyFivePercentBase.AllEligibleMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(support);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(support, @base);
        if (!Enum.IsDefined(reading))
        {
            throw new ArgumentOutOfRangeException(nameof(reading), reading, "Not a defined SeventyFivePercentBase.");
        }

        return new SeventyFivePercentTest(support, @base, reading);
    }

    /// <summary>The test as one line, e.g. <c>7 of 9 eligible members support: 4×7 = 28 ≥ 3×9 = 27 (7 required, margin 0)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Support} of {Base} {(Reading == SeventyFivePercentBase.AllEligibleMembers ? "eligible members" : "eligible members present")} support: 4×{Support} = {4L * Support} {(4L * Support >= 3L * Base ? "≥" : "<")} 3×{Base} = {3L * Base} ({VotesRequired} required, margin {Margin})");
}
