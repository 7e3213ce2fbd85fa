using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Tests.Docs;

/// <summary>
/// Every rule quotes the sources it enforces (<see cref="Rule.Quotes"/>). These tests hold the quotes to the copies
/// of the sources in <c>docs/sources/</c>: each quote occurs verbatim within its cited lines (runs of white space
/// compared as one space, nothing else), every citation names a file there and lines it has, every rule quotes
/// something, and no two rules define the same issue code (but the shared <see cref="DocumentIntegrity"/> ones).
/// </summary>
public sealed partial class SourceQuoteTests
{
    private const string SourcesFolder = "docs/sources";

    private static readonly Dictionary<string, string[]> Lines = new(StringComparer.Ordinal);

    public static TheoryData<string> RuleIds() => [.. OperatingModelRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_QuotesSomething(string id)
    {
        Assert.NotEmpty(RuleOf(id).Quotes);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_EveryCitation_NamesASourceFileAndLinesItHas(string id)
    {
        var rule = RuleOf(id);
        var problems = new List<string>();
        foreach (var citation in rule.Sources.Concat(rule.Quotes.Select(q => q.Citation)).Distinct())
        {
            var path = RepositoryFiles.PathOf($"{SourcesFolder}/{citation.Document.FileName}");
            if (!File.Exists(path))
            {
                problems.Add($"{citation}: no file {SourcesFolder}/{citation.Document.FileName}");
                continue;
            }

            var count = LinesOf(citation.Document).Length;
            if (citation.FirstLine is { } first && (first < 1 || citation.LastLine is not { } last || last < first || last > count))
            {
                problems.Add($"{citation}: the file has {count} lines");
            }
        }

        Assert.True(problems.Count == 0, $"{id}: " + string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_EveryQuote_OccursVerbatimWithinItsCitedLines(string id)
    {
        var problems = new List<string>();
        foreach (var quote in RuleOf(id).Quotes)
        {
            if (quote.Citation.FirstLine is not { } first || quote.Citation.LastLine is not { } last)
            {
                problems.Add($"{quote.Citation}: a quote must cite a line range");
                continue;
            }

            var lines = LinesOf(quote.Citation.Document);
            if (last > lines.Length)
            {
                problems.Add($"{quote.Citation}: beyond the end of the file ({lines.Length} lines)");
                continue;
            }

            var cited = Normalise(string.Join("\n", lines[(first - 1)..last]));
            var text = Normalise(quote.Text);
            if (text.Length == 0 || !cited.Contains(text, StringComparison.Ordinal))
            {
                problems.Add($"{quote.Citation}: \"{quote.Text}\" does not occur in the cited lines, which read: \"{cited}\"");
            }
        }

        Assert.True(problems.Count == 0, $"{id}: " + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void IssueCodes_AreDefinedByOneRuleOnly_ButTheSharedDocumentIntegrityCodes()
    {
        var shared = DocumentIntegrity.All.Select(d => d.Code).ToHashSet();
        var twice = OperatingModelRules.All
            .SelectMany(r => r.Descriptor.IssueDefinitions.Select(d => (Rule: r.Descriptor.Id.ToString(), d.Code)))
            .Where(x => !shared.Contains(x.Code))
            .GroupBy(x => x.Code)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Rule))}")
            .ToArray();

        Assert.True(twice.Length == 0, "Issue codes defined by more than one rule: " + string.Join("; ", twice));
    }

    [Fact]
    public void SharedIssueDefinitions_AreTheDocumentIntegrityOnes()
    {
        // A rule that lists a model.* code lists the shared definition itself, not a copy with another kind or modality.
        var shared = DocumentIntegrity.All.ToDictionary(d => d.Code);
        var copies = OperatingModelRules.All
            .SelectMany(r => r.Descriptor.IssueDefinitions.Select(d => (Rule: r.Descriptor.Id, Definition: d)))
            .Where(x => shared.TryGetValue(x.Definition.Code, out var s) && s != x.Definition)
            .Select(x => $"{x.Rule}: {x.Definition.Code}")
            .ToArray();

        Assert.True(copies.Length == 0, "Rules redefine shared codes: " + string.Join(", ", copies));
    }

    [Fact]
    public void SourcesFolder_HoldsEverySeedDocument()
    {
        var missing = SeedDocument.All.Where(d => !File.Exists(RepositoryFiles.PathOf($"{SourcesFolder}/{d.FileName}"))).Select(d => d.FileName).ToArray();

        Assert.True(missing.Length == 0, $"{SourcesFolder} lacks: {string.Join(", ", missing)}");
        Assert.True(File.Exists(RepositoryFiles.PathOf($"{SourcesFolder}/README.md")), $"{SourcesFolder}/README.md is missing");
    }

    [Fact]
    public void Normalise_CollapsesWhiteSpaceOnly()
    {
        Assert.Equal("a b c", Normalise("  a\t\n b \r\n\r\nc "));
        Assert.Equal("Core group:** - Primary", Normalise("Core group:**\n\n- Primary"));
    }

    private static Rule RuleOf(string id) => OperatingModelRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;

    private static string[] LinesOf(SeedDocument document)
    {
        lock (Lines)
        {
            if (!Lines.TryGetValue(document.FileName, out var lines))
            {
                // Split on \n only (a stray \r is white space), so that line numbers are those an editor shows.
                lines = File.ReadAllText(RepositoryFiles.PathOf($"{SourcesFolder}/{document.FileName}")).Split('\n');
                Lines[document.FileName] = lines;
            }

            return lines;
        }
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
