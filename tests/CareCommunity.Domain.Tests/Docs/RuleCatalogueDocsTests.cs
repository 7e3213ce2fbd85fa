using CareCommunity.Testing;
using System.Reflection;
using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Docs;

/// <summary>
/// docs/rules.md is the human-readable rule catalogue. These tests keep it and the code in step: every rule of
/// <see cref="RuleCatalogue.OperatingModel"/> with its exact title, text and sources, no rule the code lacks, and
/// every issue code of <see cref="OperatingModelIssueCodes"/>.
/// </summary>
public sealed partial class RuleCatalogueDocsTests
{
    private const string RulesDoc = "docs/rules.md";

    private static readonly Lazy<DocumentedCatalogue> Doc = new(() => DocumentedCatalogue.Parse(File.ReadAllLines(RepositoryFiles.PathOf(RulesDoc))));

    [Fact]
    public void RulesDoc_EveryRuleInCode_IsDocumented()
    {
        var missing = RuleCatalogue.OperatingModel.Rules
            .Where(r => !Doc.Value.Rules.ContainsKey(r.Id.ToString()))
            .Select(r => r.ToString())
            .ToArray();

        Assert.True(missing.Length == 0, $"{RulesDoc} lacks a '## <Id> <Title>' section for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void RulesDoc_EveryDocumentedRule_ExistsInCode()
    {
        var extra = Doc.Value.Rules.Keys
            .Where(id => !RuleId.TryParse(id, out var parsed) || !RuleCatalogue.OperatingModel.Contains(parsed))
            .ToArray();

        Assert.True(extra.Length == 0, $"{RulesDoc} documents rules the code does not have: {string.Join(", ", extra)}");
    }

    [Fact]
    public void RulesDoc_NoRule_IsDocumentedTwice()
    {
        Assert.True(Doc.Value.Duplicates.Count == 0, $"{RulesDoc} documents these rules more than once: {string.Join(", ", Doc.Value.Duplicates)}");
    }

    [Fact]
    public void RulesDoc_Rules_AreInCatalogueOrder()
    {
        var documented = Doc.Value.Order.Where(id => RuleId.TryParse(id, out var p) && RuleCatalogue.OperatingModel.Contains(p)).ToArray();
        var expected = RuleCatalogue.OperatingModel.Rules.Select(r => r.Id.ToString()).Where(documented.Contains).ToArray();

        Assert.Equal(expected, documented);
    }

    public static TheoryData<string> RuleIds() => [.. RuleCatalogue.OperatingModel.Rules.Select(r => r.Id.ToString())];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesDoc_Title_MatchesCode(string id)
    {
        var rule = RuleCatalogue.OperatingModel[RuleId.Parse(id)];
        var section = Section(id);

        Assert.Equal(rule.Title, section.Title);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesDoc_Text_MatchesCode(string id)
    {
        var rule = RuleCatalogue.OperatingModel[RuleId.Parse(id)];
        var section = Section(id);

        Assert.Equal(rule.Text, section.Text);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesDoc_SourcesLine_MatchesCode(string id)
    {
        var rule = RuleCatalogue.OperatingModel[RuleId.Parse(id)];
        var section = Section(id);

        Assert.True(section.Sources is not null, $"{RulesDoc}: section {id} has no 'Sources: ' line.");
        Assert.Equal(string.Join("; ", rule.Sources.Select(s => s.ToString())), section.Sources);
    }

    [Fact]
    public void RulesDoc_EveryIssueCode_IsListed()
    {
        var missing = IssueCodesInCode().Where(code => !Doc.Value.MentionedCodes.Contains(code)).ToArray();

        Assert.True(missing.Length == 0, $"{RulesDoc} does not list these issue codes of OperatingModelIssueCodes: {string.Join(", ", missing)}");
    }

    [Fact]
    public void RulesDoc_EveryTabulatedCode_ExistsInCode()
    {
        var known = IssueCodesInCode().ToHashSet(StringComparer.Ordinal);
        var unknown = Doc.Value.TabulatedCodes.Where(code => !known.Contains(code)).Distinct().ToArray();

        Assert.True(unknown.Length == 0, $"{RulesDoc} lists issue codes that OperatingModelIssueCodes does not define: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void RulesDoc_EveryRuleSection_ListsAtLeastOneIssueCode()
    {
        var bare = Doc.Value.Rules.Values.Where(s => s.Codes.Count == 0).Select(s => s.Id).ToArray();

        Assert.True(bare.Length == 0, $"{RulesDoc}: these rule sections list no issue code: {string.Join(", ", bare)}");
    }

    [Fact]
    public void IssueCodesInCode_AreFound()
    {
        // Guards the reflection below: if the codes moved to fields or another type, the doc test would pass vacuously.
        Assert.Contains("core-group.role-vacant", IssueCodesInCode());
        Assert.True(IssueCodesInCode().Count >= 30);
    }

    private const string JsonReaderHeading = "## Codes of the JSON reader";

    private static DocumentedRule Section(string id) =>
        Doc.Value.Rules.TryGetValue(id, out var section)
            ? section
            : throw new Xunit.Sdk.XunitException($"{RulesDoc} has no '## {id} <Title>' section.");

    private static List<string> IssueCodesInCode() =>
        [.. OperatingModelRules.Set.Rules.SelectMany(r => r.IssueDefinitions).Concat(DocumentIntegrity.All).Select(d => d.Code.ToString()).Distinct()];

    [GeneratedRegex(@"^## (?<id>[A-Z]{2,4}-[1-9][0-9]*) (?<title>\S.*?)\s*$")]
    private static partial Regex RuleHeading();

    [GeneratedRegex(@"`(?<code>[a-z][a-z0-9-]*(\.[a-z0-9-]+)+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^\|\s*`(?<code>[a-z][a-z0-9-]*(\.[a-z0-9-]+)+)`\s*\|")]
    private static partial Regex TableRowCode();

    /// <summary>One '## Id Title' section of the doc.</summary>
    private sealed record DocumentedRule(string Id, string Title, string Text, string? Sources, IReadOnlyList<string> Codes);

    /// <summary>What docs/rules.md says, parsed.</summary>
    private sealed record DocumentedCatalogue(
        IReadOnlyDictionary<string, DocumentedRule> Rules,
        IReadOnlyList<string> Order,
        IReadOnlyList<string> Duplicates,
        IReadOnlySet<string> MentionedCodes,
        IReadOnlyList<string> TabulatedCodes)
    {
        public static DocumentedCatalogue Parse(string[] lines)
        {
            var rules = new Dictionary<string, DocumentedRule>(StringComparer.Ordinal);
            var order = new List<string>();
            var duplicates = new List<string>();
            var mentioned = new HashSet<string>(StringComparer.Ordinal);
            var tabulated = new List<string>();

            // The JSON reader's codes have their own section, checked by CareCommunity.Domain.Json's tests.
            var inJsonReaderSection = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    inJsonReaderSection = line.StartsWith(JsonReaderHeading, StringComparison.Ordinal);
                }

                foreach (Match m in CodeSpan().Matches(line))
                {
                    mentioned.Add(m.Groups["code"].Value);
                }

                if (!inJsonReaderSection && TableRowCode().Match(line) is { Success: true } row)
                {
                    tabulated.Add(row.Groups["code"].Value);
                }
            }

            for (var i = 0; i < lines.Length; i++)
            {
                var heading = RuleHeading().Match(lines[i]);
                if (!heading.Success)
                {
                    continue;
                }

                var id = heading.Groups["id"].Value;
                var end = i + 1;
                while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal))
                {
                    end++;
                }

                var body = lines[(i + 1)..end];
                var sourcesLine = Array.FindIndex(body, l => l.StartsWith("Sources:", StringComparison.Ordinal));
                var textLines = (sourcesLine < 0 ? body : body[..sourcesLine]).Select(l => l.Trim()).Where(l => l.Length > 0);
                var sources = sourcesLine < 0 ? null : body[sourcesLine]["Sources:".Length..].Trim();
                var codes = body.Select(l => TableRowCode().Match(l)).Where(m => m.Success).Select(m => m.Groups["code"].Value).ToArray();
                var section = new DocumentedRule(id, heading.Groups["title"].Value, string.Join(" ", textLines), sources, codes);

                order.Add(id);
                if (!rules.TryAdd(id, section))
                {
                    duplicates.Add(id);
                }
            }

            return new DocumentedCatalogue(rules, order, duplicates, mentioned, tabulated);
        }
    }
}
