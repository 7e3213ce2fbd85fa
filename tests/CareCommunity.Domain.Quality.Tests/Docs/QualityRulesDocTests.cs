using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Quality.Tests.Docs;

/// <summary><c>docs/rules-quality.md</c> is generated from the MAT and QUA rule types; this test fails when it is stale.</summary>
public sealed class QualityRulesDocTests
{
    private const string Regenerate = "UPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.Quality.Tests -c Release --filter \"FullyQualifiedName~QualityRulesDoc\"";

    private const string Intro =
        "Freedom within a framework (MAT-1..MAT-3) and the Juran quality trilogy (QUA-1..QUA-3) of the package\n"
        + "`CareCommunity.Domain.Quality`, in the same shape as the operating model's rules ([rules.md](rules.md)): each rule is one\n"
        + "type (`src/CareCommunity.Domain.Quality/Maturity/*Rule.cs`, `Planning/*Rule.cs`) with the sentences of the source it\n"
        + "enforces, verbatim and linked to [sources/](sources/README.md), the issues it raises with the severity its modality\n"
        + "gives ([0015](decisions/0015-modality-and-severity.md)) and its options. The readings the sources leave open are\n"
        + "decisions [0020](decisions/0020-maturity-matrix-default.md) and [0021](decisions/0021-quality-goals-readings.md).\n";

    [Fact]
    public void RulesQualityDoc_IsWhatTheRuleTypesGenerate()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "rules-quality.md");
        var generated = RulesDocGenerator.GenerateSets("Rule catalogue: maturity and quality (MAT-1..MAT-3, QUA-1..QUA-3)", Intro, Regenerate,
            MaturityRules.Set, QualityRules.Set);
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(existing == generated, $"docs/rules-quality.md is stale: run {Regenerate} and review the diff.");
    }

    [Fact]
    public void RulesQualityDoc_NamesEveryRuleAndIssueCode()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rules-quality.md"));
        foreach (var rule in MaturityRules.Set.Rules.Concat(QualityRules.Set.Rules))
        {
            Assert.Contains($"### {rule.Id} {rule.Title}", text, StringComparison.Ordinal);
            Assert.All(rule.IssueDefinitions, d => Assert.Contains($"`{d.Code}`", text, StringComparison.Ordinal));
        }
    }
}
