using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// How a counterpart reached the Partnership: "The expression "counterpart" shall include any executed copy of this
/// Memorandum transmitted by fax or scanned into printable PDF, JPEG, or other agreed digital format and transmitted as
/// an e-mail attachment" (004 l.1350). Every form counts alike (docs/decisions/0056).
/// </summary>
public enum CounterpartForm
{
    /// <summary>An executed paper original.</summary>
    Original = 0,

    /// <summary>An executed copy transmitted by fax.</summary>
    Fax = 1,

    /// <summary>An executed copy scanned into printable PDF and sent as an e-mail attachment.</summary>
    ScannedPdf = 2,

    /// <summary>An executed copy scanned into JPEG and sent as an e-mail attachment.</summary>
    ScannedJpeg = 3,

    /// <summary>An executed copy in another agreed digital format, sent as an e-mail attachment.</summary>
    OtherAgreedDigitalFormat = 4,
}

/// <summary>
/// A Partner's support of the memorandum (MOU-9): it signed (executed) a counterpart on a day, and the counterpart was
/// delivered on a day. "This Memorandum may be executed in any number of counterparts, each of which when executed and
/// delivered shall constitute an original of this Memorandum" (004 l.1348): a signature counts from
/// <see cref="CountsFrom"/> (docs/decisions/0056). Several Partners may sign one counterpart, or each its own.
/// </summary>
public sealed record SignatureRecord
{
    private SignatureRecord(OrganisationId partner, CounterpartId counterpart, LocalDate signedOn, LocalDate? deliveredOn, CounterpartForm form)
    {
        Partner = partner;
        Counterpart = counterpart;
        SignedOn = signedOn;
        DeliveredOn = deliveredOn;
        Form = form;
    }

    /// <summary>The Partner that signed.</summary>
    public OrganisationId Partner { get; }

    /// <summary>The counterpart signed.</summary>
    public CounterpartId Counterpart { get; }

    /// <summary>The day the Partner executed the counterpart.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The day the executed counterpart was delivered, when recorded.</summary>
    public LocalDate? DeliveredOn { get; }

    /// <summary>How the counterpart was delivered.</summary>
    public CounterpartForm Form { get; }

    /// <summary>The day the signature counts from: delivery when recorded, else signing (docs/decisions/0056).</summary>
    public LocalDate CountsFrom => DeliveredOn ?? SignedOn;

    /// <summary>Records a signature.</summary>
    /// <param name="partner">The Partner's id.</param>
    /// <param name="counterpart">The counterpart's id.</param>
    /// <param name="signedOn">The day it was executed.</param>
    /// <param name="deliveredOn">The day it was delivered, not before <paramref name="signedOn"/>; null when not recorded.</param>
    /// <param name="form">How it was delivered.</param>
    /// <returns>The record, or the issues (locations relative to the record).</returns>
    public static Result<SignatureRecord> Create(string? partner, string? counterpart, LocalDate signedOn, LocalDate? deliveredOn = null,
        CounterpartForm form = CounterpartForm.Original)
    {
        var issues = new List<ValidationIssue>();
        var root = DocumentPath.Root;
        if (!OrganisationId.TryCreate(partner, out var partnerId))
        {
            issues.Add(partner is null
                ? CharterIssues.Missing("signature-partner-missing", root.Property("partnerId"), "A signature names the Partner that signed.")
                : CharterIssues.Error("signature-partner-invalid", root.Property("partnerId"), Identifier.Explain("organisation id", CharterIssues.Cut(partner)), CharterIssues.Cut(partner)));
        }

        if (!CounterpartId.TryCreate(counterpart, out var counterpartId))
        {
            issues.Add(counterpart is null
                ? CharterIssues.Missing("signature-counterpart-missing", root.Property("counterpartId"), "A signature names the counterpart signed.")
                : CharterIssues.Error("signature-counterpart-invalid", root.Property("counterpartId"), Identifier.Explain("counterpart id", CharterIssues.Cut(counterpart)), CharterIssues.Cut(counterpart)));
        }

        if (deliveredOn is { } d && d < signedOn)
        {
            issues.Add(CharterIssues.Invariant("signature-delivered-before-signed", root.Property("deliveredOn"),
                $"A counterpart cannot be delivered ({ModelText.Date(d)}) before it was executed ({ModelText.Date(signedOn)}).", ModelText.Date(d)));
        }

        if (!Enum.IsDefined(form))
        {
            issues.Add(CharterIssues.Error("signature-form-invalid", root.Property("form"),
                $"'{form}' is not a form of counterpart: use original, fax, scannedPdf, scannedJpeg or otherAgreedDigitalFormat.", form.ToString()));
        }

        return issues.Count > 0
            ? Result<SignatureRecord>.Failure(issues)
            : Result<SignatureRecord>.Success(new SignatureRecord(partnerId, counterpartId, signedOn, deliveredOn, form));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Partner} signed {Counterpart} on {ModelText.Date(SignedOn)}";
}
