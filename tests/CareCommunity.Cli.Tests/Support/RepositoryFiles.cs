namespace CareCommunity.Cli.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder by walking up to <c>CareCommunity.Domain.sln</c>.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFileName = "CareCommunity.Domain.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>CareCommunity.Domain.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The valid sample document.</summary>
    public static string ValidSample => PathOf("samples/data/care-community.valid.json");

    /// <summary>The folder of invalid sample documents.</summary>
    public static string InvalidSamplesFolder => PathOf("samples/data/invalid");

    /// <summary>The full path of a file given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relative) =>
        Path.Combine([Root, .. relative.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The invalid samples' file names, in ordinal order.</summary>
    public static IReadOnlyList<string> InvalidSampleNames() =>
        [.. Directory.EnumerateFiles(InvalidSamplesFolder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>An invalid sample's full path.</summary>
    public static string InvalidSample(string fileName) => Path.Combine(InvalidSamplesFolder, fileName);

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
