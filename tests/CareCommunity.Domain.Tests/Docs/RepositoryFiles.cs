namespace CareCommunity.Domain.Tests.Docs;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFileName = "CareCommunity.Domain.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The directory holding <c>CareCommunity.Domain.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The full path of a file or folder given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relative) =>
        Path.Combine([Root, .. relative.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The path relative to the root, with '/' separators, for messages.</summary>
    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

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
