using System.Text.RegularExpressions;
using CareCommunity.Domain.Governance.Accountability;
using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed partial class DisputeRulesTests
{
    [Fact]
    public void TheSet_HoldsMou7Mou11Mou12_AndJoinsTheCatalogueBesideTheOperatingModel()
    {
        Assert.Equal(["MOU-7", "MOU-11", "MOU-12"], DisputeRules.Set.Rules.Select(r => r.Id.ToString()));
        Assert.Equal(DisputeRules.All, DisputeRules.Set.Rules);
        var catalogue = RuleCatalogue.Create(Domain.OperatingModel.OperatingModelRules.Set, DisputeRules.Set);
        Assert.True(catalogue.Contains(RuleId.Parse("MOU-7")));
    }

    [Fact]
    public void EveryQuote_StandsVerbatimWithinItsCitedLines()
    {
        var quotes = DisputeRules.All.SelectMany(r => r.Quotes)
            .Concat(DisputeQuotes.All).Concat(MeetingCadence.Seed.Select(c => c.Source)).Concat(MutualAccountability.Quotes)
            .Concat(DisputeProcess.Transitions.Select(t => t.Source))
            .ToArray();
        Assert.All(DisputeRules.All, r => Assert.NotEmpty(r.Quotes));
        foreach (var quote in quotes)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "sources", quote.Citation.Document.FileName));
            var cited = string.Join(" ", lines[(quote.Citation.FirstLine!.Value - 1)..quote.Citation.LastLine!.Value]);
            Assert.Contains(Normalise(quote.Text), Normalise(cited), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryIssueDefinition_HasItsModalitysSeverity_AndAUniqueCode()
    {
        var definitions = DisputeRules.All.SelectMany(r => r.IssueDefinitions).ToArray();
        Assert.All(definitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.Equal(definitions.Length, definitions.Select(d => d.Code).Distinct().Count());
        Assert.Equal(DisputeResolutionRule.RuleIssueCodes(), DisputeRules.DisputeResolution.Descriptor.IssueDefinitions.Select(d => d.Code));
    }

    [Fact]
    public void TheModalities_KeepTheMemorandumsWords()
    {
        Assert.Equal(Modality.Should, DisputeQuotes.StageOne.Modality);
        Assert.Equal(Modality.May, DisputeQuotes.ReferredByAffected.Modality);
        Assert.Equal(Modality.Should, DisputeResolutionRule.ReferralOverdue.Modality);
        Assert.Equal(Modality.LibraryReading, MutualAccountabilityRule.CycleElementSkipped.Modality);
        Assert.Equal(Modality.May, MutualAccountabilityRule.FormalActionWithoutRecommendation.Modality);
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
