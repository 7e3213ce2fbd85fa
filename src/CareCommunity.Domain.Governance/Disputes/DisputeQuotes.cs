using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// The Memorandum's sentences on resolving disputes (004, main text l.1292-1302 and Annex 4 l.1602-1624), verbatim,
/// with their modality. MOU-7 quotes them; the process's steps and obligations cite them.
/// </summary>
public static class DisputeQuotes
{
    private static SeedDocument Memorandum => SeedDocument.HealthAndWellbeingBoard2021;

    /// <summary>l.1292: a dispute on a Board decision without consensus may be referred by any of the affected Partners.</summary>
    public static SourceQuote ReferredByAffected { get; } = Memorandum.Quote(1292, Modality.May,
        "If a consensus decision cannot be reached, then (save for decisions on allocation of capital investment and transformation funding) it may be referred to the dispute resolution procedure on page 19 below and Annex 4 by any of the affected Partners for resolution.");

    /// <summary>l.1298: good faith first.</summary>
    public static SourceQuote GoodFaith { get; } = Memorandum.Quote(1298, Modality.Must,
        "Partners will attempt to resolve in good faith any dispute between them in respect of Partnership Board (or other Partnership-related) decisions, in line with the Principles, Values and Behaviours set out in this Memorandum.");

    /// <summary>l.1300: Place or sector-based arrangements, where necessary.</summary>
    public static SourceQuote PlaceOrSector { get; } = Memorandum.Quote(1300, Modality.Must,
        "Where necessary, Place or sector-based arrangements will be used to resolve any disputes which cannot be dealt with directly between individual Partners, or which relate to existing schemes of delegation.");

    /// <summary>l.1302: the process for what cannot otherwise be agreed.</summary>
    public static SourceQuote ProcessApplies { get; } = Memorandum.Quote(1302, Modality.Must,
        "The Partnership will apply a dispute resolution process to resolve any issues which cannot otherwise be agreed through these arrangements.");

    /// <summary>l.1618: stage I, the Executive and the 30 days.</summary>
    public static SourceQuote StageOne { get; } = Memorandum.Quote(1618, Modality.Should,
        "The Partnership, working through the Partnership Executive, will seek to resolve the dispute to the mutual satisfaction of each of the affected parties. If the Executive cannot resolve the dispute within 30 days, the dispute should be referred to Partnership Chief Officer who will, likely, involve the Partnership Coordination Group.");

    /// <summary>l.1619: stage II, the Co-ordination Group's majority of those not affected.</summary>
    public static SourceQuote StageTwo { get; } = Memorandum.Quote(1619, Modality.Must,
        "The Co-ordination Group will consider the issues and, where necessary, make a recommendation based upon a majority decision (i.e. a majority of eligible Partners participating in the meeting who are not affected by the matter in dispute determined by the scope of applicable issues set out in Annex 1)");

    /// <summary>l.1619: stage II, written advice to the affected Partners.</summary>
    public static SourceQuote StageTwoAdvice { get; } = Memorandum.Quote(1619, Modality.Must,
        "The Partnership Executive will advise the affected Partners of its decision in writing.");

    /// <summary>l.1620-1622: stage III, the independent facilitator.</summary>
    public static SourceQuote StageThree { get; } = Memorandum.Quote(1620, 1622, Modality.Must,
        "If the parties do not accept the decision, or Board cannot come to a decision which resolves the dispute, it will be referred to an independent facilitator selected by Partnership's Chief Officer. The facilitator will work with the Partners to resolve the dispute in accordance with the terms of this Memorandum.");

    /// <summary>l.1624: stage IV, the Board's final resolution by majority.</summary>
    public static SourceQuote StageFour { get; } = Memorandum.Quote(1624, Modality.Must,
        "In the unlikely event that the independent facilitator cannot resolve the dispute, it will be referred back to the Partnership Board for final resolution based upon majority decision on how best to resolve the dispute in accordance with the terms of this Memorandum and advise the parties of its decision.");

    /// <summary>l.1284-1285: decisions of individual organisations, and delegated decisions, are outside the process.</summary>
    public static SourceQuote DelegatedDisputes { get; } = Memorandum.Quote(1285, Modality.Must,
        "Arrangements for resolving disputes in such cases are set out in the Memorandum of the relevant collaborative forum and not this Memorandum.");

    /// <summary>Every quote, in line order.</summary>
    public static IReadOnlyList<SourceQuote> All { get; } =
        [DelegatedDisputes, ReferredByAffected, GoodFaith, PlaceOrSector, ProcessApplies, StageOne, StageTwo, StageTwoAdvice, StageThree, StageFour];
}
