using CareCommunity.Domain.Quality.Control;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Planning.PlanSamples;

namespace CareCommunity.Domain.Quality.Tests.Planning;

public sealed partial class QualityRulesTests
{
    [Fact]
    public void TheSet_HoldsQua1ToQua3_AndJoinsTheCatalogueBesideTheOperatingModel()
    {
        Assert.Equal(["QUA-1", "QUA-2", "QUA-3"], QualityRules.Set.Rules.Select(r => r.Id.ToString()));
        var catalogue = RuleCatalogue.Create(Domain.OperatingModel.OperatingModelRules.Set, CareCommunity.Domain.Quality.Maturity.MaturityRules.Set, QualityRules.Set);
        Assert.Equal(17, catalogue.Rules.Count);
    }

    [Fact]
    public void EveryQuote_OfTheMatAndQuaRules_StandsVerbatimWithinItsCitedLines()
    {
        var rules = QualityRules.All.Select(r => r.Descriptor).Concat(CareCommunity.Domain.Quality.Maturity.MaturityRules.All.Select(r => r.Descriptor)).ToArray();
        Assert.Equal(6, rules.Length);
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
        var definitions = QualityRules.All.SelectMany(r => r.Descriptor.IssueDefinitions).ToArray();
        Assert.All(definitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.Equal(definitions.Length, definitions.Select(d => d.Code).Distinct().Count());
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property EveryRule_RunsOnAnyPlan_AndEveryIssueIsItsDefinitionsSeverity() =>
        Prop.ForAll(Arb.From(AnyPlan()), Arb.From(Gen.Choose(0, 3000)), (plan, days) =>
        {
            var context = Context(new LocalDate(2022, 1, 1).PlusDays(days));
            foreach (var result in QualityRules.Check(plan, context))
            {
                var rule = QualityRules.All.Single(r => r.Id == result.Rule);
                Assert.All(result.Issues, i => Assert.Equal(rule.Descriptor.IssueDefinitions.Single(d => d.Code == i.Code).DefaultSeverity, i.Severity));
                Assert.Equal(result.Issues.Any(i => i.Severity != Domain.Validation.Severity.Information), result.Status == RuleStatus.NotMet);
            }
        });

    private static Gen<QualityPlan> AnyPlan() =>
        from goals in Gen.ListOf(Gen.OneOf(
                Gen.Constant<QualityGoal?>(null),
                from id in Gen.Elements("a", "b", "c")
                from year in Gen.Choose(2021, 2027)
                from owner in Gen.Elements(Lead, Coach, Outsider)
                from target in Gen.Elements<decimal?>(null, 1m, 10m)
                from direction in Gen.Elements(Enum.GetValues<ImprovementDirection>())
                select (QualityGoal?)Goal(id, year, owner, target, direction)))
        from improvements in Gen.ListOf(Gen.Elements<QualityImprovement?>(null, Improvement("a"), Improvement("z", "m")))
        select Plan([.. goals]) with { Improvements = [.. improvements] };

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
