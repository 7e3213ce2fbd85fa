using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// MOU-9: the memorandum has effect only when all Partners have supported it; it may be executed in any number of
/// counterparts, which together constitute the same document (docs/decisions/0056); additional partners are included by
/// agreement, and commit to the Principles and the Objectives and ownership of the system success/failure
/// (docs/decisions/0057). Checked on the evaluation date: every Partner under Annex A must have a counting counterpart;
/// no version may be in force before the memorandum had effect; every admission must be agreed and committed.
/// </summary>
public sealed class SupportByAllPartnersRule : DocumentRule<CharterDraft, CharterContext>
{
    internal SupportByAllPartnersRule()
    {
    }

    // Starts an evaluation with the options' severity overrides.
    private RuleEvaluation Begin(CharterContext context) => new(Descriptor, context.EffectiveOptions.SeverityOverrides);

    /// <summary>A Partner has not supported (signed a counterpart of) the memorandum by the evaluation date.</summary>
    public static IssueDefinition PartnerHasNotSupported { get; } = new(IssueCode.Create("charter.partner-has-not-supported"), IssueKind.BusinessRule, Modality.Must,
        "A Partner under Annex A has no executed and delivered counterpart by the evaluation date: the memorandum does not have effect.");

    /// <summary>A version is recorded in force before all Partners supported the memorandum.</summary>
    public static IssueDefinition InForceBeforeEffect { get; } = new(IssueCode.Create("charter.in-force-before-effect"), IssueKind.BusinessRule, Modality.Must,
        "A version is recorded in force on a day before every Partner had supported the memorandum.");

