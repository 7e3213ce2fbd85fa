using System.Globalization;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// Where in a <see cref="SeedDocument"/> a rule comes from: a line range, or a paragraph or section as the
/// document numbers it. Create one with <see cref="SeedDocument.Lines"/> or <see cref="SeedDocument.Section"/>.
/// </summary>
public sealed record SourceCitation
{
    private SourceCitation(SeedDocument document, int? firstLine, int? lastLine, string? section)
    {
        Document = document;
        FirstLine = firstLine;
        LastLine = lastLine;
        Section = section;
    }

    /// <summary>The cited document.</summary>
    public SeedDocument Document { get; }

    /// <summary>The first cited line (1-based), when the citation is by line.</summary>
    public int? FirstLine { get; }

    /// <summary>The last cited line, inclusive, when the citation is by line.</summary>
    public int? LastLine { get; }

    /// <summary>The paragraph or section, when the citation is by section.</summary>
    public string? Section { get; }

    /// <summary>Cites a line range.</summary>
    /// <param name="document">The document.</param>
    /// <param name="firstLine">The first line (1-based).</param>
    /// <param name="lastLine">The last line, not before <paramref name="firstLine"/>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A line is not positive, or the range runs backwards.</exception>
    public static SourceCitation ForLines(SeedDocument document, int firstLine, int lastLine)
    {
        Guard.Against.Null(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastLine, firstLine);
        return new SourceCitation(document, firstLine, lastLine, null);
    }

    /// <summary>Cites a paragraph or section.</summary>
    /// <param name="document">The document.</param>
    /// <param name="section">The section, e.g. <c>para 9-10</c>.</param>
    /// <returns>The citation.</returns>
    public static SourceCitation ForSection(SeedDocument document, string section)
    {
        Guard.Against.Null(document);
        Guard.Against.NullOrWhiteSpace(section);
        return new SourceCitation(document, null, null, section.Trim());
    }

    /// <summary>The location within the document: <c>l.93-110</c>, <c>l.99</c> or the section text.</summary>
    public string Location => Section ?? (FirstLine == LastLine
        ? string.Create(CultureInfo.InvariantCulture, $"l.{FirstLine}")
        : string.Create(CultureInfo.InvariantCulture, $"l.{FirstLine}-{LastLine}"));

    /// <summary>The citation as text, e.g. <c>001_66a02ae51481bc0b.txt l.93-110</c>.</summary>
    /// <returns>The citation.</returns>
    public override string ToString() => $"{Document.FileName} {Location}";
}
