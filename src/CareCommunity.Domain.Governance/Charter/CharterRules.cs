using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The rules of the memorandum as an instrument, MOU-8 and MOU-9: one type per rule. Compose <see cref="Set"/> into a
/// <see cref="RuleCatalogue"/> with <see cref="RuleCatalogue.Create"/> (or into the governance package's registry).
/// </summary>
public static class CharterRules
{
    /// <summary>MOU-8: variations only by the agreement of the Board after consultation with all Partners.</summary>
    public static VariationsRule Variations { get; } = new();

    /// <summary>MOU-9: effect only when all Partners have supported it; counterparts; additional partners.</summary>
    public static SupportByAllPartnersRule SupportByAllPartners { get; } = new();

    /// <summary>Every rule, in id order.</summary>
    public static ImmutableArray<DocumentRule<CharterDraft, CharterContext>> All { get; } = [Variations, SupportByAllPartners];

    /// <summary>The rule set, MOU-8 and MOU-9, built from <see cref="All"/>.</summary>
    public static RuleSet Set { get; } = new("Memorandum of Understanding: variations, signature and effect", All.Select(r => r.Descriptor));

    /// <summary>Checks every rule on one draft: every rule runs, so one error never hides another.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="context">The date and options.</param>
    /// <returns>One result per rule, in id order.</returns>
    public static ImmutableArray<RuleResult> CheckAll(CharterDraft draft, CharterContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        return [.. All.Select(r => r.Check(draft, context))];
    }
}
