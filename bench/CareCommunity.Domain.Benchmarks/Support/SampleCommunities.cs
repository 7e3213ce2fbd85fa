using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Domain.Benchmarks.Support;

/// <summary>Communities and documents the benchmarks share.</summary>
public static class SampleCommunities
{
    /// <summary>The date every built community is complete on.</summary>
    public static LocalDate AsOf => LocalCareCommunityBuilder.DefaultAsOf;

    /// <summary>
    /// The builder's valid sample community with <paramref name="reportingYears"/> of bi-monthly reporting up to
    /// <see cref="AsOf"/> (one submission per obligation per period: 18 submissions for one year, 360 for twenty).
    /// Everything else is the same, so what grows with the years is the reporting history alone.
    /// </summary>
    /// <param name="reportingYears">1 (the builder's own sample) or more.</param>
    /// <returns>The community.</returns>
    public static LocalCareCommunity WithReportingYears(int reportingYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reportingYears, 1);
        return LocalCareCommunityBuilder.Valid()
            .WithReportingStart(LocalCareCommunityBuilder.DefaultReportingStart.PlusYears(1 - reportingYears))
            .Build();
    }

    /// <summary>The repository's sample document (samples/data/care-community.valid.json), embedded at build time.</summary>
    /// <returns>Its UTF-8 bytes.</returns>
    public static byte[] SampleDocument()
    {
        using var resource = typeof(SampleCommunities).Assembly.GetManifestResourceStream("care-community.valid.json")
            ?? throw new InvalidOperationException("The embedded sample document is missing.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}
