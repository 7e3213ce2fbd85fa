using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// MOU-8: the memorandum, including the Schedules, may only be varied by the agreement of the Partnership Board after
/// consultation with all Partners. Every variation that produced a version in force must have been agreed by the Board;
/// every Partner at the date of the agreement must have been consulted on or before it (docs/decisions/0058); the
/// version a variation produces takes effect from its date, not before the agreement, and the versions never overlap
/// (docs/decisions/0055, 0059).
/// </summary>
public sealed class VariationsRule : DocumentRule<CharterDraft, CharterContext>
{
    internal VariationsRule()
    {
    }

    // Starts an evaluation with the options' severity overrides.
    private RuleEvaluation Begin(CharterContext context) => new(Descriptor, context.EffectiveOptions.SeverityOverrides);

    /// <summary>A version produced by a variation is in force although the Board has not agreed the variation.</summary>
    public static IssueDefinition NotAgreed { get; } = new(IssueCode.Create("charter.variation-not-agreed"), IssueKind.BusinessRule, Modality.Must,
        "A version produced by a variation is in force, or a variation is applied, without the agreement of the Partnership Board.");

    /// <summary>The Board agreed a variation without consulting a Partner.</summary>
    public static IssueDefinition PartnerNotConsulted { get; } = new(IssueCode.Create("charter.partner-not-consulted"), IssueKind.BusinessRule, Modality.Must,
        "The Board agreed a variation although a Partner (at the date of the agreement) was not consulted.");

    /// <summary>A Partner was consulted only after the Board agreed (or within the minimum days before).</summary>
    public static IssueDefinition ConsultedAfterAgreement { get; } = new(IssueCode.Create("charter.consulted-after-agreement"), IssueKind.BusinessRule, Modality.Must,
        "A Partner was consulted only after the Board agreed the variation (or less than CharterOptions.MinimumConsultationDays before).");

    /// <summary>The version a variation produces takes effect before the Board agreed the variation.</summary>
    public static IssueDefinition VariedBeforeAgreement { get; } = new(IssueCode.Create("charter.varied-before-agreement"), IssueKind.BusinessRule, Modality.Must,
        "The version a variation produces takes effect before the Board agreed the variation.");

