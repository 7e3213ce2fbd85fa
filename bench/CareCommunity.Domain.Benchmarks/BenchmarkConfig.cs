using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace CareCommunity.Domain.Benchmarks;

/// <summary>
/// The default configuration: a short job (1 launch, 2 warm-up and 5 measured iterations) so that the whole suite runs in a
/// few minutes on a small machine, memory diagnostics, and ratios against each class's baseline. The machine this runs on
/// is usually shared and noisy: read the Ratio column (measured in the same run), not the absolute times.
/// Command-line options (<c>--job</c>, <c>--filter</c>, …) override or narrow it.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithId("Short")
            .AsDefault())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value))
        .WithOptions(ConfigOptions.DisableLogFile);
}
