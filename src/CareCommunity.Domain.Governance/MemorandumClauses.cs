using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance;

/// <summary>
/// The sentences of the draft Memorandum (004) that the Board's decisions turn on, verbatim with their line
/// citations, so that an outcome can say which clause it rests on. The rule types quote the same sentences.
/// </summary>
public static class MemorandumClauses
{
    private static SeedDocument Seed => SeedDocument.HealthAndWellbeingBoard2021;

    /// <summary>"There will be three levels of decision making:" (l.1282).</summary>
    public static SourceQuote ThreeLevels { get; } = Seed.Quote(1282, Modality.Must, "There will be three levels of decision making:");

    /// <summary>Decisions made by individual organisations (l.1284).</summary>
    public static SourceQuote IndividualOrganisations { get; } = Seed.Quote(1284, Modality.Must,
        "this Memorandum does not affect the individual sovereignty of Partners or their statutory decision-making responsibilities.");

    /// <summary>Decisions delegated to collaborative forums (l.1285).</summary>
    public static SourceQuote DelegatedToForums { get; } = Seed.Quote(1285, Modality.Must,
        "Arrangements for resolving disputes in such cases are set out in the Memorandum of the relevant collaborative forum and not this Memorandum.");

    /// <summary>Whole Partnership decisions (l.1286).</summary>
    public static SourceQuote WholePartnership { get; } = Seed.Quote(1286, Modality.Must,
        "the Partners will make decisions on a range of matters in the Partnership which will neither impact on the statutory responsibilities of individual organisations nor have been delegated formally to a collaborative forum");

    /// <summary>Collaborative decisions go to the Board (l.1290).</summary>
    public static SourceQuote ConsideredByTheBoard { get; } = Seed.Quote(1290, Modality.Must,
        "Collaborative decisions on Partnership matters will be considered by the Partnership Board.");

    /// <summary>No formal powers, no action (l.1290).</summary>
    public static SourceQuote NoFormalPowers { get; } = Seed.Quote(1290, Modality.Must,
        "The Partnership Board will not act where it has no formal powers delegated by any Partner.");

    /// <summary>Consensus of eligible members present at a quorate meeting (l.1292).</summary>
    public static SourceQuote Consensus { get; } = Seed.Quote(1292, Modality.Should,
        "The Partnership Board will aim to make decisions by consensus of those eligible Partnership Board members present at a quorate meeting.");

    /// <summary>Referral to dispute resolution by any affected Partner, save for capital and transformation funding (l.1292).</summary>
    public static SourceQuote Referral { get; } = Seed.Quote(1292, Modality.May,
        "If a consensus decision cannot be reached, then (save for decisions on allocation of capital investment and transformation funding) it may be referred to the dispute resolution procedure on page 19 below and Annex 4 by any of the affected Partners for resolution.");

    /// <summary>The same referral as Annex 4 repeats it (l.1602).</summary>
    public static SourceQuote ReferralAnnex4 { get; } = Seed.Quote(1602, Modality.May,
        "it may be referred to the dispute resolution procedure on page 35 below by any of the affected Partners for resolution.");

    /// <summary>The 75% rule for capital investment and transformation funding (l.1294).</summary>
    public static SourceQuote SeventyFivePercent { get; } = Seed.Quote(1294, Modality.May,
        "In respect of referring priorities for capital investment or apportionment of transformation funding from the Partnership, if a consensus cannot be reached the Partnership Board may make a decision provided that it is supported by not less than 75% of the eligible Partnership Board members.");

    /// <summary>Eligibility follows Annex 1 (l.1294).</summary>
    public static SourceQuote Eligibility { get; } = Seed.Quote(1294, Modality.Must,
        "Partnership Board members will be eligible to participate on issues which apply to their organisation, in line with the scope of applicable issues set out in Annex 1.");
}
