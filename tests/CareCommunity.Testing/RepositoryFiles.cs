namespace CareCommunity.Testing;

/// <summary>Finds files of the repository from a test's output folder by walking up to <c>CareCommunity.Domain.sln</c>.</summary>
public static class RepositoryFiles
{
    private const string SolutionFileName = "CareCommunity.Domain.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>CareCommunity.Domain.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The valid sample document.</summary>
    public static string ValidSample => PathOf("samples/data/care-community.valid.json");

    /// <summary>The folder of invalid sample documents.</summary>
    public static string InvalidSamplesFolder => PathOf("samples/data/invalid");

    /// <summary>The folder of the published schemas.</summary>
    public static string SchemasFolder => PathOf("docs/schemas");

    /// <summary>The full path of a file or folder given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relative) =>
        Path.Combine([Root, .. relative.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The path relative to the root, with '/' separators, for messages.</summary>
    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The invalid samples' file names, in ordinal order.</summary>
    public static IReadOnlyList<string> InvalidSampleNames() =>
        [.. Directory.EnumerateFiles(InvalidSamplesFolder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>An invalid sample's full path.</summary>
    public static string InvalidSample(string fileName) => Path.Combine(InvalidSamplesFolder, fileName);

    /// <summary>The document that breaks CC-2, CC-4, CC-8 and CC-9 at once: one run reports all four.</summary>
    public static string MultiRuleSample => PathOf("samples/data/multi-rule/cc-2-cc-4-cc-8-cc-9.json");

    /// <summary>The bytes of the valid sample.</summary>
    public static byte[] ValidSampleBytes() => File.ReadAllBytes(ValidSample);

    /// <summary>Files under a folder, skipping build output (bin/, obj/).</summary>
    public static IEnumerable<string> SourceFiles(string relativeFolder, string pattern) =>
        Directory.EnumerateFiles(PathOf(relativeFolder), pattern, SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} found above {AppContext.BaseDirectory}.");
    }
}
