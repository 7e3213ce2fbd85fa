namespace CareCommunity.Domain.Rules;

/// <summary>
/// A rule as code: one type, in the folder of its concept, that carries the rule's id, title, citations, the
/// sentences of the source it enforces (verbatim), its issue definitions and options, and one check. A validator is
/// the list of its rules; the <see cref="RuleCatalogue"/> and <c>docs/rules.md</c> are built from the same types.
/// </summary>
/// <typeparam name="TDocument">What the rule checks: a lenient view of a document, which may be incomplete, so that
/// every rule runs on every document.</typeparam>
/// <typeparam name="TContext">What else the check needs: the date it is evaluated on, the options, indexes.</typeparam>
public abstract class DocumentRule<TDocument, TContext>
{
    /// <summary>The rule's description: id, title, text, quotes, citations, issue definitions and options.</summary>
    public abstract Rule Descriptor { get; }

    /// <summary>Checks the rule on one document. Never throws for bad data: what cannot be read is skipped, and the
    /// result says when the rule could not be evaluated.</summary>
    /// <param name="document">The document's lenient view.</param>
    /// <param name="context">The context of the check.</param>
    /// <returns>The result, with its issues and figures.</returns>
    public abstract RuleResult Check(TDocument document, TContext context);

    /// <inheritdoc />
    public override string ToString() => Descriptor.ToString();
}
