using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.OperatingModel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NodaTime;

namespace CareCommunity.Docs.Tests;

/// <summary>
/// The C# examples in the documentation are executable: every <c>```csharp</c> block of a Markdown file is run, in
/// order, as one Roslyn script session (each block continues the previous one's state) against the freshly built
/// assemblies, with the repository root as the working directory and the invariant culture, so an example that stops
/// compiling or throws fails the build. A block may opt out with an HTML comment <c>&lt;!-- snippet: skip --&gt;</c>
/// on the line before it (for fragments that are not meant to run).
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    /// <summary>The namespaces every block imports.</summary>
    private static readonly ImmutableArray<string> Imports =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Globalization", "System.Threading.Tasks",
        "System.Collections.Immutable", "NodaTime",
        "CareCommunity.Domain", "CareCommunity.Domain.Rules", "CareCommunity.Domain.Validation", "CareCommunity.Domain.Explanations",
        "CareCommunity.Domain.OperatingModel", "CareCommunity.Domain.Json",
        "CareCommunity.Domain.Quality", "CareCommunity.Domain.Quality.Control", "CareCommunity.Domain.Quality.Maturity", "CareCommunity.Domain.Quality.Planning",
        "CareCommunity.Domain.PopulationHealth",
    ];

    // The working directory and the culture are process-wide: one document at a time.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static readonly Lazy<ScriptOptions> Options = new(() => ScriptOptions.Default
        .AddReferences(new[]
        {
            typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(ImmutableArray).Assembly,
            typeof(Console).Assembly, typeof(File).Assembly, typeof(Regex).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly,
            typeof(CultureInfo).Assembly, typeof(LocalDate).Assembly, typeof(LocalCareCommunity).Assembly,
            typeof(CareCommunityDocument).Assembly, typeof(CareCommunity.Domain.Quality.QualityRules).Assembly, typeof(OneOf.IOneOf).Assembly,
            typeof(CareCommunity.Domain.Governance.GovernanceRules).Assembly,
            typeof(CareCommunity.Domain.PopulationHealth.PopulationClassifier).Assembly,
            Assembly.Load(new AssemblyName("System.Runtime")),
        }.Distinct())
        .WithImports(Imports)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithCheckOverflow(true));

    /// <summary>The folder holding CareCommunity.Domain.sln, found by walking up from the test binaries.</summary>
    private static string Root { get; } = FindRoot();

    public static TheoryData<string> DocumentsWithCSharp()
    {
        var root = Root;
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
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(Root, relativePath)));

        var ran = await RunAsync(blocks);

        Assert.Equal(blocks.Count, ran);
    }

    [Fact]
    public async Task Run_ABlockThatThrows_FailsNamingTheBlock()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(["var x = 1;", "throw new Exception(\"boom\");"]));

        Assert.Contains("block 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("boom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSharpBlocks_SkipMarker_LeavesTheBlockOut()
    {
        var markdown = "a\n```csharp\nvar x = 1;\n```\n<!-- snippet: skip -->\n```csharp\nthis is not C#\n```\n";

        Assert.Equal(["var x = 1;"], CSharpBlocks(markdown));
    }

    /// <summary>Runs the blocks in order as one script session; returns how many ran.</summary>
    private static async Task<int> RunAsync(IReadOnlyList<string> blocks)
    {
        await Gate.WaitAsync();
        var savedDirectory = Environment.CurrentDirectory;
        var savedCulture = CultureInfo.CurrentCulture;
        var savedOut = Console.Out;
        try
        {
            Environment.CurrentDirectory = Root;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.SetOut(TextWriter.Null);
            ScriptState<object>? state = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(blocks[i], Options.Value)
                        : await state.ContinueWithAsync(blocks[i], Options.Value);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new InvalidOperationException($"block {i + 1} of {blocks.Count} failed: {e.Message}\n{blocks[i]}", e);
                }
            }

            return blocks.Count;
        }
        finally
        {
            Console.SetOut(savedOut);
            CultureInfo.CurrentCulture = savedCulture;
            Environment.CurrentDirectory = savedDirectory;
            Gate.Release();
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareCommunity.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CareCommunity.Domain.sln above {AppContext.BaseDirectory}.");
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
