using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Cli.Tests.Support;

/// <summary>What one run of the command line did.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Both streams, for failure messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs <see cref="CliApplication"/> in process, with string writers and a fake clock.</summary>
internal static class CliRunner
{
    /// <summary>The date the fake clock reads unless a test gives another.</summary>
    public static readonly LocalDate Today = new(2026, 11, 22);

    /// <summary>Runs the command line.</summary>
    public static CliResult Run(params string[] args) => RunOn(Today, args);

    /// <summary>Runs the command line with the clock reading midday on <paramref name="today"/> in London.</summary>
    public static CliResult RunOn(LocalDate today, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = new CliApplication(output, error, TestClocks.AtLondonMidday(today)).Run(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>True when the text holds a .NET stack-trace line.</summary>
    public static bool HasStackTrace(string text) =>
        text.Split('\n').Any(l => l.StartsWith("   at ", StringComparison.Ordinal)) || text.Contains("Exception:", StringComparison.Ordinal);
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "carecommunity-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
