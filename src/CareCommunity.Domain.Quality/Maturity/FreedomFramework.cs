using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>A freedom a community may earn within the framework (001 l.142, l.254; the 2023/24 plan's "accountability
/// framework (freedoms within a framework)", l.262).</summary>
public enum FreedomKind
{
    /// <summary>Determining spend within the community's cost centre, up to a delegated limit.</summary>
    DetermineSpend = 0,

    /// <summary>Changing the personnel structure of the cost centre.</summary>
    ChangePersonnelStructure = 1,

    /// <summary>Using vacancy monies.</summary>
    UseVacancyMonies = 2,

    /// <summary>Being accountable for the quality of the integrated services the community provides.</summary>
    QualityAccountability = 3,

    /// <summary>Reporting less often, up to a longest interval in months.</summary>
    ReportingFrequency = 4,
}

/// <summary>
/// A freedom as a framework grants it: its kind and, for spend, the delegated limit, for reporting, the longest interval
/// between reports.
/// </summary>
/// <param name="Kind">The freedom.</param>
/// <param name="DelegatedLimit">For <see cref="FreedomKind.DetermineSpend"/>: the largest single spend the community may
/// decide; null otherwise.</param>
/// <param name="ReportingIntervalMonths">For <see cref="FreedomKind.ReportingFrequency"/>: the longest interval between
/// reports, 1-12 months; null otherwise.</param>
public sealed record Freedom(FreedomKind Kind, Money? DelegatedLimit = null, int? ReportingIntervalMonths = null)
{
    /// <summary>True when this freedom is at least as wide as <paramref name="other"/> (same kind, limit and interval not smaller).</summary>
    /// <param name="other">The other freedom.</param>
    /// <returns>True when it covers the other.</returns>
    public bool Covers(Freedom other)
    {
        Guard.Against.Null(other);
        return Kind == other.Kind
            && (other.DelegatedLimit is not { } limit || (DelegatedLimit is { } mine && mine >= limit))
            && (other.ReportingIntervalMonths is not { } months || (ReportingIntervalMonths is { } m && m >= months));
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FreedomKind.DetermineSpend => $"determine spend up to {DelegatedLimit}",
        FreedomKind.ReportingFrequency => string.Create(CultureInfo.InvariantCulture, $"report at most every {ReportingIntervalMonths} months"),
        FreedomKind.ChangePersonnelStructure => "change the personnel structure",
        FreedomKind.UseVacancyMonies => "use vacancy monies",
        _ => "accountability for the quality of integrated services",
    };
}

/// <summary>
/// The framework: which freedoms each development phase grants. Freedoms follow objective assessments only
/// (<see cref="MaturityRecord.MayExercise"/>). <see cref="Default"/> is the library's reading (docs/decisions/0020); build
/// another with <see cref="Create"/>. Immutable and thread-safe.
/// </summary>
public sealed class FreedomFramework
{
    private FreedomFramework(ImmutableSortedDictionary<DevelopmentPhase, ImmutableArray<Freedom>> byPhase) => ByPhase = byPhase;

    /// <summary>
    /// The default: phase 1 grants nothing (the framework set by current status); phase 2 spend up to £25,000, vacancy
    /// monies and bi-monthly reporting; phase 3 spend up to £100,000, vacancy monies, the personnel structure, quality
    /// accountability and quarterly reporting (docs/decisions/0020).
    /// </summary>
    public static FreedomFramework Default { get; } = Create(
    [
        new(DevelopmentPhase.Phase1, []),
        new(DevelopmentPhase.Phase2,
        [
            new Freedom(FreedomKind.DetermineSpend, Money.FromPounds(25_000m)),
            new Freedom(FreedomKind.UseVacancyMonies),
            new Freedom(FreedomKind.ReportingFrequency, ReportingIntervalMonths: 2),
        ]),
        new(DevelopmentPhase.Phase3,
        [
            new Freedom(FreedomKind.DetermineSpend, Money.FromPounds(100_000m)),
            new Freedom(FreedomKind.UseVacancyMonies),
            new Freedom(FreedomKind.ChangePersonnelStructure),
            new Freedom(FreedomKind.QualityAccountability),

            // The operating model reports "once every 2 months" (001 l.238, CC-6) whatever the phase: the default grants
            // no longer interval; a user whose framework relaxes reporting with maturity sets it here.
            new Freedom(FreedomKind.ReportingFrequency, ReportingIntervalMonths: 2),
        ]),
    ]).Value;

    /// <summary>The freedoms of each phase; every phase present (possibly with none).</summary>
    public ImmutableSortedDictionary<DevelopmentPhase, ImmutableArray<Freedom>> ByPhase { get; }

    /// <summary>The freedoms a phase grants.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>Its freedoms; none for an unknown phase.</returns>
    public ImmutableArray<Freedom> At(DevelopmentPhase phase) => ByPhase.TryGetValue(phase, out var f) ? f : [];

    /// <summary>The freedom of a kind a phase grants, if any.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The freedom, or null.</returns>
    public Freedom? Find(DevelopmentPhase phase, FreedomKind kind) => At(phase).FirstOrDefault(f => f.Kind == kind);

    /// <summary>
    /// The first place where a higher phase grants less than a lower one (a freedom dropped, a lower limit or a shorter
    /// interval), or null when every phase grants at least what the phase below it grants: "greater freedom" (001 l.142).
    /// </summary>
    /// <returns>The lower phase, the higher phase and the freedom not covered; null when progressive.</returns>
    public (DevelopmentPhase Lower, DevelopmentPhase Higher, Freedom Freedom)? FirstRegression()
    {
        var phases = ByPhase.Keys.ToArray();
        for (var i = 1; i < phases.Length; i++)
        {
            foreach (var freedom in At(phases[i - 1]))
            {
                if (!At(phases[i]).Any(f => f.Covers(freedom)))
                {
                    return (phases[i - 1], phases[i], freedom);
                }
            }
        }

        return null;
    }

    /// <summary>Creates a framework; never throws for bad input.</summary>
    /// <param name="phases">The freedoms of each phase; every phase 1-3 once; each kind at most once per phase; spend with a
    /// non-negative limit, reporting with an interval of 1-12 months, other kinds with neither.</param>
    /// <returns>The framework, or the issues why not, located as <c>$.phases[0].freedoms[1]</c>.</returns>
    public static Result<FreedomFramework> Create(IEnumerable<KeyValuePair<DevelopmentPhase, IReadOnlyList<Freedom?>?>>? phases)
    {
        var issues = new List<ValidationIssue>();
        var list = (phases ?? []).ToArray();
        var built = ImmutableSortedDictionary.CreateBuilder<DevelopmentPhase, ImmutableArray<Freedom>>();
        var seen = new HashSet<DevelopmentPhase>();
        for (var i = 0; i < list.Length; i++)
        {
            var at = DocumentPath.Root.Property("phases").Index(i);
            var (phase, freedoms) = (list[i].Key, list[i].Value ?? []);
            var phaseText = ((int)phase).ToString(CultureInfo.InvariantCulture);
            if (!Enum.IsDefined(phase))
            {
                issues.Add(MaturityIssues.Error("framework.unknown-phase", at.Property("phase"), "Phases are 1, 2 and 3.", phaseText));
                continue;
            }

            if (!seen.Add(phase))
            {
                issues.Add(MaturityIssues.Invariant("framework.duplicate-phase", at.Property("phase"), $"Phase {phaseText} is listed twice.", phaseText));
                continue;
            }

            var kinds = new HashSet<FreedomKind>();
            var ok = true;
            for (var j = 0; j < freedoms.Count; j++)
            {
                var fat = at.Property("freedoms").Index(j);
                if (freedoms[j] is not { } f)
                {
                    issues.Add(MaturityIssues.Missing("framework.freedom-missing", fat, "The freedom is missing."));
                    ok = false;
                    continue;
                }

                ok &= CheckFreedom(f, fat, kinds, issues);
            }

            if (ok)
            {
                built[phase] = [.. freedoms.Select(f => f!)];
            }
        }

        foreach (var phase in Enum.GetValues<DevelopmentPhase>())
        {
            if (!list.Any(p => p.Key == phase))
            {
                issues.Add(MaturityIssues.Missing("framework.phase-missing", DocumentPath.Root.Property("phases"),
                    $"The framework says what phase {((int)phase).ToString(CultureInfo.InvariantCulture)} grants (possibly nothing)."));
            }
        }

        return issues.Count > 0 ? Result<FreedomFramework>.Failure(issues) : Result<FreedomFramework>.Success(new FreedomFramework(built.ToImmutable()));
    }

    private static bool CheckFreedom(Freedom f, DocumentPath at, HashSet<FreedomKind> kinds, List<ValidationIssue> issues)
    {
        var count = issues.Count;
        if (!Enum.IsDefined(f.Kind))
        {
            issues.Add(MaturityIssues.Error("framework.unknown-freedom", at.Property("kind"), "The freedom is not one the framework knows.", ModelText.Of(f.Kind)));
            return false;
        }

        if (!kinds.Add(f.Kind))
        {
            issues.Add(MaturityIssues.Invariant("framework.duplicate-freedom", at.Property("kind"), $"The phase grants '{ModelText.Of(f.Kind)}' twice.", ModelText.Of(f.Kind)));
        }

        if (f.Kind == FreedomKind.DetermineSpend ? f.DelegatedLimit is not { IsNegative: false } : f.DelegatedLimit is not null)
        {
            issues.Add(MaturityIssues.Error("framework.invalid-delegated-limit", at.Property("delegatedLimit"),
                "Spend freedoms carry a non-negative delegated limit; other freedoms carry none.", f.DelegatedLimit?.ToString()));
        }

        if (f.Kind == FreedomKind.ReportingFrequency ? f.ReportingIntervalMonths is not (>= 1 and <= 12) : f.ReportingIntervalMonths is not null)
        {
            issues.Add(MaturityIssues.Error("framework.invalid-reporting-interval", at.Property("reportingIntervalMonths"),
                "Reporting freedoms carry an interval of 1-12 months; other freedoms carry none.",
                f.ReportingIntervalMonths?.ToString(CultureInfo.InvariantCulture)));
        }

        return issues.Count == count;
    }
}
