using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Governance.Tests;

public sealed partial class GovernanceRulesTests
{
    [Fact]
    public void TheSet_HoldsMou1ToMou12_AndJoinsTheCatalogue()
    {
        Assert.Equal(["MOU-1", "MOU-2", "MOU-3", "MOU-4", "MOU-5", "MOU-6", "MOU-7", "MOU-8", "MOU-9", "MOU-10", "MOU-11", "MOU-12"], GovernanceRules.Set.Rules.Select(r => r.Id.ToString()));
        var catalogue = RuleCatalogue.Create(OperatingModelRules.Set, GovernanceRules.Set);
        Assert.Equal(OperatingModelRules.Set.Rules.Count + 12, catalogue.Rules.Count);
        Assert.Equal("Partnership Board membership", catalogue[RuleId.Parse("MOU-10")].Title);
    }

    [Fact]
    public void EveryQuote_StandsVerbatimWithinItsCitedLines()
    {
        var lines = File.ReadAllText(RepositoryFiles.PathOf("docs/sources/004_0b226576d97cd4ce.txt")).Split('\n');
        var quotes = GovernanceRules.All.SelectMany(r => r.Quotes).Concat(typeof(MemorandumClauses).GetProperties().Select(p => (SourceQuote)p.GetValue(null)!)).ToArray();
        Assert.All(GovernanceRules.All, r => Assert.NotEmpty(r.Quotes));
        Assert.True(quotes.Length > 30);
        foreach (var quote in quotes)
        {
            Assert.Equal(SeedDocument.HealthAndWellbeingBoard2021, quote.Citation.Document);
            var cited = string.Join(" ", lines[(quote.Citation.FirstLine!.Value - 1)..quote.Citation.LastLine!.Value]);
            Assert.True(Normalise(cited).Contains(Normalise(quote.Text), StringComparison.Ordinal), $"{quote.Citation}: \"{quote.Text}\"");
        }
    }

    [Fact]
    public void EveryIssueDefinition_HasItsModalitysSeverity_AndEachCodeOneMeaning()
    {
        // Document-integrity codes shared by several rules (a duplicate id, a date in the future) are one definition each.
        var definitions = GovernanceRules.All.SelectMany(r => r.IssueDefinitions).ToArray();
        Assert.All(definitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.All(definitions.GroupBy(d => d.Code), g => Assert.Single(g.Distinct()));
    }

    [Fact]
    public void EveryRule_WithAReadingToChoose_NamesItsOption()
    {
        Assert.All(new[] { "MOU-1", "MOU-4", "MOU-5", "MOU-6", "MOU-10" }, id =>
            Assert.NotEmpty(GovernanceRules.All.Single(r => r.Id.ToString() == id).Options));
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
