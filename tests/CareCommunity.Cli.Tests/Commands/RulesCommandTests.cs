using System.Text.Json.Nodes;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity rules: the catalogue as text or JSON.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_FormatJson_ListsEveryPackagesRulesWithSeedCitations()
    {
        var result = CliRunner.Run("rules", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var rules = JsonNode.Parse(result.Out)!["rules"]!.AsArray();
        var ids = rules.Select(r => r!["id"]!.GetValue<string>()).ToArray();
        string[] expected = [.. Enumerable.Range(1, 11).Select(n => $"CC-{n}"), "MAT-1", "MAT-2", "MAT-3", "QUA-1", "QUA-2", "QUA-3", "POP-1", "POP-2", "CPX-1",
            .. Enumerable.Range(1, 12).Select(n => $"MOU-{n}")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        var seeds = SeedDocument.All.Select(s => s.FileName).ToHashSet();
        Assert.All(rules, r =>
        {
            var sources = r!["sources"]!.AsArray();
            Assert.NotEmpty(sources);
            Assert.All(sources, s =>
            {
                Assert.Contains(s!["document"]!.GetValue<string>(), seeds);
                Assert.Contains(s["document"]!.GetValue<string>(), s["citation"]!.GetValue<string>(), StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void Rules_Text_ListsEveryRuleWithItsSources()
    {
        var result = CliRunner.Run("rules");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        foreach (var rule in CliApplication.AllRules.Rules)
        {
            Assert.Contains($"{rule.Id}  {rule.Title}", result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Sources: 001_66a02ae51481bc0b.txt", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Rules_Output_WritesTheFile()
    {
        using var temp = new TempFolder();
        var output = temp.File("rules.json");

        var result = CliRunner.Run("rules", "-f", "json", "--output", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(CliApplication.AllRules.Rules.Count, JsonNode.Parse(File.ReadAllText(output))!["rules"]!.AsArray().Count);
    }

    [Fact]
    public void Rules_BadFormat_ExitsTwo() =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("rules", "--format", "operation-outcome").ExitCode);

    [Fact]
    public void Rules_FormatJson_WritesApostrophesAsThemselves()
    {
        var result = CliRunner.Run("rules", "--format", "json");

        Assert.Contains("'core'", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_OutputUnderAFile_ExitsTwoNamingThePath()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "");
        var output = Path.Combine(file, "rules.json");

        var result = CliRunner.Run("rules", "--output", output);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{output}': '{file}' is a file, not a folder.", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Rules_OutputIntoMissingFolder_ExitsTwoNamingTheFolder()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "no", "rules.txt");

        var result = CliRunner.Run("rules", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{output}': the folder '{Path.Combine(temp.Path, "no")}' does not exist.", result.Error, StringComparison.Ordinal);
    }
}
