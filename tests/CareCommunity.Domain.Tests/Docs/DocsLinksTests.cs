using CareCommunity.Testing;
using System.Text.RegularExpressions;

namespace CareCommunity.Domain.Tests.Docs;

/// <summary>Relative links between the Markdown documents under docs/ must resolve to existing files.</summary>
public sealed partial class DocsLinksTests
{
    [Fact]
    public void Docs_RelativeLinks_Resolve()
    {
        var broken = new List<string>();
        foreach (var doc in RepositoryFiles.SourceFiles("docs", "*.md"))
        {
            var folder = Path.GetDirectoryName(doc)!;
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(doc)))
            {
                var target = link.Groups["target"].Value;
                if (target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = target.Split('#')[0];
                var full = Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    broken.Add($"{RepositoryFiles.Relative(doc)}: link to '{target}' does not resolve");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
