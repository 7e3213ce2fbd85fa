using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth.Synthetic;

/// <summary>
/// The generated population meets its calibration targets: 200,000 residents (seed 2026, reference date 2026-04-01),
/// read line by line with System.Text.Json, each prevalence within its stated tolerance of its target. The table is
/// <c>docs/population-synthetic.md</c>, generated here (<c>UPDATE_DOCS=1</c> rewrites it; otherwise a stale file fails).
/// </summary>
public sealed class SyntheticCalibrationTests
{
    private const int SampleSize = 200_000;
    private const ulong SampleSeed = 2026;
    private const string DocPath = "docs/population-synthetic.md";
    private const string Regenerate = "UPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.Json.Tests -c Release --filter \"FullyQualifiedName~SyntheticCalibration\"";

    private static readonly Lazy<PopulationStatistics> Sample = new(() =>
    {
        var statistics = new PopulationStatistics(SyntheticPopulationTests.AsOf);
        statistics.AddAll(SyntheticPopulationTests.Text(SampleSize, SampleSeed));
        return statistics;
    });

    public static TheoryData<string> TargetNames() => [.. SyntheticModel.Targets.Select(t => t.Name)];

    /// <summary>The achieved share and the tolerance: four standard errors of the difference between two independent
    /// samples of this size (the calibration's own 250,000 and this one), so a miss is a model error, not chance.</summary>
    internal static (double Achieved, double Tolerance, long Denominator) Measure(CalibrationTarget target)
    {
        var s = Sample.Value;
        var (key, denominator) = target.Denominator switch
        {
            "65+" => ("frailty65:" + target.Name["frailty: ".Length..], s.Aged65),
            "18+" => (target.Name + "@18", s.Adults18),
            "17+" => (target.Name + "@17", s.Adults17),
            _ => (target.Name, s.Residents),
        };
        var p = target.Target;
        return (s.Share(key, denominator), 4 * Math.Sqrt(2 * p * (1 - p) / denominator), denominator);
    }

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Prevalence_200000Residents_IsWithinToleranceOfTheTarget(string name)
    {
        var target = SyntheticModel.Targets.Single(t => t.Name == name);

        var (achieved, tolerance, _) = Measure(target);

        Assert.True(Math.Abs(achieved - target.Target) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{name} ({target.Denominator}): {achieved:P3} against {target.Target:P2} ± {tolerance:P3}."));
    }

    [Fact]
    public void AgePyramid_65AndOver_IsAbout24PerCent() =>
        Assert.InRange((double)Sample.Value.Aged65 / Sample.Value.Residents, 0.235, 0.245);

    [Fact]
    public void Communities_Sizes_AreInProportionToTheSyntheticLists()
    {
        var total = SyntheticModel.Communities.Sum(c => c.Size);
        Assert.Equal(409_600, total);
        foreach (var (id, size, _) in SyntheticModel.Communities)
        {
            Assert.InRange(Sample.Value.Share("community:" + id, Sample.Value.Residents), ((double)size / total) - 0.005, ((double)size / total) + 0.005);
        }
    }

    [Fact]
    public void Deprivation_Core20_IsFewAndMostlyInCreweAndMacclesfield()
    {
        var s = Sample.Value;
        var core20 = s.Count("decile:1") + s.Count("decile:2");

        Assert.InRange((double)core20 / s.Residents, 0.04, 0.10);
        Assert.True((s.Count("core20:crewe") + s.Count("core20:macclesfield")) > 0.75 * core20);
        Assert.InRange((double)(s.Residents - Enumerable.Range(1, 10).Sum(d => s.Count($"decile:{d}"))) / s.Residents, 0.01, 0.02);
    }

    [Fact]
    public void Multimorbidity_TwoOrMoreConditions_RisesWithEveryDecadeFrom20()
    {
        var s = Sample.Value;
        var shares = Enumerable.Range(2, 8).Select(b => s.Share($"multimorbid:{b * 10}", s.Count($"band:{b * 10}"))).ToArray();

        Assert.True(shares.Zip(shares.Skip(1)).All(p => p.Second > p.First), string.Join(", ", shares.Select(x => x.ToString("P1", CultureInfo.InvariantCulture))));
        Assert.True(shares[^2] > 0.4, "at 80-89 most residents should have two or more conditions");
    }

    [Fact]
    public void Frailty_IsMostlyGivenFor65AndOverFromAMixOfSources()
    {
        var s = Sample.Value;
        var younger = new[] { "fit", "mild", "moderate", "severe" }.Sum(l => s.Count("frailty<65:" + l));
        var older = new[] { "fit", "mild", "moderate", "severe" }.Sum(l => s.Count("frailty65:" + l));

        Assert.InRange((double)older / s.Aged65, 0.88, 0.92);
        Assert.InRange(younger, 1, older / 10);
        Assert.True(s.Count("frailty-source:efi") > s.Count("frailty-source:level"));
        Assert.True(s.Count("frailty-source:level") > s.Count("frailty-source:cfs"));
        Assert.True(s.Count("frailty-source:cfs") > 0);
    }

    [Fact]
    public void Flags_StrokeTiaSplitStrokeWithTiaAndAutismWithLearningDisability_FollowTheModel()
    {
        var s = Sample.Value;

        Assert.InRange(s.Share("stroke", s.Count("stroke or transient-ischaemic-attack")), 0.58, 0.66);
        Assert.InRange(s.Share("stroke and transient-ischaemic-attack", s.Count("stroke")), 0.15, 0.25);
        Assert.InRange(s.Share("transient-ischaemic-attack", s.Count("stroke or transient-ischaemic-attack")), 0.45, 0.56);
        Assert.InRange(s.Share("autism with learning disability", s.Count("learning-disability")), 0.25, 0.42);
        Assert.InRange((double)s.WithDiagnoses / s.Residents, 0.10, 0.40);
    }

    [Fact]
    public void CalibrationTable_PublishedDoc_IsCurrent()
    {
        var expected = Doc();
        var path = RepositoryFiles.PathOf(DocPath);
        if (Environment.GetEnvironmentVariable(RulesDocGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{DocPath} is missing: run `{Regenerate}`.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == expected, $"{DocPath} is stale: run `{Regenerate}` and commit it.");
    }

    private static string Doc()
    {
        var s = Sample.Value;
        var w = new StringBuilder();
        w.Append("# The synthetic population and its calibration\n\n");
        w.Append("<!-- Generated by tests/CareCommunity.Domain.Json.Tests/PopulationHealth/Synthetic/SyntheticCalibrationTests.cs; do not edit. -->\n\n");
        w.Append("`carecommunity generate population` (`SyntheticPopulation` in CareCommunity.Domain.Json) writes a synthetic,\n");
        w.Append("deterministic population of Cheshire East's eight care communities. **No resident is a real person.** What is\n");
        w.Append("published and what is invented is set out in docs/decisions/0051 and 0052; determinism in 0050.\n\n");
        w.Append("The generator calibrates itself on a fixed sample of 250,000 residents (its own seed) so that the expected\n");
        w.Append("prevalence of each trait meets its target; the table below checks it on a different sample, read back from\n");
        w.Append(string.Create(CultureInfo.InvariantCulture, $"NDJSON with System.Text.Json: **{SampleSize:N0} residents, seed {SampleSeed}, reference date 2026-04-01**.\n"));
        w.Append("The tolerance is four standard errors of the difference of two independent samples, 4·√(2·p(1−p)/n), with n the\n");
        w.Append("denominator below; a test fails when a prevalence falls outside it.\n\n");
        w.Append("To regenerate:\n\n```sh\n").Append(Regenerate).Append("\n```\n\n");

        w.Append("## Calibration table\n\n| trait | among | target | achieved | tolerance (±) | n | source |\n|---|---|---|---|---|---|---|\n");
        foreach (var target in SyntheticModel.Targets)
        {
            var (achieved, tolerance, n) = Measure(target);
            var source = target.Source == TargetSource.Published ? "published: " + target.Basis : target.Basis;
            w.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {target.Name} | {target.Denominator} | {Percent(target.Target)} | {Percent(achieved)} | {Percent(tolerance)} | {n:N0} | {source} |\n"));
        }

        w.Append("\nFrailty is read from the wire as the eFI bands of Clegg et al. (fit ≤ 0.12, mild ≤ 0.24, moderate ≤ 0.36,\n");
        w.Append("severe above) and CFS 1-3 fit, 4-5 mild, 6 moderate, 7-9 severe (the domain package's defaults, decisions 0039\n");
        w.Append("and 0040). eFI values are written away from the band edges, so either reading of an edge gives the same level;\n");
        w.Append("mild frailty given as CFS is 5, which the domain's option `CFS 5 as moderate` reads as moderate. Residents not\n");
        w.Append("assessed count as neither.\n\n");

        w.Append("## Communities (synthetic registered lists)\n\n| care community | synthetic list | share | share in the sample | Core20 (deciles 1-2) in the sample |\n|---|---|---|---|---|\n");
        var total = SyntheticModel.Communities.Sum(c => c.Size);
        foreach (var (id, size, _) in SyntheticModel.Communities)
        {
            var residents = s.Count("community:" + id);
            w.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {id} | {size:N0} | {Percent((double)size / total)} | {Percent((double)residents / s.Residents)} | {Percent((double)s.Count("core20:" + id) / residents)} |\n"));
        }

        w.Append(string.Create(CultureInfo.InvariantCulture, $"| **Cheshire East** | **{total:N0}** | 100% | 100% | {Percent((double)(s.Count("decile:1") + s.Count("decile:2")) / s.Residents)} |\n\n"));

        w.Append("## Age and multimorbidity\n\n| age band | share of residents | two or more conditions |\n|---|---|---|\n");
        for (var band = 0; band <= 90; band += 10)
        {
            var n = s.Count($"band:{band}");
            var label = band == 90 ? "90+" : $"{band}-{band + 9}";
            w.Append(string.Create(CultureInfo.InvariantCulture, $"| {label} | {Percent((double)n / s.Residents)} | {Percent((double)s.Count($"multimorbid:{band}") / n)} |\n"));
        }

        w.Append(string.Create(CultureInfo.InvariantCulture, $"\nAged 65 or more: {Percent((double)s.Aged65 / s.Residents)} (target about 24%).\n"));
        w.Append(string.Create(CultureInfo.InvariantCulture,
            $"Residents with at least one ICD-10 code in `diagnoses`: {Percent((double)s.WithDiagnoses / s.Residents)}. Frailty given as eFI / stated level / CFS: {s.Count("frailty-source:efi"):N0} / {s.Count("frailty-source:level"):N0} / {s.Count("frailty-source:cfs"):N0}.\n"));
        return w.ToString();
    }

    private static string Percent(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
