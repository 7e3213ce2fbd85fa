using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Validation;

/// <summary>
/// The outcome of validating a document: every issue found, in a stable order (by location, then code). Validation
/// never throws for bad data; it returns a report. A report with no <see cref="Severity.Error"/> is valid.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationReport
{
    private ValidationReport(ImmutableArray<ValidationIssue> issues) => Issues = issues;

    /// <summary>A report with no issues.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>Every issue, ordered by location (array indices numerically), then severity, then code, then message.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>True when no issue is an error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>How many issues are errors.</summary>
    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);

    /// <summary>How many issues are warnings.</summary>
    public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning);

    /// <summary>How many issues are for information.</summary>
    public int InformationCount => Issues.Count(i => i.Severity == Severity.Information);

    /// <summary>The distinct rules named by an error or a warning, in id order: the rules not met.</summary>
    public IReadOnlyList<RuleId> RulesBroken => Issues.Where(i => i.Rule is not null && i.Severity != Severity.Information).Select(i => i.Rule!.Value).Distinct().Order().ToArray();

    /// <summary>The distinct rules named only by information issues, in id order.</summary>
    public IReadOnlyList<RuleId> RulesWithInformationOnly => Issues.Where(i => i.Rule is not null).Select(i => i.Rule!.Value).Distinct().Except(RulesBroken).Order().ToArray();

    /// <summary>Creates a report from issues, putting them in the report's stable order.</summary>
    /// <param name="issues">The issues.</param>
    /// <returns>The report.</returns>
    public static ValidationReport FromIssues(IEnumerable<ValidationIssue> issues)
    {
        Guard.Against.Null(issues);
        var ordered = issues
            .OrderBy(i => SortKey(i.Location), StringComparer.Ordinal)
            .ThenBy(i => i.Severity)
            .ThenBy(i => i.Code.ToString(), StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return ordered.IsEmpty ? Empty : new ValidationReport(ordered);
    }

    // Pads array indices so that $.a[2] sorts before $.a[10].
    private static string SortKey(DocumentPath path)
    {
        var text = path.ToString();
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }

        var key = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            key.Append(text[i]);
            if (text[i] == '[' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                key.Append(text.AsSpan(i + 1, end - i - 1).ToString().PadLeft(10, '0'));
                i = end - 1;
            }
        }

        return key.ToString();
    }

    /// <summary>This report and another, merged.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The merged report.</returns>
    public ValidationReport Combine(ValidationReport other)
    {
        Guard.Against.Null(other);
        return FromIssues(Issues.Concat(other.Issues));
    }

    /// <summary>This report with every offending value redacted.</summary>
    /// <returns>The redacted report.</returns>
    public ValidationReport Redact() => new(Issues.Select(i => i.Redacted()).ToImmutableArray());

    /// <summary>The issues that name a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its issues.</returns>
    public IEnumerable<ValidationIssue> For(RuleId rule) => Issues.Where(i => i.Rule == rule);

    /// <summary>A one-line summary, e.g. "invalid: 2 errors, 1 warning, 0 information".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{(IsValid ? "valid" : "invalid")}: {ErrorCount} error(s), {WarningCount} warning(s), {InformationCount} information";
}
