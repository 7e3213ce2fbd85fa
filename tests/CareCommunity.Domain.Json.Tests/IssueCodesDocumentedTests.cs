using System.Reflection;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests;

/// <summary>Every issue code the JSON package can raise is listed in docs/rules.md, so integrators can look it up.</summary>
public class IssueCodesDocumentedTests
{
    [Fact]
    public void EveryIssueCodeOfTheJsonPackage_IsListedInTheRuleCatalogueDocument()
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var codes = typeof(CareCommunityDocument).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(flags).Where(p => p.PropertyType == typeof(IssueCode)).Select(p => (IssueCode)p.GetValue(null)!)
                .Concat(t.GetFields(flags).Where(f => f.FieldType == typeof(IssueCode)).Select(f => (IssueCode)f.GetValue(null)!)))
            .Select(c => c.ToString())
            .Distinct()
            .ToArray();
        var document = File.ReadAllText(RepositoryFiles.PathOf("docs/rules.md"));

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"`{code}`", document, StringComparison.Ordinal));

        // And the other way: every code tabulated in the JSON reader's section exists in the package.
        var section = document[document.IndexOf("## Codes of the JSON reader", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next < 0 ? section : section[..next];
        var tabulated = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]).ToArray();
        Assert.NotEmpty(tabulated);
        Assert.All(tabulated, code => Assert.Contains(code, codes));
    }
}
