using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>One step of an escalation under mutual accountability: the element of the cycle, its date, and the
/// Co-ordination Group's recommendation when one was agreed.</summary>
/// <param name="Element">The element of the continuous improvement cycle.</param>
/// <param name="Date">When it was taken.</param>
/// <param name="Recommendation">The kind of recommendation agreed, if any.</param>
public sealed record EscalationStep(ImprovementCycleElement Element, LocalDate Date, RecommendationKind? Recommendation = null);

/// <summary>
/// An escalation record as documented (MOU-12), the lenient view the rule runs on: the partner whose delivery is
/// escalated, its kind (an Annex 1 column) and the steps taken. Unreadable entries are null.
/// </summary>
/// <param name="Partner">The partner concerned, if readable.</param>
/// <param name="PartnerType">The partner's kind (Annex 1 column), if readable.</param>
/// <param name="Steps">The steps, as listed; empty by default.</param>
public sealed record EscalationDraft(OrganisationId? Partner = null, ApplicabilityColumn? PartnerType = null, ImmutableArray<EscalationStep?> Steps = default)
{
    /// <summary>The steps, as listed; never default.</summary>
    public ImmutableArray<EscalationStep?> Steps { get; init => field = value.IsDefault ? [] : value; } = Steps.IsDefault ? [] : Steps;
}

/// <summary>What MOU-12 needs besides the record: the date it is checked on and the options.</summary>
/// <param name="AsOf">The date; steps after it are errors (document integrity).</param>
/// <param name="Options">The options.</param>
public sealed record EscalationContext(LocalDate AsOf, EscalationOptions Options)
{
    /// <summary>The options; never null.</summary>
    public EscalationOptions Options { get; init; } = Options ?? EscalationOptions.Default;
}

/// <summary>The readings of MOU-12 (docs/decisions/0034).</summary>
public sealed record EscalationOptions
{
    /// <summary>The defaults.</summary>
    public static EscalationOptions Default { get; } = new();

    /// <summary>The applicability matrix whose mutual accountability row decides who is in scope; default Annex 1.</summary>
    public ApplicabilityMatrix Matrix { get; init => field = Guard.Against.Null(value); } = ApplicabilityMatrix.Annex1;

    /// <summary>Severities chosen for particular issue codes, e.g. to raise <c>accountability.cycle-element-skipped</c>.</summary>
    public ImmutableDictionary<Validation.IssueCode, Validation.Severity> SeverityOverrides { get; init; } =
        ImmutableDictionary<Validation.IssueCode, Validation.Severity>.Empty;
}

/// <summary>Where an escalation's steps skip elements of the cycle: a step further on than one past the furthest
/// element reached so far.</summary>
/// <param name="Index">The step's index.</param>
/// <param name="Step">The step.</param>
/// <param name="Furthest">The furthest element reached before it (null before the first).</param>
/// <param name="Skipped">The elements skipped.</param>
public sealed record CycleSkip(int Index, EscalationStep Step, ImprovementCycleElement? Furthest, ImmutableArray<ImprovementCycleElement> Skipped);

/// <summary>The continuous improvement cycle (004 l.1540-1546) as an order of escalation.</summary>
public static class ImprovementCycle
{
    /// <summary>
    /// The steps that skip elements of the cycle, in the library's reading that an escalation goes through the elements
    /// in the order listed, one at a time; returning to an earlier element (the cycle repeats) is not a skip.
    /// </summary>
    /// <param name="steps">The steps, in date order.</param>
    /// <returns>The skips, explained with the furthest element reached.</returns>
    public static Explained<ImmutableArray<CycleSkip>> Skips(IEnumerable<EscalationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToArray();
        var skips = ImmutableArray.CreateBuilder<CycleSkip>();
        ImprovementCycleElement? furthest = null;
        for (var i = 0; i < list.Length; i++)
        {
            var element = list[i].Element;
            var next = furthest is { } f ? (int)f + 1 : 0;
            if ((int)element > next)
            {
                skips.Add(new CycleSkip(i, list[i], furthest, [.. Enumerable.Range(next, (int)element - next).Select(n => (ImprovementCycleElement)n)]));
            }

            if (furthest is null || element > furthest)
            {
                furthest = element;
            }
        }

        var result = skips.ToImmutable();
        var reason = result.IsEmpty
            ? $"{list.Length} step(s) go through the cycle's elements in order"
            : $"{result.Length} step(s) skip elements of the cycle: " + string.Join("; ", result.Select(s => $"step {s.Index} ({ModelText.Of(s.Step.Element)}) skips {string.Join(", ", s.Skipped.Select(ModelText.Of))}"));
        return new Explained<ImmutableArray<CycleSkip>>(result, new Explanation(reason + ".",
            [RuleApplication.Of(MutualAccountabilityRule.RuleId, !result.IsEmpty, reason,
                new KeyValuePair<string, string>("steps", list.Length.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string>("furthest", furthest is { } x ? ModelText.Of(x) : "none"),
                new KeyValuePair<string, string>("skips", result.Length.ToString(CultureInfo.InvariantCulture)))]));
    }
}
