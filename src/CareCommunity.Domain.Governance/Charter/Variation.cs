using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// A variation of the memorandum (MOU-8): "This Memorandum, including the Schedules, may only be varied by the agreement
/// of the Board after consultation with all Partners" (004 l.1312). It records what is proposed, which Partners were
/// consulted and when, the Board's agreement (date and decision reference) and the version it produces, in force from a
/// date. A variation the Board has not yet agreed is pending; <see cref="VariationsRule"/> checks the rest.
/// </summary>
public sealed record Variation
{
    /// <summary>The longest summary accepted.</summary>
    public const int MaxSummaryLength = 4000;

    private Variation(VariationId id, string summary, MemorandumVersionId varies, ImmutableArray<Consultation> consultations,
        BoardAgreement? agreement, MemorandumVersionId? produces, LocalDate? effectiveFrom)
    {
        Id = id;
        Summary = summary;
        Varies = varies;
        Consultations = consultations;
        Agreement = agreement;
        Produces = produces;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The variation's id.</summary>
    public VariationId Id { get; }

    /// <summary>The proposed text, or a summary of it.</summary>
    public string Summary { get; }

    /// <summary>The version it varies.</summary>
    public MemorandumVersionId Varies { get; }

    /// <summary>The consultations of Partners, as recorded (a Partner consulted twice appears twice).</summary>
    public ImmutableArray<Consultation> Consultations { get; }

    /// <summary>The Partnership Board's agreement, or null while the variation is pending.</summary>
    public BoardAgreement? Agreement { get; }

    /// <summary>The version the variation produces, once agreed; null while none is recorded.</summary>
    public MemorandumVersionId? Produces { get; }

    /// <summary>The day the produced version takes effect; set exactly when <see cref="Produces"/> is.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>True once the Board has agreed the variation.</summary>
    public bool IsAgreed => Agreement is not null;

    /// <summary>Creates a variation, reporting every problem instead of throwing.</summary>
    /// <param name="id">The id, a slug.</param>
    /// <param name="summary">The proposed text or a summary, 1 to <see cref="MaxSummaryLength"/> characters.</param>
    /// <param name="varies">The id of the version varied.</param>
    /// <param name="consultations">The consultations; a null entry is reported at its index.</param>
    /// <param name="agreement">The Board's agreement, or null while pending.</param>
    /// <param name="produces">The id of the version produced, or null.</param>
    /// <param name="effectiveFrom">The day the produced version takes effect; required with <paramref name="produces"/>.</param>
    /// <returns>The variation, or the issues (locations relative to the variation).</returns>
    public static Result<Variation> Create(string? id, string? summary, string? varies, IEnumerable<Consultation?>? consultations,
        BoardAgreement? agreement = null, string? produces = null, LocalDate? effectiveFrom = null)
    {
        var issues = new List<ValidationIssue>();
        var root = DocumentPath.Root;
        if (!VariationId.TryCreate(id, out var variationId))
        {
            issues.Add(id is null
                ? CharterIssues.Missing("variation-id-missing", root.Property("id"), "A variation needs an id.")
                : CharterIssues.Error("variation-id-invalid", root.Property("id"), Identifier.Explain("variation id", CharterIssues.Cut(id)), CharterIssues.Cut(id)));
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            issues.Add(CharterIssues.Missing("variation-summary-missing", root.Property("summary"), "A variation must say what it changes (its proposed text or a summary)."));
        }
        else if (summary.Length > MaxSummaryLength)
        {
            issues.Add(CharterIssues.Error("variation-summary-too-long", root.Property("summary"),
                $"A variation's summary has {ModelText.Count(summary.Length)} characters; at most {ModelText.Count(MaxSummaryLength)} are accepted.", CharterIssues.Cut(summary)));
        }

        if (!MemorandumVersionId.TryCreate(varies, out var variedId))
        {
            issues.Add(varies is null
                ? CharterIssues.Missing("variation-varies-missing", root.Property("varies"), "A variation must name the version it varies.")
                : CharterIssues.Error("variation-varies-invalid", root.Property("varies"), Identifier.Explain("memorandum version id", CharterIssues.Cut(varies)), CharterIssues.Cut(varies)));
        }

        var list = (consultations ?? []).ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                issues.Add(CharterIssues.Missing("consultation-missing", root.Property("consultations").Index(i), $"The consultation at index {ModelText.Count(i)} could not be read."));
            }
        }

        MemorandumVersionId? producedId = null;
        if (produces is not null)
        {
            if (MemorandumVersionId.TryCreate(produces, out var p))
            {
                producedId = p;
            }
            else
            {
                issues.Add(CharterIssues.Error("variation-produces-invalid", root.Property("produces"), Identifier.Explain("memorandum version id", CharterIssues.Cut(produces)), CharterIssues.Cut(produces)));
            }
        }

        if ((produces is null) != (effectiveFrom is null))
        {
            issues.Add(CharterIssues.Invariant("variation-effect-incomplete", root.Property(produces is null ? "produces" : "effectiveFrom"),
                "A variation's result names both the version it produces and the day that version takes effect, or neither."));
        }

