using System.Reflection;
using PublicApiGenerator;

namespace CareCommunity.Testing;

/// <summary>
/// Snapshot tests of an assembly's public API (docs/decisions/0014): PublicApiGenerator writes the API as C#-like
/// text, compared with <c>docs/api/&lt;assembly&gt;.txt</c>, so that a change to the public API shows up as a diff a
/// reviewer reads.
/// </summary>
public static class ApiSnapshot
{
    /// <summary>The environment variable that, set to 1, makes snapshot tests rewrite the snapshot instead of failing.</summary>
    public const string UpdateVariable = "UPDATE_API_SNAPSHOTS";

    private static readonly ApiGeneratorOptions Options = new()
    {
        // Assembly attributes carry build details (versions, target framework), not API.
        IncludeAssemblyAttributes = false,
    };

    /// <summary>The public API of an assembly, as text with <c>\n</c> line ends and a final newline.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The text PublicApiGenerator gives.</returns>
    public static string Describe(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>Compares an assembly's API with its snapshot file, or rewrites the file when <see cref="UpdateVariable"/> is 1.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>Null when they agree (or the file was rewritten); otherwise a message naming the first difference.</returns>
    public static string? CompareWithSnapshot(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var path = RepositoryFiles.PathOf($"docs/api/{assembly.GetName().Name}.txt");
        var actual = Describe(assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return null;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (expected == actual)
        {
            return null;
        }

        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var i = 0;
        while (i < a.Length && i < e.Length && a[i] == e[i])
        {
            i++;
        }

        return $"The public API of {assembly.GetName().Name} differs from docs/api/{Path.GetFileName(path)} at line {i + 1}:\n"
            + $"  snapshot: {(i < e.Length ? e[i] : "(end)")}\n  actual:   {(i < a.Length ? a[i] : "(end)")}\n"
            + $"If the change is intended, review it and run the tests with {UpdateVariable}=1 to update the snapshot.";
    }
}
