using CareCommunity.Testing;

namespace CareCommunity.Domain.PopulationHealth.Tests.Docs;

/// <summary><c>docs/rules-population-health.md</c> is generated from the POP and CPX rule types; this test fails when it is stale.</summary>
public sealed class PopulationHealthRulesDocTests
{
    private const string Regenerate = "UPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.PopulationHealth.Tests -c Release --filter \"FullyQualifiedName~PopulationHealthRulesDoc\"";

    private const string Intro =
        "Population health (POP-1, POP-2) and the proposed definition of complexity (CPX-1) of the package\n"
        + "`CareCommunity.Domain.PopulationHealth`, in the same shape as the operating model's rules ([rules.md](rules.md)): each rule is\n"
        + "one type in the folder of its concept (`Summary/KnowEngageManageRule.cs`, `Segmentation/SegmentationCubeRule.cs`,\n"
        + "`Complexity/ComplexityRule.cs`) with the sentences of the source it enforces, verbatim and linked to\n"
        + "[sources/](sources/README.md), the issues it raises with the severity its modality gives\n"
        + "([0015](decisions/0015-modality-and-severity.md)) and its options. CPX-1 is the seed's *proposed* definition: its\n"
        + "sentences are *may* and what it reports is information. The rules run on a `CommunityPopulation` at an explicit reference\n"
        + "date; the classification of one resident is `PopulationClassifier.Classify` (allocation-free) and `Explain`. The readings\n"
        + "the sources leave open are decisions [0035](decisions/0035-cpx1-proposal-and-frailty.md) to\n"
        + "[0044](decisions/0044-age-and-leap-day-birthdays.md); the ICD-10 mapping is [population-health-coding.md](population-health-coding.md).\n";

    [Fact]
    public void RulesPopulationHealthDoc_IsWhatTheRuleTypesGenerate()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "rules-population-health.md");
        var generated = RulesDocGenerator.GenerateSets("Rule catalogue: population health (POP-1, POP-2, CPX-1)", Intro, Regenerate, PopulationHealthRules.Set);
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(existing == generated, $"docs/rules-population-health.md is stale: run {Regenerate} and review the diff.");
    }

    [Fact]
    public void RulesPopulationHealthDoc_NamesEveryRuleAndIssueCode()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rules-population-health.md"));
        foreach (var rule in PopulationHealthRules.Set.Rules)
        {
            Assert.Contains($"### {rule.Id} {rule.Title}", text, StringComparison.Ordinal);
            Assert.All(rule.IssueDefinitions, d => Assert.Contains($"`{d.Code}`", text, StringComparison.Ordinal));
        }
    }
}
