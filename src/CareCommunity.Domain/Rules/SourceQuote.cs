namespace CareCommunity.Domain.Rules;

/// <summary>
/// A sentence of a source document, quoted verbatim, that a rule enforces, with where it stands and how strongly it
/// is worded. A test checks that every quote occurs, word for word, within its cited lines of <c>docs/sources/</c>.
/// </summary>
/// <param name="Citation">Where the sentence stands (a line range of a source document).</param>
/// <param name="Text">The sentence, verbatim (whitespace may differ).</param>
/// <param name="Modality">How strongly the sentence is worded.</param>
public sealed record SourceQuote(SourceCitation Citation, string Text, Modality Modality)
{
    /// <inheritdoc />
    public override string ToString() => $"\"{Text}\" ({Citation})";
}