    /// <summary>The version a variation produces is not in the register, has no effective period, or does not start on the variation's date.</summary>
    public static IssueDefinition VersionMismatch { get; } = new(IssueCode.Create("charter.variation-version-mismatch"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "The version a variation produces is not listed, has no effective period, or does not take effect on the variation's effectiveFrom.");

    /// <summary>A version after the first is in force with no variation producing it.</summary>
    public static IssueDefinition VersionWithoutVariation { get; } = new(IssueCode.Create("charter.version-without-variation"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A version after the first takes effect with no recorded variation producing it: a new memorandum, or a variation not recorded (docs/decisions/0059).");

    /// <summary>The Board agreed a variation but no version it produces is recorded yet.</summary>
    public static IssueDefinition AgreedWithoutVersion { get; } = new(IssueCode.Create("charter.variation-agreed-without-version"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The Board agreed a variation but no version it produces is recorded: the varied text is not yet in force.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-8"), "Variations by the Board after consultation with all Partners",
        "The memorandum, including its Schedules, is varied only by the agreement of the Partnership Board, after every Partner has been "
        + "consulted; each variation gives a new version of the memorandum, in force from a date not before the Board's agreement.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1312, Modality.Must,
                "This Memorandum, including the Schedules, may only be varied by the agreement of the Board after consultation with all Partners."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1404, Modality.Must,
                "Partners	The members of the Partnership under this Memorandum as set out in Annex A"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1086, 1088, Modality.Must,
                "This Memorandum is a dynamic document and is intended to reflect where the partnership is at the date of adoption. As the system, collaboration and any responsibilities or delegations are developed or assumed this document will be reviewed and updated."),
        ],
        [NotAgreed, PartnerNotConsulted, ConsultedAfterAgreement, VariedBeforeAgreement, VersionMismatch, VersionWithoutVariation, AgreedWithoutVersion,
            CharterIntegrity.UnknownVersion, CharterIntegrity.UnknownPartner, CharterIntegrity.VersionsOverlap, DocumentIntegrity.DuplicateId, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("CharterOptions.MinimumConsultationDays", "--minimum-consultation-days N", "0",
                "Days between a Partner's consultation and the Board's agreement. 'after consultation' is read as consulted on the day of the "
                + "agreement or before (0); 1 asks for consultation to close a day before (docs/decisions/0058)."),
            new RuleOption("CharterOptions.SeverityOverrides", "--severity charter.version-without-variation=warning", "information",
                "A later version with no recorded variation is reported as information: the register is user-extensible and a new memorandum "
                + "(e.g. after the Health and Care Act 2022) is not a variation (docs/decisions/0059)."),
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

        // The register: unreadable entries, repeated ids and overlapping periods.
        for (var i = 0; i < document.Versions.Length; i++)
        {
            if (document.Versions[i] is null)
            {
                e.CouldNotEvaluate($"the version at index {ModelText.Count(i)} could not be read.");
            }
        }

        foreach (var conflict in MemorandumVersions.Conflicts(document.Versions))
        {
            var definition = conflict.Code == CharterIntegrity.VersionsOverlap.Code ? CharterIntegrity.VersionsOverlap : DocumentIntegrity.DuplicateId;
            e.Raise(definition, root.Property("versions").Append(conflict.Location), conflict.Message + " (MOU-8)", conflict.OffendingValue);
        }

        var versions = document.Versions.OfType<MemorandumVersion>().GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First());
        var known = document.Members.Concat(document.NonMemberPartners.OfType<OrganisationId>())
            .Concat(document.Admissions.OfType<PartnerAdmission>().Select(a => a.Partner)).ToHashSet();
        var produced = new HashSet<MemorandumVersionId>();
        int agreed = 0, pending = 0;
        var at = root.Property("variations");
        for (var i = 0; i < document.Variations.Length; i++)
        {
            if (document.Variations[i] is not { } variation)
            {
                e.CouldNotEvaluate($"the variation at index {ModelText.Count(i)} could not be read.");
                continue;
            }

            CheckVariation(e, document, variation, at.Index(i), versions, known, produced, context);
            if (variation.IsAgreed)
            {
                agreed++;
            }
            else
            {
                pending++;
            }
        }

        // A later version that no variation produced.
        var first = document.Versions.OfType<MemorandumVersion>().Where(v => v.Period is not null).OrderBy(v => v.Period!.From).FirstOrDefault();
        for (var i = 0; i < document.Versions.Length; i++)
        {
            if (document.Versions[i] is { Period: { } period } v && first is not null && v.Id != first.Id && !produced.Contains(v.Id) && period.From <= on)
            {
                e.Raise(VersionWithoutVariation, root.Property("versions").Index(i).Property("id"),
                    $"Version '{v.Id}' takes effect on {ModelText.Date(period.From)} but no recorded variation agreed by the Board produces it: a new memorandum, or a variation not recorded (MOU-8).",
                    v.Id.Value);
            }
        }

        var inForce = MemorandumVersions.Create(document.Versions.OfType<MemorandumVersion>()).Match(r => r.InForceOn(on).Version?.Id.Value ?? "none", _ => "unknown");
        e.Figure("versions", document.Versions.Length);
        e.Figure("versionInForce", inForce);
        e.Figure("variations", document.Variations.Length);
        e.Figure("variationsAgreed", agreed);
        e.Figure("variationsPending", pending);
        e.Figure("minimumConsultationDays", options.MinimumConsultationDays);
        return e.Finish($"{ModelText.Count(document.Variations.Length)} variation(s) of {ModelText.Count(document.Versions.Length)} version(s): "
            + $"{ModelText.Count(agreed)} agreed by the Board, {ModelText.Count(pending)} pending; in force on {ModelText.Date(on)}: {inForce}.");
    }

    private void CheckVariation(RuleEvaluation e, CharterDraft document, Variation variation, DocumentPath at,
        Dictionary<MemorandumVersionId, MemorandumVersion> versions, HashSet<OrganisationId> known, HashSet<MemorandumVersionId> produced, CharterContext context)
    {
        var on = context.EvaluatedOn;
        if (!versions.ContainsKey(variation.Varies))
        {
            e.Raise(CharterIntegrity.UnknownVersion, at.Property("varies"),
                $"Variation '{variation.Id}' varies version '{variation.Varies}', which is not listed in $.versions.", variation.Varies.Value);
        }

        for (var c = 0; c < variation.Consultations.Length; c++)
        {
            var consultation = variation.Consultations[c];
            var cAt = at.Property("consultations").Index(c);
            if (!known.Contains(consultation.Partner))
            {
                e.Raise(CharterIntegrity.UnknownPartner, cAt.Property("partnerId"),
                    $"Variation '{variation.Id}' records a consultation of '{consultation.Partner}', which is listed neither as a Partner nor as a non-member partner.",
                    consultation.Partner.Value);
            }

            if (consultation.ConsultedOn > on)
            {
                e.Raise(DocumentIntegrity.DateInFuture, cAt.Property("consultedOn"),
                    $"The consultation of '{consultation.Partner}' is dated {ModelText.Date(consultation.ConsultedOn)}, after the evaluation date {ModelText.Date(on)}.",
                    ModelText.Date(consultation.ConsultedOn));
            }
        }

        if (variation.Agreement is { } agreement)
        {
            if (agreement.AgreedOn > on)
            {
                e.Raise(DocumentIntegrity.DateInFuture, at.Property("agreement").Property("agreedOn"),
                    $"Variation '{variation.Id}' is recorded as agreed on {ModelText.Date(agreement.AgreedOn)}, after the evaluation date {ModelText.Date(on)}.",
                    ModelText.Date(agreement.AgreedOn));
            }

            foreach (var gap in variation.ConsultationGaps(document.PartnersOn(agreement.AgreedOn), context.EffectiveOptions.MinimumConsultationDays))
            {
                RaiseGap(e, variation, agreement, gap, at);
            }
        }

        if (variation.Produces is not { } producedId)
        {
            if (variation.IsAgreed)
            {
                e.Raise(AgreedWithoutVersion, at.Property("produces"),
                    $"Variation '{variation.Id}' was agreed by the Board ({variation.Agreement}) but no version it produces is recorded.");
            }

            return;
        }

        produced.Add(producedId);
        if (!versions.TryGetValue(producedId, out var version) || version.Period is not { } period || period.From != variation.EffectiveFrom)
        {
            var found = versions.TryGetValue(producedId, out var v) ? v.Period is null ? "has no effective period" : $"takes effect on {ModelText.Date(v.Period.From)}" : "is not listed in $.versions";
            e.Raise(VersionMismatch, at.Property("produces"),
                $"Variation '{variation.Id}' produces version '{producedId}' from {ModelText.Date(variation.EffectiveFrom!.Value)}, but that version {found} (MOU-8).",
                producedId.Value);
        }

        if (variation.Agreement is null)
        {
            if (versions.TryGetValue(producedId, out var p) && p.Period is { } pp && pp.From <= on)
            {
                e.Raise(NotAgreed, at.Property("agreement"),
                    $"Version '{producedId}' has been in force since {ModelText.Date(pp.From)}, but variation '{variation.Id}' that produces it has not been agreed by the Board: "
                    + "the memorandum may only be varied by the agreement of the Board (MOU-8).", producedId.Value);
            }
        }
        else if (variation.EffectiveFrom is { } from && from < variation.Agreement.AgreedOn)
        {
            e.Raise(VariedBeforeAgreement, at.Property("effectiveFrom"),
                $"Variation '{variation.Id}' takes effect on {ModelText.Date(from)}, before the Board agreed it on {ModelText.Date(variation.Agreement.AgreedOn)} (MOU-8).",
                ModelText.Date(from));
        }
    }

    private static void RaiseGap(RuleEvaluation e, Variation variation, BoardAgreement agreement, ConsultationGap gap, DocumentPath at)
    {
        if (gap.Kind == ConsultationGapKind.NotConsulted)
        {
            e.Raise(PartnerNotConsulted, at.Property("consultations"),
                $"The Board agreed variation '{variation.Id}' on {ModelText.Date(agreement.AgreedOn)} without consulting Partner '{gap.Partner}': "
                + "the memorandum may only be varied after consultation with all Partners (MOU-8).", gap.Partner.Value);
        }
        else
        {
            e.Raise(ConsultedAfterAgreement, at.Property("consultations"),
                $"Partner '{gap.Partner}' was first consulted on variation '{variation.Id}' on {ModelText.Date(gap.FirstConsultedOn!.Value)}, "
                + $"too late for the Board's agreement on {ModelText.Date(agreement.AgreedOn)} (MOU-8).", gap.Partner.Value);
        }
    }
}