        if (producedId is { } same && same == variedId)
        {
            issues.Add(CharterIssues.Invariant("variation-produces-what-it-varies", root.Property("produces"),
                $"A variation produces a new version; '{same}' is the version it varies.", same.Value));
        }

        return issues.Count > 0
            ? Result<Variation>.Failure(issues)
            : Result<Variation>.Success(new Variation(variationId, summary!.Trim(), variedId, [.. list.OfType<Consultation>()], agreement, producedId, effectiveFrom));
    }

    /// <summary>
    /// The Partners not consulted as MOU-8 asks (docs/decisions/0058): each Partner must have been consulted at least
    /// <paramref name="minimumDays"/> days before the Board agreed (0: on the day of the agreement or before). While the
    /// variation is pending only Partners never consulted are listed.
    /// </summary>
    /// <param name="partners">The Partners at the date of the agreement (members under Annex A and admitted partners).</param>
    /// <param name="minimumDays">Days between a consultation and the agreement, at least 0.</param>
    /// <returns>One gap per Partner short of consultation, in id order.</returns>
    public ImmutableArray<ConsultationGap> ConsultationGaps(IEnumerable<OrganisationId> partners, int minimumDays = 0)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumDays);
        var gaps = new List<ConsultationGap>();
        foreach (var partner in partners.Where(p => !p.IsDefault).Distinct().Order())
        {
            var dates = Consultations.Where(c => c.Partner == partner).Select(c => c.ConsultedOn).Order().ToArray();
            if (dates.Length == 0)
            {
                gaps.Add(new ConsultationGap(partner, ConsultationGapKind.NotConsulted, null));
            }
            else if (Agreement is { } a && Period.DaysBetween(dates[0], a.AgreedOn) < minimumDays)
            {
                gaps.Add(new ConsultationGap(partner, ConsultationGapKind.ConsultedTooLate, dates[0]));
            }
        }

        return [.. gaps];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} varies {Varies} ({(IsAgreed ? "agreed " + ModelText.Date(Agreement!.AgreedOn) : "pending")})";
}

/// <summary>A Partner consulted on a variation, and when.</summary>
public sealed record Consultation
{
    /// <summary>Records a consultation.</summary>
    /// <param name="partner">The Partner consulted.</param>
    /// <param name="consultedOn">The day it was consulted (for a consultation over days, the day it closed for this Partner).</param>
    /// <exception cref="ArgumentException">The partner id is the default value.</exception>
    public Consultation(OrganisationId partner, LocalDate consultedOn)
    {
        if (partner.IsDefault)
        {
            throw new ArgumentException("A consultation names the Partner consulted; the default id names none.", nameof(partner));
        }

        Partner = partner;
        ConsultedOn = consultedOn;
    }

    /// <summary>The Partner consulted.</summary>
    public OrganisationId Partner { get; }

    /// <summary>The day.</summary>
    public LocalDate ConsultedOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Partner} consulted {ModelText.Date(ConsultedOn)}";
}

/// <summary>The Partnership Board's agreement: the day and the decision's reference (e.g. a minute number).</summary>
public sealed record BoardAgreement
{
    /// <summary>The longest reference accepted.</summary>
    public const int MaxReferenceLength = 200;

    /// <summary>Records an agreement.</summary>
    /// <param name="agreedOn">The day of the Board's meeting.</param>
    /// <param name="decisionReference">The decision's reference, 1 to <see cref="MaxReferenceLength"/> characters.</param>
    /// <exception cref="ArgumentException">The reference is blank or too long.</exception>
    public BoardAgreement(LocalDate agreedOn, string decisionReference)
    {
        if (string.IsNullOrWhiteSpace(decisionReference) || decisionReference.Length > MaxReferenceLength)
        {
            throw new ArgumentException(
                $"A Board agreement names its decision (a minute or resolution reference) in 1 to {ModelText.Count(MaxReferenceLength)} characters.", nameof(decisionReference));
        }

        AgreedOn = agreedOn;
        DecisionReference = decisionReference.Trim();
    }

    /// <summary>The day the Board agreed.</summary>
    public LocalDate AgreedOn { get; }

    /// <summary>The decision's reference.</summary>
    public string DecisionReference { get; }

    /// <inheritdoc />
    public override string ToString() => $"agreed by the Board on {ModelText.Date(AgreedOn)} ({DecisionReference})";
}

/// <summary>How a Partner falls short of the consultation MOU-8 asks.</summary>
public enum ConsultationGapKind
{
    /// <summary>The Partner was not consulted.</summary>
    NotConsulted = 0,

    /// <summary>The Partner was consulted only after the Board agreed (or within the minimum days before).</summary>
    ConsultedTooLate = 1,
}

/// <summary>A Partner not consulted as MOU-8 asks.</summary>
/// <param name="Partner">The Partner.</param>
/// <param name="Kind">Not consulted, or consulted too late.</param>
/// <param name="FirstConsultedOn">The first day it was consulted, when it was.</param>
public sealed record ConsultationGap(OrganisationId Partner, ConsultationGapKind Kind, LocalDate? FirstConsultedOn);
