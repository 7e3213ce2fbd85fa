using CareCommunity.Testing;
using System.Text.RegularExpressions;

namespace CareCommunity.Domain.Tests.Docs;

/// <summary>
/// The source refers to decision records by number ("docs/decisions/0005") and to other docs by path
/// ("docs/rules.md"). These tests fail when a referenced record or doc is missing, and keep the records regular.
/// </summary>
public sealed partial class DecisionRecordsDocsTests
{
    private static readonly string[] RequiredSections = ["## Context", "## Decision", "## Consequences", "## Alternatives considered"];

    [Fact]
    public void Source_EveryReferencedDecisionRecord_Exists()
    {
        var decisions = RepositoryFiles.PathOf("docs/decisions");
        var missing = new List<string>();
        foreach (var (file, number) in References(DecisionReference()))
        {
            var matches = Directory.Exists(decisions) ? Directory.GetFiles(decisions, number + "-*.md") : [];
            if (matches.Length != 1)
            {
                missing.Add($"{file} refers to docs/decisions/{number}, but {matches.Length} files match docs/decisions/{number}-*.md");
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Source_ReferencesSomeDecisionRecords()
    {
        // Guards the scan above against passing vacuously (e.g. if the source folder moved).
        Assert.NotEmpty(References(DecisionReference()));
    }

    [Fact]
    public void Source_EveryReferencedDoc_Exists()
    {
        var missing = References(DocReference())
            .Where(r => !File.Exists(RepositoryFiles.PathOf(r.Value)))
            .Select(r => $"{r.File} refers to {r.Value}, which does not exist")
            .ToArray();

        Assert.True(missing.Length == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void DecisionRecords_AreListedInTheIndex()
    {
        var index = File.ReadAllText(RepositoryFiles.PathOf("docs/decisions/README.md"));
        var unlisted = Records().Select(Path.GetFileName).Where(name => !index.Contains("(" + name + ")", StringComparison.Ordinal)).ToArray();

        Assert.True(unlisted.Length == 0, $"docs/decisions/README.md does not link: {string.Join(", ", unlisted)}");
    }

    [Fact]
    public void DecisionRecords_HaveContextDecisionConsequencesAndAlternatives()
    {
        var problems = new List<string>();
        foreach (var record in Records())
        {
            var lines = File.ReadAllLines(record);
            var number = Path.GetFileName(record)[..4];
            if (lines.Length == 0 || !lines[0].StartsWith($"# {number}. ", StringComparison.Ordinal))
            {
                problems.Add($"{RepositoryFiles.Relative(record)}: the first line should be '# {number}. <decision>'");
            }

            problems.AddRange(RequiredSections
                .Where(s => !lines.Any(l => l.TrimEnd().Equals(s, StringComparison.Ordinal)))
                .Select(s => $"{RepositoryFiles.Relative(record)}: no '{s}' section"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void DecisionRecords_NumbersAreUnique()
    {
        var duplicated = Records().GroupBy(r => Path.GetFileName(r)[..4]).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

        Assert.True(duplicated.Length == 0, $"Decision numbers used twice: {string.Join(", ", duplicated)}");
    }

    private static string[] Records() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("docs/decisions"), "*.md")
            .Where(f => RecordFileName().IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)];

    private static List<(string File, string Value)> References(Regex pattern) =>
        [.. RepositoryFiles.SourceFiles("src", "*.cs")
            .SelectMany(file => pattern.Matches(File.ReadAllText(file))
                .Select(m => (RepositoryFiles.Relative(file), m.Groups["ref"].Value)))
            .Distinct()];

    [GeneratedRegex(@"docs/decisions/(?<ref>[0-9]{4})")]
    private static partial Regex DecisionReference();

    [GeneratedRegex(@"(?<ref>docs/[A-Za-z0-9_/-]+(\.[A-Za-z0-9_-]+)*?\.md)")]
    private static partial Regex DocReference();

    [GeneratedRegex(@"^[0-9]{4}-[a-z0-9-]+\.md$")]
    private static partial Regex RecordFileName();
}
