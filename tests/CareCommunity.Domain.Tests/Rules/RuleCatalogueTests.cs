using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Tests.Rules;

public sealed class RuleCatalogueTests
{
    // Line counts of the seed files (as shipped in ../shared/seeds), so citations can be checked without reading them in CI.
    private static readonly Dictionary<string, int> SeedLineCounts = new(StringComparer.Ordinal)
    {
        ["000_9b8deec7be6b2408.txt"] = 167,
        ["001_66a02ae51481bc0b.txt"] = 353,
        ["002_d561d818c94c8d5d.txt"] = 125,
        ["003_97be56d3ce5a7eef.txt"] = 191,
        ["004_0b226576d97cd4ce.txt"] = 2454,
    };

    public static TheoryData<string> OperatingModelRuleIds => [.. Enumerable.Range(1, 11).Select(n => $"CC-{n}")];

    [Theory]
    [MemberData(nameof(OperatingModelRuleIds))]
    public void OperatingModel_EachOfCc1ToCc11_IsPresentWithTitleTextAndSource(string id)
    {
        var rule = RuleCatalogue.OperatingModel[RuleId.Parse(id)];
        Assert.Equal(id, rule.Id.ToString());
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.False(string.IsNullOrWhiteSpace(rule.Text));
        Assert.NotEmpty(rule.Sources);
        Assert.True(RuleCatalogue.OperatingModel.Contains(rule.Id));
        Assert.True(RuleCatalogue.OperatingModel.TryFind(rule.Id, out var found));
        Assert.Same(rule, found);
    }

    [Fact]
    public void OperatingModel_Rules_AreExactlyCc1ToCc11InIdOrder()
    {
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"CC-{n}"), RuleCatalogue.OperatingModel.Rules.Select(r => r.Id.ToString()));
        Assert.Single(RuleCatalogue.OperatingModel.Sets);
        Assert.Same(OperatingModelRules.Set, RuleCatalogue.OperatingModel.Sets[0]);
        Assert.Equal("Care community operating model (11 rules)", OperatingModelRules.Set.ToString());
    }

    [Fact]
    public void OperatingModel_EverySource_IsASeedDocumentAndWithinItsLines()
    {
        var seedFiles = SeedDocument.All.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in RuleCatalogue.OperatingModel.Rules)
        {
            foreach (var source in rule.Sources)
            {
                Assert.Contains(source.Document.FileName, seedFiles);
                Assert.Contains(source.Document, SeedDocument.All);
                if (source.FirstLine is { } first)
                {
                    Assert.InRange(source.LastLine!.Value, first, SeedLineCounts[source.Document.FileName]);
                }
            }
        }
    }

    [Fact]
    public void OperatingModel_CitesTheSeedsOwnLines()
    {
        // The core group and its roles: 001 l.95-113; equal voice: 001 l.99; leadership drawn from the core group: 001 l.124.
        Assert.Equal(["001_66a02ae51481bc0b.txt l.95", "001_66a02ae51481bc0b.txt l.104-113"], OperatingModelRules.CoreGroupRoles.Descriptor.Sources.Select(s => s.ToString()));
        Assert.Equal("001_66a02ae51481bc0b.txt l.99", OperatingModelRules.EqualVoice.Descriptor.Sources[0].ToString());
        Assert.Equal("001_66a02ae51481bc0b.txt l.124", OperatingModelRules.LeadershipDrawnFromCoreGroup.Descriptor.Sources[0].ToString());
        Assert.Equal("001_66a02ae51481bc0b.txt l.174", OperatingModelRules.CostCentreAndImpactAssessment.Descriptor.Sources[0].ToString());
        Assert.Contains("equal voice, equal value and equity", OperatingModelRules.EqualVoice.Descriptor.Text, StringComparison.Ordinal);
        Assert.Contains("once every 2 months", OperatingModelRules.GovernanceCadence.Descriptor.Text, StringComparison.Ordinal);
        Assert.Contains("including on-costs", OperatingModelRules.CostCentreAndImpactAssessment.Descriptor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => RuleCatalogue.OperatingModel[RuleId.Parse("CC-12")]);
        Assert.Contains("CC-12", ex.Message, StringComparison.Ordinal);
        Assert.False(RuleCatalogue.OperatingModel.TryFind(RuleId.Parse("MOU-1"), out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Create_SameIdInTwoSets_Throws()
    {
        var other = new RuleSet("Copy", [new Rule(RuleId.Parse("CC-2"), "Again", "Again.", SeedDocument.CareCommunitiesOperatingModel.Lines(104))]);
        var ex = Assert.Throws<ArgumentException>(() => RuleCatalogue.Create(OperatingModelRules.Set, other));
        Assert.Contains("CC-2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Copy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralSets_ComposesAllRulesInIdOrder()
    {
        var mou = new RuleSet("MoU", [new Rule(RuleId.Parse("MOU-1"), "Principle", "A principle.", SeedDocument.HealthAndWellbeingBoard2021.Section("MoU"))]);
        var catalogue = RuleCatalogue.Create(mou, OperatingModelRules.Set);
        Assert.Equal(12, catalogue.Rules.Count);
        Assert.Equal("CC-1", catalogue.Rules[0].Id.ToString());
        Assert.Equal("MOU-1", catalogue.Rules[^1].Id.ToString());
    }

    [Fact]
    public void RuleSet_DuplicateIdWithinSet_Throws()
    {
        var a = new Rule(RuleId.Parse("CC-1"), "A", "A.", SeedDocument.CareCommunitiesOperatingModel.Lines(68));
        var b = new Rule(RuleId.Parse("CC-1"), "B", "B.", SeedDocument.CareCommunitiesOperatingModel.Lines(68));
        var ex = Assert.Throws<ArgumentException>(() => new RuleSet("Twice", [a, b]));
        Assert.Contains("CC-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSet_Rules_AreSortedById()
    {
        var ten = new Rule(RuleId.Parse("CC-10"), "Ten", "Ten.", SeedDocument.HealthAndWellbeingBoard2021.Lines(2037));
        var two = new Rule(RuleId.Parse("CC-2"), "Two", "Two.", SeedDocument.CareCommunitiesOperatingModel.Lines(104));
        Assert.Equal([two, ten], new RuleSet("Two", [ten, two]).Rules);
    }

    [Fact]
    public void Rule_Construction_RequiresIdTextAndASource()
    {
        var source = SeedDocument.CareCommunitiesOperatingModel.Lines(99);
        Assert.Throws<ArgumentException>(() => new Rule(default, "T", "X.", source));
        Assert.Throws<ArgumentException>(() => new Rule(RuleId.Parse("CC-3"), " ", "X.", source));
        Assert.Throws<ArgumentException>(() => new Rule(RuleId.Parse("CC-3"), "T", "", source));
        Assert.Throws<ArgumentException>(() => new Rule(RuleId.Parse("CC-3"), "T", "X."));
    }

    [Fact]
    public void Rule_Equality_IsById()
    {
        var a = new Rule(RuleId.Parse("CC-3"), "A", "A.", SeedDocument.CareCommunitiesOperatingModel.Lines(99));
        var b = new Rule(RuleId.Parse("CC-3"), "B", "B.", SeedDocument.Blueprint2030Report.Section("para 1"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("CC-3 A", a.ToString());
        Assert.NotEqual(a, OperatingModelRules.CoreGroupRoles.Descriptor);
    }
}
