using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CareCommunity.Domain.Benchmarks.Support;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Benchmarks.OperatingModel;

/// <summary>
/// <see cref="OperatingModelValidator.Validate(LocalCareCommunity, NodaTime.LocalDate)"/> (rules CC-1..CC-11) against
/// creating the same community from the same parts with <see cref="LocalCareCommunity.Create"/> (which checks the model's
/// own invariants). <see cref="ReportingYears"/> grows the reporting history alone (three submissions per two-month period:
/// 18 for one year, 180 for ten, 360 for twenty); a validator linear in the community's size would grow its time at most
/// as fast as the history. Note the baseline is given the community's <see cref="ReportingRecord"/> as a whole and does not
/// walk it, so read the growth of the Validate rows across parameters as well as the ratio.
/// </summary>
[MemoryDiagnoser]
public class OperatingModelValidatorBenchmarks
{
    private readonly OperatingModelValidator _validator = new();
    private LocalCareCommunity _community = null!;

    /// <summary>Years of bi-monthly reporting history in the community (1 is the builder's own sample).</summary>
    [Params(1, 10, 20)]
    public int ReportingYears { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _community = SampleCommunities.WithReportingYears(ReportingYears);
        var report = _validator.Validate(_community, SampleCommunities.AsOf);
        if (!report.IsValid)
        {
            throw new InvalidOperationException($"The community with {ReportingYears} years of reporting should be valid: {report}");
        }
    }

    [Benchmark(Baseline = true, Description = "LocalCareCommunity.Create (baseline)")]
    public Result<LocalCareCommunity> Create()
    {
        var c = _community;
        return LocalCareCommunity.Create(
            c.Id, c.Name, c.Place, c.RegisteredPopulation, c.AlignedPcns, c.Organisations, c.People, c.CoreGroup.Members,
            c.LeadershipTeam.Assignments, c.Reporting, c.RiskRegister.Risks, c.WiderMembers, c.AlignedClinicalLeads, c.CostCentre,
            c.Offer, c.Initiatives, c.Specifications);
    }

    [Benchmark(Description = "OperatingModelValidator.Validate")]
    public ValidationReport Validate() => _validator.Validate(_community, SampleCommunities.AsOf);

    /// <summary>The CC-6 step inside <see cref="Validate"/>: how much of the validator's time is the reporting schedule.</summary>
    [Benchmark(Description = "  of which ReportingRecord.Evaluate (CC-6)")]
    public ImmutableArray<ReportingStatus> EvaluateReporting() =>
        _community.Reporting.Evaluate(SampleCommunities.AsOf, _validator.Options.Cadence);
}
