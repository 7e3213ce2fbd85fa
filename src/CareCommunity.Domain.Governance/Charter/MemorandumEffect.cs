using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// Whether the memorandum has effect on a day (MOU-9): "For the document to have effect all Partners must have
/// supported it" (004 l.1348). It has effect on <see cref="On"/> only when every Partner — the members under Annex A,
/// who are the signatories; not the non-member partners (l.1476) — has a counterpart counting on or before that day.
/// Every Partner is either in <see cref="Supported"/> or in <see cref="Missing"/>; nothing is lost.
/// </summary>
public sealed record MemorandumEffect
{
    private MemorandumEffect(LocalDate on, ImmutableArray<OrganisationId> supported, ImmutableArray<OrganisationId> missing, LocalDate? effectiveFrom)
    {
        On = on;
        Supported = supported;
        Missing = missing;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The day asked about.</summary>
    public LocalDate On { get; }

    /// <summary>The Partners whose support counts by <see cref="On"/>, in id order.</summary>
    public ImmutableArray<OrganisationId> Supported { get; }

    /// <summary>The Partners whose support does not count by <see cref="On"/>, in id order.</summary>
    public ImmutableArray<OrganisationId> Missing { get; }

    /// <summary>True when the memorandum has effect on <see cref="On"/>: no Partner is missing and there is at least one Partner.</summary>
    public bool InEffect => Missing.IsEmpty && !Supported.IsEmpty;

    /// <summary>The day the memorandum took effect (the day the last Partner's support counted), when it has effect.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Evaluates MOU-9 on a day.</summary>
    /// <param name="partners">The Partners whose support is required (members; duplicates and default ids are ignored).</param>
    /// <param name="signatures">The signatures; those of other organisations are ignored.</param>
    /// <param name="on">The day.</param>
    /// <param name="requireDeliveryDate">When true, a signature without a recorded delivery does not count (docs/decisions/0056).</param>
    /// <returns>The effect on that day.</returns>
    public static MemorandumEffect Evaluate(IEnumerable<OrganisationId> partners, IEnumerable<SignatureRecord> signatures, LocalDate on, bool requireDeliveryDate = false)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(signatures);
        var required = partners.Where(p => !p.IsDefault).ToHashSet();
        var counts = new Dictionary<OrganisationId, LocalDate>();
        foreach (var s in signatures)
        {
            if (s is null || !required.Contains(s.Partner) || (requireDeliveryDate && s.DeliveredOn is null) || s.CountsFrom > on)
            {
                continue;
            }

            counts[s.Partner] = counts.TryGetValue(s.Partner, out var earlier) && earlier < s.CountsFrom ? earlier : s.CountsFrom;
        }

        var supported = required.Where(counts.ContainsKey).Order().ToImmutableArray();
        var missing = required.Where(p => !counts.ContainsKey(p)).Order().ToImmutableArray();
        LocalDate? from = missing.IsEmpty && !supported.IsEmpty ? counts.Values.Max() : null;
        return new MemorandumEffect(on, supported, missing, from);
    }

    /// <inheritdoc />
    public override string ToString() => InEffect
        ? $"In effect on {ModelText.Date(On)} (since {ModelText.Date(EffectiveFrom!.Value)}): all {ModelText.Count(Supported.Length)} Partners have supported it."
        : $"Not in effect on {ModelText.Date(On)}: {ModelText.Count(Missing.Length)} of {ModelText.Count(Supported.Length + Missing.Length)} Partners have not supported it.";
}
