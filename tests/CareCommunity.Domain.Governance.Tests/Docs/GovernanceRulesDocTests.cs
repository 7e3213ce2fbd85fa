using CareCommunity.Testing;

namespace CareCommunity.Domain.Governance.Tests.Docs;

/// <summary><c>docs/rules-governance.md</c> is generated from the MOU rule types; this test fails when it is stale.</summary>
public sealed class GovernanceRulesDocTests
{
    private const string Regenerate = "UPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.Governance.Tests -c Release --filter \"FullyQualifiedName~GovernanceRulesDoc\"";

    private const string Intro =
        "The rules of the draft Cheshire & Merseyside Health and Care Partnership Memorandum of Understanding (November 2020) in the\n"
        + "package `CareCommunity.Domain.Governance`, in the same shape as the operating model's rules ([rules.md](rules.md)): each rule\n"
        + "is one type in the folder of its concept (`Partners/`, `Decisions/`, `Applicability/`, `Board/`, `Disputes/`, `Charter/`,\n"
        + "`Accountability/`) with the sentences of the\n"
        + "source it enforces, verbatim and linked to [sources/](sources/README.md), the issues it raises with the severity its modality\n"
        + "gives ([0015](decisions/0015-modality-and-severity.md)) and its options. The readings the Memorandum leaves open are\n"
        + "decisions [0022](decisions/0022-nhs-providers-eighteen.md) to [0034](decisions/0034-mutual-accountability-readings.md) and\n"
        + "[0055](decisions/0055-memorandum-versions-and-effective-periods.md) to [0059](decisions/0059-variations-produce-versions.md).\n";

    [Fact]
    public void RulesGovernanceDoc_IsWhatTheRuleTypesGenerate()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "rules-governance.md");
        var generated = RulesDocGenerator.GenerateSets("Rule catalogue: the Memorandum of Understanding (MOU-1..MOU-12)", Intro, Regenerate,
            GovernanceRules.Set);
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(existing == generated, $"docs/rules-governance.md is stale: run {Regenerate} and review the diff.");
    }

    [Fact]
    public void RulesGovernanceDoc_NamesEveryRuleAndIssueCode()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rules-governance.md"));
        foreach (var rule in GovernanceRules.Set.Rules)
        {
            Assert.Contains($"### {rule.Id} {rule.Title}", text, StringComparison.Ordinal);
            Assert.All(rule.IssueDefinitions, d => Assert.Contains($"`{d.Code}`", text, StringComparison.Ordinal));
        }
    }
}
