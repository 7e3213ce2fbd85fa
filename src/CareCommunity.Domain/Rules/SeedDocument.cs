namespace CareCommunity.Domain.Rules;

/// <summary>
/// One of the public source documents the library's rules are taken from. Every <see cref="Rule"/> cites one or
/// more of them through a <see cref="SourceCitation"/>.
/// </summary>
/// <param name="FileName">The seed's file name, e.g. <c>001_66a02ae51481bc0b.txt</c>.</param>
/// <param name="Title">What the document is.</param>
public sealed record SeedDocument(string FileName, string Title)
{
    /// <summary>Corporate Policy Committee, 3 Oct 2024: 'Blueprint 2030' and the Care Communities operating model.</summary>
    public static SeedDocument Blueprint2030Report { get; } =
        new("000_9b8deec7be6b2408.txt", "Corporate Policy Committee, 3 Oct 2024: 'Blueprint 2030' and the Care Communities Operating Model");

    /// <summary>The Care Communities Operating Model (appendix to the 2024 report).</summary>
    public static SeedDocument CareCommunitiesOperatingModel { get; } =
        new("001_66a02ae51481bc0b.txt", "Care Communities Operating Model (Cheshire East, 2024)");

    /// <summary>Cabinet, 22 Dec 2009: Vision and Strategy for Integrated Care.</summary>
    public static SeedDocument IntegratedCareVision2009 { get; } =
        new("002_d561d818c94c8d5d.txt", "Cabinet, 22 Dec 2009: Vision and Strategy for Integrated Care");

    /// <summary>Health and Wellbeing Board, 25 Jul 2017: integrated health and care system for Cheshire.</summary>
    public static SeedDocument IntegratedSystem2017 { get; } =
        new("003_97be56d3ce5a7eef.txt", "Health and Wellbeing Board, 25 Jul 2017: integrated health and care system for Cheshire");

    /// <summary>Health and Wellbeing Board agenda, 26 Jan 2021: the C&amp;M Memorandum of Understanding and the Cheshire East ICP Strategy.</summary>
    public static SeedDocument HealthAndWellbeingBoard2021 { get; } =
        new("004_0b226576d97cd4ce.txt", "Health and Wellbeing Board, 26 Jan 2021: C&M HCP Memorandum of Understanding and Cheshire East ICP Strategy");

    /// <summary>Every seed document, in file-name order.</summary>
    public static IReadOnlyList<SeedDocument> All { get; } =
    [
        Blueprint2030Report, CareCommunitiesOperatingModel, IntegratedCareVision2009, IntegratedSystem2017, HealthAndWellbeingBoard2021,
    ];

    /// <summary>Cites lines <paramref name="firstLine"/> to <paramref name="lastLine"/> of this document.</summary>
    /// <param name="firstLine">The first line cited (1-based).</param>
    /// <param name="lastLine">The last line cited; defaults to <paramref name="firstLine"/>.</param>
    /// <returns>The citation.</returns>
    public SourceCitation Lines(int firstLine, int? lastLine = null) => SourceCitation.ForLines(this, firstLine, lastLine ?? firstLine);

    /// <summary>Quotes a sentence of this document, verbatim, from lines <paramref name="firstLine"/> to <paramref name="lastLine"/>.</summary>
    /// <param name="firstLine">The first line of the sentence (1-based).</param>
    /// <param name="lastLine">Its last line.</param>
    /// <param name="modality">How strongly it is worded.</param>
    /// <param name="text">The sentence, verbatim.</param>
    /// <returns>The quote.</returns>
    public SourceQuote Quote(int firstLine, int lastLine, Modality modality, string text) => new(Lines(firstLine, lastLine), text, modality);

    /// <summary>Quotes a sentence of one line of this document, verbatim.</summary>
    /// <param name="line">The line (1-based).</param>
    /// <param name="modality">How strongly it is worded.</param>
    /// <param name="text">The sentence, verbatim.</param>
    /// <returns>The quote.</returns>
    public SourceQuote Quote(int line, Modality modality, string text) => Quote(line, line, modality, text);

    /// <summary>Cites a named part of this document, e.g. <c>para 9-10</c>.</summary>
    /// <param name="section">The paragraph or section, as the document numbers it.</param>
    /// <returns>The citation.</returns>
    public SourceCitation Section(string section) => SourceCitation.ForSection(this, section);

    /// <inheritdoc />
    public override string ToString() => FileName;
}
