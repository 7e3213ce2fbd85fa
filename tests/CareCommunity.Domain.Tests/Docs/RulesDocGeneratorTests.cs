using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Tests.Docs;

/// <summary>
/// docs/rules.md is generated from the rule types by <see cref="RulesDocGenerator"/>. The test fails when the file
/// differs from the generated text; with <c>UPDATE_DOCS=1</c> it rewrites the file instead (review the diff).
/// </summary>
public sealed class RulesDocGeneratorTests
{
    private const string RulesDoc = "docs/rules.md";

    [Fact]
    public void RulesDoc_IsWhatTheGeneratorWrites()
    {
        var path = RepositoryFiles.PathOf(RulesDoc);
        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        var generated = RulesDocGenerator.Generate(RuleCatalogue.OperatingModel, RulesDocGenerator.JsonReaderSection(existing));
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        if (existing == generated)
        {
            return;
        }

        var e = existing.Split('\n');
        var g = generated.Split('\n');
        var i = 0;
        while (i < e.Length && i < g.Length && e[i] == g[i])
        {
            i++;
        }

        Assert.Fail($"{RulesDoc} differs from what RulesDocGenerator writes, at line {i + 1}:\n"
            + $"  file:      {(i < e.Length ? e[i] : "(end)")}\n  generated: {(i < g.Length ? g[i] : "(end)")}\n"
            + $"Run with {RulesDocGenerator.UpdateVariable}=1 to rewrite it, and review the diff.");
    }

    [Fact]
    public void Generator_KeepsTheJsonReaderSection()
    {
        var tail = RulesDocGenerator.JsonReaderHeading + "\n\n| Code | Kind | When |\n|---|---|---|\n| `json.malformed` | structure | x |\n";
        var text = RulesDocGenerator.Generate(RuleCatalogue.OperatingModel, tail);

        Assert.EndsWith(tail, text, StringComparison.Ordinal);
        Assert.Equal(tail, RulesDocGenerator.JsonReaderSection(text));
    }

    [Fact]
    public void Generator_LinksQuotesToTheirSourceLines()
    {
        var link = RulesDocGenerator.Link(SeedDocument.CareCommunitiesOperatingModel.Lines(95));

        Assert.Equal("[001 l.95](sources/001_66a02ae51481bc0b.txt)", link);
    }

    [Fact]
    public void Generator_WritesEveryRuleQuoteCodeAndOption()
    {
        var text = RulesDocGenerator.Generate(RuleCatalogue.OperatingModel, RulesDocGenerator.JsonReaderHeading + "\n");

        Assert.All(RuleCatalogue.OperatingModel.Rules, rule =>
        {
            Assert.Contains($"\n## {rule.Id} {rule.Title}\n", text, StringComparison.Ordinal);
            Assert.All(rule.IssueDefinitions, d => Assert.Contains($"| `{d.Code}` |", text, StringComparison.Ordinal));
            Assert.All(rule.Options, o => Assert.Contains($"| `{o.Name}` |", text, StringComparison.Ordinal));
            Assert.All(rule.Quotes, q => Assert.Contains(RulesDocGenerator.Link(q.Citation), text, StringComparison.Ordinal));
        });
    }
}
