using CareCommunity.Testing;
using System.Diagnostics;
using CareCommunity.Cli.Tests.Support;

namespace CareCommunity.Cli.Tests;

/// <summary>One end-to-end run of the built tool as a process (Program.cs, the real clock, real streams).</summary>
public sealed class ProgramProcessTests
{
    [Fact]
    public void Main_ValidateSamples_ExitCodesAsDocumented()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "carecommunity.dll");
        Assert.True(File.Exists(tool), $"{tool} is not in the test output.");

        var valid = Run(tool, "validate", RepositoryFiles.ValidSample);
        var invalid = Run(tool, "validate", RepositoryFiles.InvalidSample("cc-7-no-risk-register.json"), "--format", "json");
        var usage = Run(tool, "validate");

        Assert.True(valid.ExitCode == ExitCodes.Ok, valid.ToString());
        Assert.True(invalid.ExitCode == ExitCodes.RulesBroken, invalid.ToString());
        Assert.Contains("\"CC-7\"", invalid.Out, StringComparison.Ordinal);
        Assert.True(usage.ExitCode == ExitCodes.Usage, usage.ToString());
        Assert.False(CliRunner.HasStackTrace(valid.Error + invalid.Error + usage.Error));
    }

    [Fact]
    public void RuntimeConfig_TurnsProfileGuidedTieringOff()
    {
        // decision 0066: the tool runs without TieredPGO, whose instrumented code slowed a two-thread classify by 17%.
        var config = Path.Combine(AppContext.BaseDirectory, "carecommunity.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(config));
        var options = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(options.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    private static CliResult Run(string tool, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CARECOMMUNITY_DEBUG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "The tool did not finish within a minute.");
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
