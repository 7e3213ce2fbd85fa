using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

/// <summary>The MAT rule set: ids, catalogue composition, and quotes held verbatim to <c>docs/sources/</c>.</summary>
public sealed partial class MaturityRulesTests
{
    public static TheoryData<string> RuleIds() => [.. MaturityRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Fact]
    public void All_IsMat1ToMat3InOrder_AndTheSetComposesWithTheOperatingModel()
    {
        Assert.Equal(["MAT-1", "MAT-2", "MAT-3"], MaturityRules.All.Select(r => r.Descriptor.Id.ToString()));
        var catalogue = RuleCatalogue.Create(OperatingModelRules.Set, MaturityRules.Set);
        Assert.True(catalogue.Contains(RuleId.Parse("MAT-2")));
        Assert.Equal(14, catalogue.Rules.Count);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_EveryQuote_OccursVerbatimWithinItsCitedLines(string id)
    {
        var rule = MaturityRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;
        Assert.NotEmpty(rule.Quotes);
        foreach (var quote in rule.Quotes)
        {
            var lines = File.ReadAllLines(RepositoryFiles.PathOf($"docs/sources/{quote.Citation.Document.FileName}"));
            var cited = Normalise(string.Join("\n", lines[(quote.Citation.FirstLine!.Value - 1)..quote.Citation.LastLine!.Value]));
            Assert.Contains(Normalise(quote.Text), cited, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_SeverityFollowsTheWording(string id)
    {
        var rule = MaturityRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;
        Assert.All(rule.IssueDefinitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.All(rule.IssueDefinitions.Where(d => d.Modality == Modality.LibraryReading), d => Assert.Equal(Severity.Information, d.DefaultSeverity));
    }

    [Fact]
    public void IssueCodes_AreDefinedOnce_ButTheSharedIntegrityOnes()
    {
        var shared = DocumentIntegrity.All.Select(d => d.Code).ToHashSet();
        var codes = MaturityRules.All.SelectMany(r => r.Descriptor.IssueDefinitions).Select(d => d.Code).Where(c => !shared.Contains(c)).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void CheckAll_GivesOneResultPerRule_AndOverridesApply()
    {
        var record = Record(SubjectiveRound(Jan2021, 3));
        var overrides = new Dictionary<IssueCode, Severity> { [SubjectiveAndObjectiveAssessmentRule.NoObjectiveAssessment.Code] = Severity.Warning };
        var results = MaturityRules.CheckAll(record, new MaturityContext(Jun2021, null, overrides));
        Assert.Equal(3, results.Length);
        Assert.Equal(Severity.Warning, results[1].Issues.Single(i => i.Code == SubjectiveAndObjectiveAssessmentRule.NoObjectiveAssessment.Code).Severity);
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
