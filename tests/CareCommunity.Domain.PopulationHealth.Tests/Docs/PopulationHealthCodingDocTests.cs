using System.Text;
using CareCommunity.Testing;

namespace CareCommunity.Domain.PopulationHealth.Tests.Docs;

/// <summary>
/// <c>docs/population-health-coding.md</c> — the ICD-10 mapping and the QOF cluster names — is generated from
/// <see cref="Icd10Mapping.Default"/> and <see cref="ClusterMapping.Qof"/>; this test fails when it is stale.
/// </summary>
public sealed class PopulationHealthCodingDocTests
{
    private const string Regenerate = "UPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.PopulationHealth.Tests -c Release --filter \"FullyQualifiedName~PopulationHealthCodingDoc\"";

    [Fact]
    public void CodingDoc_IsWhatTheMappingGenerates()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "population-health-coding.md");
        var generated = Generate(Icd10Mapping.Default, ClusterMapping.Qof);
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(existing == generated, $"docs/population-health-coding.md is stale: run {Regenerate} and review the diff.");
    }

    [Fact]
    public void CodingDoc_ListsEveryRangeAndCluster()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "population-health-coding.md"));
        Assert.All(Icd10Mapping.Default.Entries.SelectMany(e => e.Ranges.Concat(e.Excluding)), r => Assert.Contains(r.ToString(), text, StringComparison.Ordinal));
        Assert.All(ClusterMapping.Qof.Clusters, c => Assert.Contains($"`{c.Name}`", text, StringComparison.Ordinal));
    }

    private static string Generate(Icd10Mapping mapping, ClusterMapping clusters)
    {
        var w = new StringBuilder();
        w.Append("# Population health: coded data\n\n");
        w.Append("<!-- Generated from the code by PopulationHealthCodingDocTests. Do not edit by hand. -->\n\n");
        w.Append("**This file is generated** from `Icd10Mapping.Default` and `ClusterMapping.Qof`; a test fails when it differs from\n");
        w.Append("what the code generates. Regenerate it with\n\n```sh\n").Append(Regenerate).Append("\n```\n\n");
        w.Append("Coded diagnoses are mapped onto the conditions and flags of `CareCommunity.Domain.PopulationHealth` before a resident is\n");
        w.Append("made (decision [0043](decisions/0043-icd10-mapping-scope.md)). Codes are read with or without the dot, in any case.\n");
        w.Append("A range holds every code whose first three (or four) characters fall within it: `I10-I15` holds I15.9 and not I16;\n");
        w.Append("`N18.3-N18.5` holds N18.3 to N18.5 and not N18.2 or a bare N18. A code that is not mapped — outside every range,\n");
        w.Append("excluded on purpose, or not an ICD-10 code — is reported with its reason (`Icd10Mapping.Lookup`, `MapAll`), never\n");
        w.Append("silently dropped.\n\n");
        w.Append("## ICD-10\n\n| Finding | ICD-10 codes | Excluding | Why |\n|---|---|---|---|\n");
        foreach (var entry in mapping.Entries)
        {
            w.Append("| `").Append(entry.Finding).Append("` | ")
                .Append(string.Join(", ", entry.Ranges.Select(r => r.ToString()))).Append(" | ")
                .Append(entry.Excluding.IsEmpty ? "" : string.Join(", ", entry.Excluding.Select(r => r.ToString()))).Append(" | ")
                .Append(entry.Note).Append(" |\n");
        }

        w.Append("\n## SNOMED CT: QOF cluster names\n\n");
        w.Append("The library ships the names of the Quality and Outcomes Framework's clusters and what each means, and **no SNOMED CT\n");
        w.Append("codes**: fill each cluster from your own copy of the reference sets with `ClusterMapping.Qof.WithCodes(\"HYP_COD\", ids)`,\n");
        w.Append("and add clusters for conditions without a QOF register (autism, Parkinson's disease, multiple sclerosis, chronic liver\n");
        w.Append("disease) with `WithCluster`.\n\n");
        w.Append("| Cluster | Finding | Description |\n|---|---|---|\n");
        foreach (var c in clusters.Clusters)
        {
            w.Append("| `").Append(c.Name).Append("` | `").Append(c.Finding).Append("` | ").Append(c.Description).Append(" |\n");
        }

        return w.ToString();
    }
}
