using System.Collections.Immutable;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// A rule of the care community model, as data: its identity, a short title, the rule's text and where in the
/// source documents it comes from. Validation issues and explained results name rules by <see cref="Id"/>;
/// the <see cref="RuleCatalogue"/> turns an id back into this description, so every answer can say why.
/// </summary>
public sealed record Rule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, e.g. <c>CC-2</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="text">The rule, in the words of the model.</param>
    /// <param name="sources">At least one citation.</param>
    /// <exception cref="ArgumentException">The id is the default value, a text is blank, or there is no source.</exception>
    public Rule(RuleId id, string title, string text, params IEnumerable<SourceCitation> sources)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A rule needs an id.", nameof(id));
        }

        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.NullOrWhiteSpace(text);
        Guard.Against.Null(sources);
        var cited = sources.ToArray();
        if (cited.Length == 0)
        {
            throw new ArgumentException($"Rule {id} must cite at least one source.", nameof(sources));
        }

        Id = id;
        Title = title;
        Text = text;
        Sources = cited;
    }

    /// <summary>Creates a rule from the sentences of the sources it enforces.</summary>
    /// <param name="id">The rule's id, e.g. <c>CC-2</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="text">The rule, in the words of the model (a summary of the quotes).</param>
    /// <param name="quotes">The sentences it enforces, verbatim, at least one; their citations are the rule's sources.</param>
    /// <param name="issues">The issues it raises.</param>
    /// <param name="options">The readings users can choose.</param>
    /// <exception cref="ArgumentException">A text is blank, there is no quote, or two issue definitions share a code.</exception>
    public Rule(RuleId id, string title, string text, IEnumerable<SourceQuote> quotes, IEnumerable<IssueDefinition> issues, IEnumerable<RuleOption>? options = null)
        : this(id, title, text, (quotes ?? throw new ArgumentNullException(nameof(quotes))).Select(q => q.Citation).Distinct())
    {
        Quotes = [.. quotes];
        IssueDefinitions = [.. issues ?? throw new ArgumentNullException(nameof(issues))];
        var twice = IssueDefinitions.GroupBy(d => d.Code).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Rule {id} defines issue code {twice.Key} more than once.", nameof(issues));
        }

        Options = [.. options ?? []];
    }

    /// <summary>The sentences of the sources the rule enforces, verbatim, with their modality.</summary>
    public ImmutableArray<SourceQuote> Quotes { get; } = [];

    /// <summary>The issues the rule raises, each with its code, kind and modality.</summary>
    public ImmutableArray<IssueDefinition> IssueDefinitions { get; } = [];

    /// <summary>The readings users can choose, with their defaults.</summary>
    public ImmutableArray<RuleOption> Options { get; } = [];

    /// <summary>The rule's strongest modality: the strongest of its quotes.</summary>
    public Modality Modality => Quotes.IsEmpty ? Modality.Must : Quotes.Min(q => q.Modality);

    /// <summary>The rule's id.</summary>
    public RuleId Id { get; }

    /// <summary>A short title, e.g. "Core group roles".</summary>
    public string Title { get; }

    /// <summary>The rule itself.</summary>
    public string Text { get; }

    /// <summary>Where the rule comes from; never empty.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; }

    /// <summary>Rules are equal when their ids are equal: the id is the rule's identity.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns>True when both have the same id.</returns>
    public bool Equals(Rule? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
