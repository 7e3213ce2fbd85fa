namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// The variation icon of Making Data Count, and the classification of one point: common cause, or a special cause
/// that is improvement, concern or neither (when the measure has no improvement direction). Handle every case with
/// <see cref="VariationIconExtensions.Match{T}"/>.
/// </summary>
public enum VariationIcon
{
    /// <summary>Common cause variation: no rule flagged the point.</summary>
    CommonCause = 0,

    /// <summary>Special cause in the direction of improvement.</summary>
    SpecialCauseImprovement = 1,

    /// <summary>Special cause against the direction of improvement.</summary>
    SpecialCauseConcern = 2,

    /// <summary>Special cause on a measure with no improvement direction.</summary>
    SpecialCauseNeither = 3,
}

/// <summary>
/// The assurance icon of Making Data Count: whether the process, as its limits describe it, will meet a target.
/// Handle every case with <see cref="AssuranceIconExtensions.Match{T}"/>.
/// </summary>
public enum AssuranceIcon
{
    /// <summary>No assurance: no target, no improvement direction, or no process limits (a run chart).</summary>
    None = 0,

    /// <summary>The whole process (both limits) is on the good side of the target: it will consistently pass.</summary>
    Pass = 1,

    /// <summary>The whole process is on the bad side of the target: it will consistently fail.</summary>
    Fail = 2,

    /// <summary>The target lies between the limits: the process will sometimes hit and sometimes miss it.</summary>
    HitAndMiss = 3,
}

/// <summary>Exhaustive matching on <see cref="VariationIcon"/>.</summary>
public static class VariationIconExtensions
{
    /// <summary>Calls the function for the icon's case.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="icon">The icon.</param>
    /// <param name="commonCause">For <see cref="VariationIcon.CommonCause"/>.</param>
    /// <param name="improvement">For <see cref="VariationIcon.SpecialCauseImprovement"/>.</param>
    /// <param name="concern">For <see cref="VariationIcon.SpecialCauseConcern"/>.</param>
    /// <param name="neither">For <see cref="VariationIcon.SpecialCauseNeither"/>.</param>
    /// <returns>The function's result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The icon is not a defined value.</exception>
    public static T Match<T>(this VariationIcon icon, Func<T> commonCause, Func<T> improvement, Func<T> concern, Func<T> neither)
    {
        Guard.Against.Null(commonCause);
        Guard.Against.Null(improvement);
        Guard.Against.Null(concern);
        Guard.Against.Null(neither);
        return icon switch
        {
            VariationIcon.CommonCause => commonCause(),
            VariationIcon.SpecialCauseImprovement => improvement(),
            VariationIcon.SpecialCauseConcern => concern(),
            VariationIcon.SpecialCauseNeither => neither(),
            _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Not a variation icon."),
        };
    }

    /// <summary>The icon in words, e.g. "special cause improvement".</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The words.</returns>
    public static string Describe(this VariationIcon icon) =>
        icon.Match(() => "common cause", () => "special cause improvement", () => "special cause concern", () => "special cause neither");
}

/// <summary>Exhaustive matching on <see cref="AssuranceIcon"/>.</summary>
public static class AssuranceIconExtensions
{
    /// <summary>Calls the function for the icon's case.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="icon">The icon.</param>
    /// <param name="none">For <see cref="AssuranceIcon.None"/>.</param>
    /// <param name="pass">For <see cref="AssuranceIcon.Pass"/>.</param>
    /// <param name="fail">For <see cref="AssuranceIcon.Fail"/>.</param>
    /// <param name="hitAndMiss">For <see cref="AssuranceIcon.HitAndMiss"/>.</param>
    /// <returns>The function's result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The icon is not a defined value.</exception>
    public static T Match<T>(this AssuranceIcon icon, Func<T> none, Func<T> pass, Func<T> fail, Func<T> hitAndMiss)
    {
        Guard.Against.Null(none);
        Guard.Against.Null(pass);
        Guard.Against.Null(fail);
        Guard.Against.Null(hitAndMiss);
        return icon switch
        {
            AssuranceIcon.None => none(),
            AssuranceIcon.Pass => pass(),
            AssuranceIcon.Fail => fail(),
            AssuranceIcon.HitAndMiss => hitAndMiss(),
            _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Not an assurance icon."),
        };
    }

    /// <summary>The icon in words, e.g. "hit and miss".</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The words.</returns>
    public static string Describe(this AssuranceIcon icon) =>
        icon.Match(() => "no assurance", () => "pass", () => "fail", () => "hit and miss");
}
