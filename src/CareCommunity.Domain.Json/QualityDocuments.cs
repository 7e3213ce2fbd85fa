using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json;

/// <summary>
/// The reading steps the maturity-record and quality-plan documents share: the size limit checked before reading (from
/// bytes, a stream or a file), the evaluation date, rules not evaluated, and an explanation built from rule results.
/// </summary>
internal static class QualityDocuments
{
    /// <summary>Reads at most <paramref name="limits"/>' document size from a stream; null when it is larger.</summary>
    public static byte[]? ReadBounded(Stream utf8Json, ValidationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var max = limits.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The length of a file, when it can be known without reading it.</summary>
    public static long? LengthOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // JsonDocuments.ReadFile reports the failure with its path.
            return null;
        }
    }

    /// <summary>The issue for a document over the size limit; it is not read.</summary>
    public static IssueCollector TooLarge(long? length, ValidationLimits limits)
    {
        var issues = new IssueCollector();
        var size = length is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n} bytes") : "more than that";
        issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.TooLarge, DocumentPath.Root,
            string.Create(CultureInfo.InvariantCulture,
                $"The document is {size}; at most {limits.MaxDocumentBytes} bytes are read (limit: --max-document-bytes). It was not read."),
            length?.ToString(CultureInfo.InvariantCulture));
        return issues;
    }

    /// <summary>The date to evaluate on: the caller's, the document's, the clock's (Europe/London), or an issue.</summary>
    public static LocalDate? AsOf(LocalDate? given, LocalDate? document, IClock? clock, IssueCollector issues, string kind)
    {
        var asOf = given ?? document ?? clock?.GetCurrentInstant().InZone(OperatingModelOptions.London).Date;
        if (asOf is null)
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.AsOfMissing, DocumentPath.Root.Property("asOf"),
                $"The {kind} has no asOf date and none was given, so its rules cannot be evaluated. Add \"asOf\": \"yyyy-MM-dd\" or pass a date (--as-of).");
        }

        return asOf;
    }

    /// <summary>Every rule of a set, not evaluated, with the reason.</summary>
    public static ImmutableArray<RuleResult> NotEvaluated(IEnumerable<RuleId> rules, string reason) =>
        [.. rules.Select(r => new RuleResult(r, RuleStatus.NotEvaluated, $"Not evaluated: {reason}", ImmutableSortedDictionary<string, string>.Empty, []))];

    /// <summary>Rule results as an explanation: one application per rule, applied when met.</summary>
    public static Explanation Explain(string conclusion, ImmutableArray<RuleResult> results) =>
        new(conclusion, [.. results.Select(r =>
        {
            var tally = r.Issues.IsEmpty ? "no issues"
                : string.Create(CultureInfo.InvariantCulture, $"{r.Errors} error(s), {r.Issues.Length - r.Errors} other issue(s)");
            var status = r.Status switch
            {
                RuleStatus.Met => "Met",
                RuleStatus.NotMet => "Not met",
                _ => "Not evaluated",
            };
            return RuleApplication.Of(r.Rule, r.Status == RuleStatus.Met, $"{status}: {r.Summary} ({tally})",
                [.. r.Figures, new("status", RuleResult.StatusText(r.Status))]);
        })]);

    /// <summary>The report: reader issues and rule issues, within the limits.</summary>
    public static ValidationReport Report(IssueCollector issues, ImmutableArray<RuleResult> results, ValidationLimits limits) =>
        ValidationReport.FromIssues(limits.Apply([.. issues.Issues, .. results.SelectMany(r => r.Issues)]));
}
