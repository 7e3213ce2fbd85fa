using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The memorandum as an instrument, as a document states it before any rule is checked: its versions, its Partners
/// (the members under Annex A, who are the signatories) and non-member partners, its variations, the signatures of its
/// counterparts and the admissions of additional partners. The lenient view MOU-8 and MOU-9 run on, so one error never
/// hides another: an entry that could not be read is a null entry at its index (its reader said why), references may
/// point nowhere and ids may repeat. A list left out (or <c>default</c>) is empty.
/// </summary>
/// <param name="Versions">The versions of the memorandum, as listed.</param>
/// <param name="Partners">The Partners (members under Annex A, the signatories), as listed.</param>
/// <param name="NonMemberPartners">The non-member partners, as listed.</param>
/// <param name="Variations">The variations, as listed.</param>
/// <param name="Signatures">The signatures of counterparts, as listed.</param>
/// <param name="Admissions">The admissions of additional partners, as listed.</param>
public sealed record CharterDraft(
    ImmutableArray<MemorandumVersion?> Versions = default,
    ImmutableArray<OrganisationId?> Partners = default,
    ImmutableArray<OrganisationId?> NonMemberPartners = default,
    ImmutableArray<Variation?> Variations = default,
    ImmutableArray<SignatureRecord?> Signatures = default,
    ImmutableArray<PartnerAdmission?> Admissions = default)
{
    /// <summary>The versions of the memorandum, as listed.</summary>
    public ImmutableArray<MemorandumVersion?> Versions { get; init => field = value.IsDefault ? [] : value; } = Versions.IsDefault ? [] : Versions;

    /// <summary>The Partners: "The members of the Partnership under this Memorandum as set out in Annex A" (004 l.1404),
    /// the signatories whose support gives the memorandum effect; as listed.</summary>
    public ImmutableArray<OrganisationId?> Partners { get; init => field = value.IsDefault ? [] : value; } = Partners.IsDefault ? [] : Partners;

    /// <summary>The partners "who are not members and therefore not signatories to this memorandum" (004 l.1476), as listed.</summary>
    public ImmutableArray<OrganisationId?> NonMemberPartners { get; init => field = value.IsDefault ? [] : value; } = NonMemberPartners.IsDefault ? [] : NonMemberPartners;

    /// <summary>The variations, as listed (MOU-8).</summary>
    public ImmutableArray<Variation?> Variations { get; init => field = value.IsDefault ? [] : value; } = Variations.IsDefault ? [] : Variations;

    /// <summary>The signatures of counterparts, as listed (MOU-9).</summary>
    public ImmutableArray<SignatureRecord?> Signatures { get; init => field = value.IsDefault ? [] : value; } = Signatures.IsDefault ? [] : Signatures;

    /// <summary>The admissions of additional partners, as listed (MOU-9, l.1340-1344).</summary>
    public ImmutableArray<PartnerAdmission?> Admissions { get; init => field = value.IsDefault ? [] : value; } = Admissions.IsDefault ? [] : Admissions;

    /// <summary>
    /// A draft for the partners of a register (MOU-1): its members are the Partners, the signatories whose support gives the
    /// memorandum effect; its non-member partners are not signatories (l.1476). A member that stands for a category (all
    /// PCNs; the Healthwatch of a Place) is a Partner like any other: its signature is that of whoever signs for it
    /// (docs/decisions/0056). The versions are the seed's November 2020 draft, without an effective period.
    /// </summary>
    /// <param name="register">The partner register, e.g. <see cref="CheshireAndMerseyside.Partners"/>.</param>
    /// <returns>The draft, with no variations, signatures or admissions yet.</returns>
    public static CharterDraft For(PartnerRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return new CharterDraft
        {
            Versions = [MemorandumVersion.November2020Draft],
            Partners = [.. register.Members.Select(p => (OrganisationId?)p.Id)],
            NonMemberPartners = [.. register.NonMembers.Select(p => (OrganisationId?)p.Id)],
        };
    }

    /// <summary>The Partners under Annex A that could be read, without repeats, in id order.</summary>
    public ImmutableArray<OrganisationId> Members => [.. Partners.OfType<OrganisationId>().Where(p => !p.IsDefault).Distinct().Order()];

    /// <summary>The Partners on a day: the members under Annex A and the partners admitted on or before it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The Partners, in id order.</returns>
    public ImmutableArray<OrganisationId> PartnersOn(LocalDate date) =>
        [.. Members.Concat(Admissions.OfType<PartnerAdmission>().Where(a => a.AdmittedOn <= date).Select(a => a.Partner)).Distinct().Order()];

    /// <summary>The memorandum's effect on a day, from the members' signatures (MOU-9).</summary>
    /// <param name="date">The day.</param>
    /// <param name="requireDeliveryDate">When true, signatures without a recorded delivery do not count.</param>
    /// <returns>The effect.</returns>
    public MemorandumEffect EffectOn(LocalDate date, bool requireDeliveryDate = false) =>
        MemorandumEffect.Evaluate(Members, Signatures.OfType<SignatureRecord>(), date, requireDeliveryDate);
}
