using System.Globalization;
using CareCommunity.Domain.Explanations;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// A majority in exact integers: more than half of the base, <c>2 × inFavour &gt; base</c>. A tie is not a majority,
/// and an empty base has none (docs/decisions/0032).
/// </summary>
/// <param name="InFavour">The numerator: those in favour who count.</param>
/// <param name="Base">The denominator: those who count.</param>
public readonly record struct MajorityVote(int InFavour, int Base)
{
    /// <summary>True when more than half of the base is in favour.</summary>
    public bool IsMajority => Base > 0 && (long)InFavour * 2 > Base;

    /// <summary>True when exactly half is in favour (not a majority).</summary>
    public bool IsTie => Base > 0 && (long)InFavour * 2 == Base;

    /// <summary>The smallest number in favour that would be a majority of this base: <c>⌊base / 2⌋ + 1</c>.</summary>
    public int Needed => (Base / 2) + 1;

    /// <summary>Creates a vote.</summary>
    /// <param name="inFavour">Those in favour, 0 to <paramref name="base"/>.</param>
    /// <param name="base">Those who count, not negative.</param>
    /// <returns>The vote.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static MajorityVote Of(int inFavour, int @base)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(@base);
        ArgumentOutOfRangeException.ThrowIfNegative(inFavour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(inFavour, @base);
        return new MajorityVote(inFavour, @base);
    }

    /// <summary>The vote as written in explanations, e.g. <c>4/7 (majority: 4 needed)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{InFavour}/{Base} ({(IsMajority ? "majority" : IsTie ? "tie, not a majority" : Base == 0 ? "no one counts, no majority" : "no majority")}: {Needed} needed)");

    /// <summary>The figures of the vote for a <see cref="RuleApplication"/>.</summary>
    /// <param name="prefix">A prefix for the figure names, e.g. <c>coordinationGroup</c>.</param>
    /// <returns>The figures.</returns>
    public IEnumerable<KeyValuePair<string, string>> Figures(string prefix) =>
    [
        new(prefix + "InFavour", InFavour.ToString(CultureInfo.InvariantCulture)),
        new(prefix + "Base", Base.ToString(CultureInfo.InvariantCulture)),
        new(prefix + "Needed", Needed.ToString(CultureInfo.InvariantCulture)),
        new(prefix + "Majority", IsMajority ? "true" : "false"),
    ];
}