    /// <summary>A non-member partner signed a counterpart.</summary>
    public static IssueDefinition NonMemberSignature { get; } = new(IssueCode.Create("charter.non-member-signature"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A non-member partner signed a counterpart: non-members are not signatories (l.1476), so it neither adds to nor is needed for the memorandum's effect.");

    /// <summary>A signature's delivery is not recorded.</summary>
    public static IssueDefinition DeliveryNotRecorded { get; } = new(IssueCode.Create("charter.delivery-not-recorded"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A counterpart's delivery is not recorded: it counts from its signing unless CharterOptions.RequireDeliveryDate (docs/decisions/0056).");

    /// <summary>An additional partner was included with no agreement recorded.</summary>
    public static IssueDefinition AdmissionNotAgreed { get; } = new(IssueCode.Create("charter.admission-not-agreed"), IssueKind.BusinessRule, Modality.Must,
        "An additional partner was included with no agreement recorded, neither of Partners nor of the Partnership Board.");

    /// <summary>An admission's agreement falls short of the chosen threshold.</summary>
    public static IssueDefinition AdmissionBelowThreshold { get; } = new(IssueCode.Create("charter.admission-below-threshold"), IssueKind.BusinessRule, Modality.LibraryReading,
        "An admission's agreement falls short of CharterOptions.AdmissionThreshold; the seed states no threshold (docs/decisions/0057).");

    /// <summary>An additional partner did not commit to the Principles and the Objectives by the day it joined.</summary>
    public static IssueDefinition AdmissionWithoutCommitment { get; } = new(IssueCode.Create("charter.admission-without-commitment"), IssueKind.BusinessRule, Modality.Must,
        "An additional partner has no commitment to the Principles and the Objectives recorded on or before the day it joined.");

    /// <summary>An admission does not say why it is appropriate to achieve the Objectives.</summary>
    public static IssueDefinition AdmissionObjectiveNotStated { get; } = new(IssueCode.Create("charter.admission-objective-not-stated"), IssueKind.BusinessRule, Modality.LibraryReading,
        "An admission does not say why including the partner is appropriate to achieve the Objectives.");

    /// <summary>An admission names an organisation that is already a Partner.</summary>
    public static IssueDefinition AlreadyAPartner { get; } = new(IssueCode.Create("charter.already-a-partner"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An admission names an organisation that is already a Partner on the day it is admitted.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-9"), "Support of all Partners, counterparts and additional partners",
        "The memorandum has effect only when every Partner (the members under Annex A, not the non-member partners) has supported it by "
        + "executing and delivering a counterpart; all the counterparts together are one document. Additional partners are included by "
        + "agreement of the Partners, where appropriate to achieve the Objectives, and commit to the Principles and the Objectives.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1348, Modality.May,
                "This Memorandum may be executed in any number of counterparts, each of which when executed and delivered shall constitute an original of this Memorandum, but all the counterparts shall together constitute the same document."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1348, Modality.Must,
                "For the document to have effect all Partners must have supported it."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1350, Modality.May,
                "The expression \"counterpart\" shall include any executed copy of this Memorandum transmitted by fax or scanned into printable PDF, JPEG, or other agreed digital format and transmitted as an e-mail attachment."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1342, Modality.May,
                "If appropriate to achieve the Objectives, the Partners may agree to include additional partner(s) to the Partnership."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1344, Modality.Must,
                "The Partners intend that any organisation who is to be a partner to this Memorandum (including themselves) shall commit to the Principles and the Objectives and ownership of the system success/failure as set out in this Memorandum."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1476, Modality.Must,
                "There are other partners who are not members and therefore not signatories to this memorandum."),
        ],
        [PartnerHasNotSupported, InForceBeforeEffect, NonMemberSignature, DeliveryNotRecorded, AdmissionNotAgreed, AdmissionBelowThreshold,
            AdmissionWithoutCommitment, AdmissionObjectiveNotStated, AlreadyAPartner,
            CharterIntegrity.UnknownPartner, DocumentIntegrity.DuplicateId, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("CharterOptions.RequireDeliveryDate", "--require-delivery-date", "false",
                "\"when executed and delivered\": by default a signature counts from its delivery when recorded, else from its signing (reported "
                + "as information); set it to count only delivered counterparts (docs/decisions/0056)."),
            new RuleOption("CharterOptions.AdmissionThreshold", "--admission-threshold all-partners|partnership-board|share", "all-partners",
                "The seed gives no threshold for including an additional partner; the library reads \"the Partners may agree\" as all Partners. "
                + "A shortfall is information unless raised (docs/decisions/0057)."),
            new RuleOption("CharterOptions.AdmissionSharePercent", "--admission-share N", "75",
                "The share of Partners, in per cent, that must agree under the 'share' threshold (docs/decisions/0057)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CharterDraft document, CharterContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var on = context.EvaluatedOn;
        var options = context.EffectiveOptions;
        var root = DocumentPath.Root;
        CheckLists(e, document);

        var members = document.Members;
        var nonMembers = document.NonMemberPartners.OfType<OrganisationId>().ToHashSet();
        var admitted = document.Admissions.OfType<PartnerAdmission>().Select(a => a.Partner).ToHashSet();
        for (var i = 0; i < document.Signatures.Length; i++)
        {
            var at = root.Property("signatures").Index(i);
            if (document.Signatures[i] is not { } s)
            {
                e.CouldNotEvaluate($"the signature at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            if (nonMembers.Contains(s.Partner) && !members.Contains(s.Partner))
            {
                e.Raise(NonMemberSignature, at.Property("partnerId"),
                    $"'{s.Partner}' is a non-member partner and not a signatory: its counterpart '{s.Counterpart}' does not count towards the memorandum's effect (MOU-9).",
                    s.Partner.Value);
            }
            else if (!members.Contains(s.Partner) && !admitted.Contains(s.Partner))
            {
                e.Raise(CharterIntegrity.UnknownPartner, at.Property("partnerId"),
                    $"Counterpart '{s.Counterpart}' is signed by '{s.Partner}', which is listed neither as a Partner nor as a non-member partner.", s.Partner.Value);
            }

            if (s.SignedOn > on || s.DeliveredOn > on)
            {
                var late = s.DeliveredOn > on ? s.DeliveredOn!.Value : s.SignedOn;
                e.Raise(DocumentIntegrity.DateInFuture, at.Property(s.SignedOn > on ? "signedOn" : "deliveredOn"),
                    $"'{s.Partner}''s counterpart '{s.Counterpart}' is dated {ModelText.Date(late)}, after the evaluation date {ModelText.Date(on)}: it does not count yet.",
                    ModelText.Date(late));
            }

            if (s.DeliveredOn is null && members.Contains(s.Partner))
            {
                e.Raise(DeliveryNotRecorded, at.Property("deliveredOn"), options.RequireDeliveryDate
                    ? $"The delivery of '{s.Partner}''s counterpart '{s.Counterpart}' is not recorded: it does not count (CharterOptions.RequireDeliveryDate)."
                    : $"The delivery of '{s.Partner}''s counterpart '{s.Counterpart}' is not recorded: it counts from its signing on {ModelText.Date(s.SignedOn)}.",
                    s.Counterpart.Value);
            }
        }

        var effect = document.EffectOn(on, options.RequireDeliveryDate);
        if (members.IsEmpty)
        {
            e.CouldNotEvaluate("no Partner is listed, so whether all Partners have supported the memorandum cannot be said.");
        }

        foreach (var missing in effect.Missing)
        {
            e.Raise(PartnerHasNotSupported, root.Property("partners").Index(document.Partners.IndexOf(missing)),
                $"Partner '{missing}' has no executed and delivered counterpart by {ModelText.Date(on)}: for the document to have effect all Partners must have supported it (MOU-9).",
                missing.Value);
        }

        for (var i = 0; i < document.Versions.Length; i++)
        {
            if (document.Versions[i] is { Period: { } period } v && period.From <= on && (effect.EffectiveFrom is not { } from || period.From < from))
            {
                e.Raise(InForceBeforeEffect, root.Property("versions").Index(i).Property("period").Property("from"),
                    effect.EffectiveFrom is { } f
                        ? $"Version '{v.Id}' is recorded in force from {ModelText.Date(period.From)}, but the memorandum had effect only from {ModelText.Date(f)}, when the last Partner supported it (MOU-9)."
                        : $"Version '{v.Id}' is recorded in force from {ModelText.Date(period.From)}, but {ModelText.Count(effect.Missing.Length)} Partner(s) have not supported the memorandum (MOU-9).",
                    ModelText.Date(period.From));
            }
        }

        var admissions = CheckAdmissions(e, document, context);
        e.Figure("partners", members.Length);
        e.Figure("partnersSupported", effect.Supported.Length);
        e.Figure("partnersMissing", effect.Missing.Length);
        e.Figure("counterparts", document.Signatures.OfType<SignatureRecord>().Select(s => s.Counterpart).Distinct().Count());
        e.Figure("inEffect", effect.InEffect ? "true" : "false");
        e.Figure("effectiveFrom", effect.EffectiveFrom is { } ef ? ModelText.Date(ef) : "none");
        e.Figure("admissions", admissions);
        e.Figure("admissionThreshold", ModelText.Of(options.AdmissionThreshold));
        return e.Finish(effect.InEffect
            ? $"All {ModelText.Count(members.Length)} Partners have supported the memorandum (in effect since {ModelText.Date(effect.EffectiveFrom!.Value)}); {ModelText.Count(admissions)} additional partner(s) admitted."
            : $"{ModelText.Count(effect.Supported.Length)} of {ModelText.Count(members.Length)} Partners have supported the memorandum by {ModelText.Date(on)}: it does not have effect; {ModelText.Count(admissions)} additional partner(s) admitted.");
    }

    private static void CheckLists(RuleEvaluation e, CharterDraft document)
    {
        var root = DocumentPath.Root;
        var seen = new Dictionary<OrganisationId, string>();
        void Walk(string list, IReadOnlyList<OrganisationId?> ids)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var at = root.Property(list).Index(i);
                if (ids[i] is not { IsDefault: false } id)
                {
                    e.CouldNotEvaluate($"the entry at {at} could not be read.");
                    continue;
                }

                if (!seen.TryAdd(id, at.ToString()))
                {
                    e.Raise(DocumentIntegrity.DuplicateId, at, $"'{id}' is already listed at {seen[id]}: a partner is listed once, as a Partner or as a non-member partner.", id.Value);
                }
            }
        }

        Walk("partners", document.Partners);
        Walk("nonMemberPartners", document.NonMemberPartners);
    }

    private static int CheckAdmissions(RuleEvaluation e, CharterDraft document, CharterContext context)
    {
        var on = context.EvaluatedOn;
        var options = context.EffectiveOptions;
        var nonMembers = document.NonMemberPartners.OfType<OrganisationId>().ToHashSet();
        var count = 0;
        for (var i = 0; i < document.Admissions.Length; i++)
        {
            var at = DocumentPath.Root.Property("admissions").Index(i);
            if (document.Admissions[i] is not { } a)
            {
                e.CouldNotEvaluate($"the admission at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            if (a.AgreedOn > on || a.AdmittedOn > on)
            {
                e.Raise(DocumentIntegrity.DateInFuture, at.Property(a.AgreedOn > on ? "agreedOn" : "admittedOn"),
                    $"The admission of '{a.Partner}' is dated {ModelText.Date(a.AgreedOn > on ? a.AgreedOn : a.AdmittedOn)}, after the evaluation date {ModelText.Date(on)}.",
                    ModelText.Date(a.AgreedOn > on ? a.AgreedOn : a.AdmittedOn));
                continue;
            }

            count++;
            if (document.Members.Contains(a.Partner) || document.Admissions.Where((p, j) => p is not null && p.Partner == a.Partner && (p.AdmittedOn < a.AdmittedOn || (p.AdmittedOn == a.AdmittedOn && j < i))).Any())
            {
                e.Raise(AlreadyAPartner, at.Property("partnerId"), $"'{a.Partner}' is already a Partner when it is admitted on {ModelText.Date(a.AdmittedOn)}.", a.Partner.Value);
            }

            var partners = document.PartnersOn(a.AgreedOn).Where(p => p != a.Partner).ToHashSet();
            var agreeing = a.AgreedBy.Where(partners.Contains).ToArray();
            foreach (var other in a.AgreedBy.Where(p => !partners.Contains(p) && !nonMembers.Contains(p) && p != a.Partner))
            {
                e.Raise(CharterIntegrity.UnknownPartner, at.Property("agreedBy").Index(a.AgreedBy.IndexOf(other)),
                    $"'{other}', recorded as agreeing to admit '{a.Partner}', was not a Partner on {ModelText.Date(a.AgreedOn)}.", other.Value);
            }

            if (agreeing.Length == 0 && a.Board is null)
            {
                e.Raise(AdmissionNotAgreed, at.Property("agreedBy"),
                    $"'{a.Partner}' was admitted on {ModelText.Date(a.AdmittedOn)} with no agreement of the Partners recorded: the Partners may agree to include additional partners (MOU-9).",
                    a.Partner.Value);
            }
            else if (Shortfall(a, agreeing.Length, partners.Count, options) is { } shortfall)
            {
                e.Raise(AdmissionBelowThreshold, at.Property("agreedBy"), $"The admission of '{a.Partner}': {shortfall} (MOU-9, docs/decisions/0057).", a.Partner.Value);
            }

            if (a.CommittedOn is not { } committed || committed > a.AdmittedOn)
            {
                e.Raise(AdmissionWithoutCommitment, at.Property("committedOn"),
                    a.CommittedOn is { } late
                        ? $"'{a.Partner}' committed to the Principles and the Objectives on {ModelText.Date(late)}, after it became a Partner on {ModelText.Date(a.AdmittedOn)} (MOU-9)."
                        : $"'{a.Partner}' became a Partner on {ModelText.Date(a.AdmittedOn)} with no commitment to the Principles and the Objectives recorded: any organisation who is to be a partner shall commit to them (MOU-9).",
                    a.Partner.Value);
            }

            if (a.Objective is null)
            {
                e.Raise(AdmissionObjectiveNotStated, at.Property("objective"),
                    $"The admission of '{a.Partner}' does not say why it is appropriate to achieve the Objectives (MOU-9).", a.Partner.Value);
            }
        }

        return count;
    }

    // Null when the agreement meets the threshold; otherwise what is short, as a phrase.
    private static string? Shortfall(PartnerAdmission a, int agreeing, int partners, CharterOptions options) => options.AdmissionThreshold switch
    {
        AdmissionThreshold.PartnershipBoard => a.Board is null
            ? "no decision of the Partnership Board is recorded (threshold: partnership-board)"
            : null,
        AdmissionThreshold.Share => (long)agreeing * 100 >= (long)options.AdmissionSharePercent * partners
            ? null
            : $"{ModelText.Count(agreeing)} of {ModelText.Count(partners)} Partners agreed, fewer than {ModelText.Count(options.AdmissionSharePercent)}% (threshold: share)",
        _ => agreeing >= partners
            ? null
            : $"{ModelText.Count(agreeing)} of {ModelText.Count(partners)} Partners agreed, not all of them (threshold: all-partners)",
    };
}
