using BenchmarkDotNet.Running;
using CareCommunity.Domain.Benchmarks.Throughput;

namespace CareCommunity.Domain.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/CareCommunity.Domain.Benchmarks -- [BenchmarkDotNet options]</c> runs the
/// micro-benchmarks through one <see cref="BenchmarkSwitcher"/> (e.g. <c>--filter *JsonLines*</c>);
/// <c>… -- throughput [--records N] [--rounds R]</c> runs the JSON Lines throughput harness instead.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
        {
            return ThroughputHarness.Run(args[1..]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
