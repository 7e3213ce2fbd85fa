using System.Text;
using System.Text.RegularExpressions;
using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

/// <summary>
/// The C# examples in the documentation are executable: every <c>```csharp</c> block of a Markdown file is run, in
/// order, as the cells of one notebook against the freshly built assemblies (working directory: the repository root),
/// so an example that stops compiling or throws fails the build. A block may opt out with an HTML comment
/// <c>&lt;!-- snippet: skip --&gt;</c> on the line before it (for fragments that are not meant to run).
/// </summary>
[Collection(NotebookRunsCollection.Name)]
public sealed partial class DocumentationSnippetTests
{
    public static TheoryData<string> DocumentsWithCSharp()
    {
        var root = TestNotebooks.RepositoryRoot();
        var files = new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Where(f => CSharpBlocks(File.ReadAllText(Path.Combine(root, f))).Count > 0)
            .Select(f => f.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Fact]
    public void Documentation_HasCSharpExamples()
    {
        Assert.Contains("docs/domain-guide.md", DocumentsWithCSharp());
        Assert.Contains("docs/getting-started/developers.md", DocumentsWithCSharp());
    }

    [Theory]
    [MemberData(nameof(DocumentsWithCSharp))]
    public async Task CSharpExamples_CompileAndRun(string relativePath)
    {
        var root = TestNotebooks.RepositoryRoot();
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(root, relativePath)));
        var notebook = NotebookDocument.CreateCSharp(blocks.Select(b => NotebookCell.Code(b)));

        var ran = await new NotebookRunner().RunAsync(notebook, Path.Combine(root, "snippets-of-" + Path.GetFileName(relativePath) + ".ipynb"));

        Assert.Equal(blocks.Count, ran.Cells.Count(c => c.IsCode));
    }

    [Fact]
    public void CSharpBlocks_SkipMarker_LeavesTheBlockOut()
    {
        var markdown = "a\n```csharp\nvar x = 1;\n```\n<!-- snippet: skip -->\n```csharp\nthis is not C#\n```\n";

        Assert.Equal(["var x = 1;"], CSharpBlocks(markdown));
    }

    internal static IReadOnlyList<string> CSharpBlocks(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Fence().IsMatch(lines[i]))
            {
                continue;
            }

            var skip = i > 0 && lines[i - 1].Trim() == "<!-- snippet: skip -->";
            var body = new StringBuilder();
            for (i++; i < lines.Length && lines[i].TrimStart() != "```"; i++)
            {
                body.Append(lines[i]).Append('\n');
            }

            if (!skip)
            {
                blocks.Add(body.ToString().TrimEnd());
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^\s*```(csharp|cs|c#)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
