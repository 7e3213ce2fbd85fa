using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// Bounds on what validation reads and reports, so hostile or broken input ends with a clear issue in bounded time
/// and memory (docs/decisions/0018). Every limit is an option with a documented default; a value over a limit is an
/// issue naming the limit, never silently accepted or cut.
/// </summary>
public sealed record ValidationLimits
{
    /// <summary>The defaults: 16 MiB documents, 10,000 entries per list, 1,000 characters per text, 1,000 issues, 200 characters of an echoed value.</summary>
    public static ValidationLimits Default { get; } = new();

    /// <summary>The largest document read, in bytes. Default 16 MiB.</summary>
    public long MaxDocumentBytes { get; init => field = Positive(value); } = 16L * 1024 * 1024;

    /// <summary>The most entries read from one list of a document; entries past it are counted, not read. Default 10,000.</summary>
    public int MaxListLength { get; init => field = Positive(value); } = 10_000;

    /// <summary>The longest text (a name, a title, a reference) accepted, in characters. Default 1,000.</summary>
    public int MaxTextLength { get; init => field = Positive(value); } = 1_000;

    /// <summary>The most issues one document's report lists; one more summarises, by code, those left out. Default 1,000.</summary>
    public int MaxIssues { get; init => field = Positive(value); } = 1_000;

    /// <summary>The longest offending value echoed in an issue; longer ones are cut, with their length stated. Default 200.</summary>
    public int MaxEchoedValueLength { get; init => field = Positive(value); } = 200;

    /// <summary>The code of the issue that says how many issues were left out.</summary>
    public static IssueCode IssuesLeftOut { get; } = IssueCode.Create("report.issues-left-out");

    /// <summary>
    /// Applies the report limits: echoed values over <see cref="MaxEchoedValueLength"/> are cut (stating their
    /// length); issues past <see cref="MaxIssues"/> are left out, errors kept before warnings and information, and one
    /// last issue (of the worst severity left out) says how many of which code were left out.
    /// </summary>
    /// <param name="issues">The issues, in report order.</param>
    /// <returns>The bounded issues.</returns>
    public ImmutableArray<ValidationIssue> Apply(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        // Keep the most severe, then the earliest; list the kept ones in the report's own order.
        var kept = issues.Count <= MaxIssues
            ? issues.ToList()
            : issues.Select((issue, index) => (issue, index)).OrderBy(x => x.issue.Severity).ThenBy(x => x.index).Take(MaxIssues)
                .OrderBy(x => x.index).Select(x => x.issue).ToList();
        var result = kept.Select(Shorten).ToList();
        if (issues.Count > MaxIssues)
        {
            var keptSet = new HashSet<ValidationIssue>(kept, ReferenceEqualityComparer.Instance);
            var left = issues.Where(i => !keptSet.Contains(i)).ToList();
            var byCode = left.GroupBy(i => i.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
            result.Add(new ValidationIssue(left.Min(i => i.Severity), IssueKind.TooCostly, null, IssuesLeftOut, DocumentPath.Root,
                string.Create(CultureInfo.InvariantCulture,
                    $"{left.Count} more issue(s) were found and left out (limit: {MaxIssues} issues per document, --max-issues): {string.Join(", ", byCode)}.")));
        }

        return [.. result];
    }

    /// <summary>Cuts an echoed value to <see cref="MaxEchoedValueLength"/> characters, stating its length.</summary>
    /// <param name="value">The value, or null.</param>
    /// <returns>The value, shortened when over the limit.</returns>
    public string? Echo(string? value) => value is null || value.Length <= MaxEchoedValueLength
        ? value
        : string.Create(CultureInfo.InvariantCulture, $"{value[..MaxEchoedValueLength]}… ({value.Length} characters)");

    private ValidationIssue Shorten(ValidationIssue issue) =>
        issue.OffendingValue is { } v && v.Length > MaxEchoedValueLength
            ? new ValidationIssue(issue.Severity, issue.Kind, issue.Rule, issue.Code, issue.Location, issue.Message, Echo(v))
            : issue;

    private static T Positive<T>(T value)
        where T : System.Numerics.INumber<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
