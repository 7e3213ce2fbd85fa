using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// What a care-community document must hold to be read at all, whichever rule looks at it: ids unique within their
/// list, references that resolve, amounts not negative nor beyond what the model holds, dates not after the evaluation
/// date. These are not sentences of the sources (<see cref="Modality.DocumentIntegrity"/>); the rules raise them where
/// they look, and <see cref="Check"/> covers the lists no rule owns (organisations, people).
/// </summary>
public static class DocumentIntegrity
{
    /// <summary>An id is used twice within one list.</summary>
    public static IssueDefinition DuplicateId { get; } = new(IssueCode.Create("model.duplicate-id"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An id is used twice within one list.");

    /// <summary>A reference names an organisation that is not listed in <c>$.organisations</c>.</summary>
    public static IssueDefinition UnknownOrganisation { get; } = new(IssueCode.Create("model.unknown-organisation"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A reference names an organisation that is not listed in $.organisations.");

    /// <summary>A reference names a person who is not listed in <c>$.people</c>.</summary>
    public static IssueDefinition UnknownPerson { get; } = new(IssueCode.Create("model.unknown-person"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A reference names a person who is not listed in $.people.");

    /// <summary>A date lies after the date the document is evaluated on.</summary>
    public static IssueDefinition DateInFuture { get; } = new(IssueCode.Create("model.date-in-future"), IssueKind.Value, Modality.DocumentIntegrity,
        "A date lies after the date the document is evaluated on.");

    /// <summary>An amount of money that cannot be negative is negative.</summary>
    public static IssueDefinition NegativeAmount { get; } = new(IssueCode.Create("model.negative-amount"), IssueKind.Value, Modality.DocumentIntegrity,
        "An amount of money that cannot be negative is negative.");

    /// <summary>An amount of money is beyond ±<see cref="Money.MaxPounds"/>, the largest the model holds.</summary>
    public static IssueDefinition AmountTooLarge { get; } = new(IssueCode.Create("model.amount-too-large"), IssueKind.Value, Modality.DocumentIntegrity,
        "An amount of money is beyond ±£1,000,000,000,000, the largest the model holds (Money.MaxPounds).");

    /// <summary>A part of the draft could not be read, so no aggregate can be built from it (its reader said why).</summary>
    public static IssueDefinition Unreadable { get; } = new(IssueCode.Create("model.unreadable"), IssueKind.Structure, Modality.DocumentIntegrity,
        "A part of the draft could not be read, so the care community cannot be built from it.");

    /// <summary>Every definition above.</summary>
    public static IReadOnlyList<IssueDefinition> All { get; } = [DuplicateId, UnknownOrganisation, UnknownPerson, DateInFuture, NegativeAmount, AmountTooLarge, Unreadable];

    internal static ValidationIssue UnreadableIssue(DocumentPath at, string message) =>
        new(Unreadable.DefaultSeverity, Unreadable.Kind, null, Unreadable.Code, at, message);

    /// <summary>
    /// Checks the lists no rule owns: organisation and person ids are unique, and every person's organisation is listed.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <param name="context">The draft's context.</param>
    /// <returns>The issues found (no rule is named: these are the document's, not a source's).</returns>
    public static IReadOnlyList<ValidationIssue> Check(CareCommunityDraft draft, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var issues = new List<ValidationIssue>();
        var root = DocumentPath.Root;
        Unique(draft.Organisations, o => o?.Id, root.Property("organisations"), context, issues);
        Unique(draft.People, p => p?.Id, root.Property("people"), context, issues);
        for (var i = 0; i < draft.People.Length; i++)
        {
            if (draft.People[i] is { } p && !context.IsListed(p.Organisation) && !context.SomeOrganisationsUnread)
            {
                issues.Add(Issue(UnknownOrganisation, null, root.Property("people").Index(i).Property("organisationId"),
                    $"No organisation with id '{p.Organisation}' is listed in $.organisations.", p.Organisation.Value, context));
            }
        }

        return issues;
    }

    // Reports every id that repeats an earlier one in the same list.
    private static void Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId?> id, DocumentPath at, OperatingModelContext context, List<ValidationIssue> issues)
        where TId : struct
    {
        var seen = new Dictionary<TId, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (id(items[i]) is { } key && !seen.TryAdd(key, i))
            {
                issues.Add(Issue(DuplicateId, null, at.Index(i).Property("id"),
                    $"The id '{key}' is already used at index {seen[key]} of {at}: ids must be unique within a list.", key.ToString(), context));
            }
        }
    }

    private static ValidationIssue Issue(IssueDefinition d, RuleId? rule, DocumentPath at, string message, string? value, OperatingModelContext context) =>
        new(context.SeverityOverrides.TryGetValue(d.Code, out var s) ? s : d.DefaultSeverity, d.Kind, rule, d.Code, at, message, value);
}
