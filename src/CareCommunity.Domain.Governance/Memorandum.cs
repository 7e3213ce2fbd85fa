using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Rules;
using NodaTime;

namespace CareCommunity.Domain.Governance;

/// <summary>
/// A version of the Memorandum of Understanding as the evaluation reads it: its parties and partners (Annex A) and its
/// applicability matrix (Annex 1). <see cref="Draft2020"/> is the draft of November 2020 (004 l.860-870), the default
/// wherever a memorandum is optional. Versions, variations and signatures (MOU-8, MOU-9) extend this record; a meeting
/// is evaluated against the memorandum passed in, whatever its date.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Version">Which version, e.g. <c>draft, November 2020</c>.</param>
/// <param name="Dated">The month the version is dated.</param>
/// <param name="Partners">The partners (Annex A) and Places.</param>
/// <param name="Applicability">The applicability matrix (Annex 1).</param>
/// <param name="Source">The seed document that holds the text.</param>
public sealed record Memorandum(string Title, string Version, YearMonth Dated, PartnerRegister Partners, ApplicabilityMatrix Applicability, SeedDocument Source)
{
    /// <summary>The draft Cheshire and Merseyside Health and Care Partnership Memorandum of Understanding, November 2020.</summary>
    public static Memorandum Draft2020 { get; } = new(
        "Cheshire and Merseyside Health and Care Partnership Memorandum of Understanding", "draft, November 2020", new YearMonth(2020, 11),
        CheshireAndMerseyside.Partners, ApplicabilityMatrix.Annex1, SeedDocument.HealthAndWellbeingBoard2021);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Version})";
}
