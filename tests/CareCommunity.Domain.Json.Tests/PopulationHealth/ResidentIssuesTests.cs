using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The population reader's codes: each defined once, tabulated in docs/rules.md with its severity and rule.</summary>
public sealed class ResidentIssuesTests
{
    [Fact]
    public void All_EveryCodeOnce_EachTabulatedInTheRuleCatalogueWithItsSeverityAndRule()
    {
        var document = File.ReadAllText(RepositoryFiles.PathOf("docs/rules.md"));
        var section = document[document.IndexOf("## Codes of the population reader", StringComparison.Ordinal)..];

        Assert.Equal(ResidentIssues.All.Length, ResidentIssues.All.Select(d => d.Code).Distinct().Count());
        Assert.All(ResidentIssues.All, d => Assert.Contains($"| `{d.Code}` | {d.Severity} | {d.Rule} |", section, StringComparison.Ordinal));
        Assert.Equal(ResidentIssues.All.Length, section.Split('\n').Count(l => l.StartsWith("| `resident.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Line_Issue_IsOneJsonLineWithEveryField()
    {
        var issue = new ResidentIssue(12, Severity.Error, ResidentIssues.InvalidBirthDate, ResidentIssues.PopulationRule, "birthDate", "birthDate is not a date written yyyy-MM-dd.",
            "1948-13-45");

        Assert.Equal("{\"line\":12,\"severity\":\"error\",\"code\":\"resident.birth-date.invalid\",\"rule\":\"POP-1\",\"member\":\"birthDate\",\"message\":\"birthDate is not a date written yyyy-MM-dd.\",\"value\":\"1948-13-45\"}\n",
            ResidentIssueJson.Line(issue));
    }
}
