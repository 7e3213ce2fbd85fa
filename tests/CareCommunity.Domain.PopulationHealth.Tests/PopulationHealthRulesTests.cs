using System.Text.RegularExpressions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests;

public sealed partial class PopulationHealthRulesTests
{
    [Fact]
    public void TheSet_HoldsCpx1Pop1Pop2_AndJoinsTheCatalogue()
    {
        Assert.Equal(["CPX-1", "POP-1", "POP-2"], PopulationHealthRules.Set.Rules.Select(r => r.Id.ToString()));
        Assert.Equal(PopulationHealthRules.All.Select(r => r.Id), PopulationHealthRules.Set.Rules.Select(r => r.Id));
        var catalogue = RuleCatalogue.Create(Domain.OperatingModel.OperatingModelRules.Set, PopulationHealthRules.Set);
        Assert.Contains(catalogue.Rules, r => r.Id == PopulationHealthRuleIds.Complexity);
    }

    [Fact]
    public void EveryQuote_StandsVerbatimWithinItsCitedLines()
    {
        var rules = PopulationHealthRules.All.Select(r => r.Descriptor).ToArray();
        Assert.All(rules, r => Assert.NotEmpty(r.Quotes));
        foreach (var quote in rules.SelectMany(r => r.Quotes))
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "sources", quote.Citation.Document.FileName));
            var cited = string.Join(" ", lines[(quote.Citation.FirstLine!.Value - 1)..quote.Citation.LastLine!.Value]);
            Assert.Contains(Normalise(quote.Text), Normalise(cited), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryIssueDefinition_HasItsModalitysSeverity_AndAUniqueCode()
    {
        var definitions = PopulationHealthRules.All.SelectMany(r => r.Descriptor.IssueDefinitions).ToArray();
        Assert.All(definitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.Equal(definitions.Length, definitions.Select(d => d.Code).Distinct().Count());
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property EveryRule_RunsOnAnyPopulation_AndEveryIssueIsItsDefinitionsSeverity() =>
        Prop.ForAll(AnyPopulations(), Arb.From(Gen.Choose(-40_000, 400)), (residents, days) =>
        {
            var context = new PopulationContext(ReferenceDate.PlusDays(days));
            var results = PopulationHealthRules.Check(new CommunityPopulation { Community = Crewe, Residents = [.. residents] }, context);
            Assert.Equal(3, results.Length);
            foreach (var result in results)
            {
                var rule = PopulationHealthRules.All.Single(r => r.Id == result.Rule);
                Assert.All(result.Issues, i => Assert.Equal(rule.Descriptor.IssueDefinitions.Single(d => d.Code == i.Code).DefaultSeverity, i.Severity));
                Assert.Equal(result.Issues.Any(i => i.Severity != Severity.Information), result.Status == RuleStatus.NotMet);
            }
        });

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
