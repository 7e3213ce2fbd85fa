using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>Where a calibration target's figure comes from.</summary>
internal enum TargetSource
{
    /// <summary>A published figure: Cheshire East, QOF 2019/20 (or the eFI's published distribution).</summary>
    Published,

    /// <summary>The generator's own assumption, for a condition the brief gives no figure for.</summary>
    Assumed,
}

/// <summary>
/// One trait the generator decides per resident (a condition, learning disability, autism or serious mental illness):
/// its relative prevalence by age (<see cref="Shape"/>, linear between the knot ages), how strongly it follows the
/// resident's latent morbidity propensity (<see cref="Coupling"/>) and deprivation (<see cref="Deprivation"/>), which
/// earlier traits make it likelier (<see cref="Dependencies"/>: a factor 1 + f when the resident has trait j), and the
/// prevalence it is calibrated to among residents aged <see cref="MinimumAge"/> or more.
/// </summary>
internal sealed record Trait(
    string Name,
    double[] Shape,
    double Coupling,
    double Deprivation,
    (int Trait, double Factor)[] Dependencies,
    int MinimumAge,
    double Target,
    TargetSource Source,
    string Basis);

/// <summary>One calibration target as the generated population should meet it.</summary>
/// <param name="Name">What is measured, e.g. <c>hypertension</c> or <c>frailty: moderate (65+)</c>.</param>
/// <param name="Denominator">Among whom, e.g. <c>all ages</c>, <c>18+</c>.</param>
/// <param name="Target">The target share (0..1).</param>
/// <param name="Source">Published or assumed.</param>
/// <param name="Basis">Where the figure comes from, in words.</param>
internal sealed record CalibrationTarget(string Name, string Denominator, double Target, TargetSource Source, string Basis);

/// <summary>
/// The synthetic Cheshire East population model (docs/decisions/0051, 0052): community sizes, the age pyramid,
/// deprivation, a latent morbidity propensity, the traits and frailty, calibrated once (deterministically) so that
/// the expected prevalences meet the targets. Every figure here is either a published one named in
/// <see cref="Targets"/> or an assumption stated in the decision; none is real data about any person.
/// </summary>
internal sealed class SyntheticModel
{
    /// <summary>The oldest age generated.</summary>
    public const int MaxAge = 104;

    /// <summary>Knot ages of every age shape; linear in between, flat after the last.</summary>
    internal static readonly int[] Knots = [0, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100];

    /// <summary>Synthetic registered-list sizes (sum 409,600), in the order of <see cref="CheshireEast.Place"/>'s communities,
    /// with each community's tilt of its 65+ share (1 = the Place's pyramid).</summary>
    internal static readonly (string Id, int Size, double OlderTilt)[] Communities =
    [
        ("crewe", 90_000, 0.80),
        ("nantwich-and-rural", 42_000, 1.10),
        ("smash", 62_000, 1.00),
        ("congleton-and-holmes-chapel", 47_000, 1.05),
        ("knutsford", 27_000, 1.20),
        ("macclesfield", 58_000, 0.95),
        ("chaw", 45_000, 1.10),
        ("bollington-disley-and-poynton", 38_600, 1.20),
    ];

    /// <summary>Share per five-year band 0-4 … 85-89 and 90+ (per mille; 65+ = 24.0%), the shape of Cheshire East's
    /// mid-year estimates rounded, not the published counts.</summary>
    internal static readonly int[] AgeBandsPerMille = [50, 56, 58, 51, 44, 52, 55, 56, 57, 66, 75, 75, 65, 58, 66, 50, 33, 21, 12];

    /// <summary>IMD 2019 decile shares (%) per community, 1 = most deprived; invented to be plausible (few in 1-2,
    /// mostly in Crewe and Macclesfield).</summary>
    internal static readonly int[][] DecilePercent =
    [
        [13, 10, 12, 11, 11, 10, 10, 9, 8, 6],
        [0, 1, 3, 6, 9, 12, 15, 17, 19, 18],
        [0, 1, 4, 7, 10, 13, 16, 17, 17, 15],
        [1, 2, 4, 7, 10, 13, 15, 16, 17, 15],
        [1, 1, 2, 3, 6, 9, 13, 18, 21, 26],
        [6, 6, 8, 9, 10, 11, 12, 13, 13, 12],
        [0, 1, 1, 3, 5, 8, 12, 18, 23, 29],
        [0, 0, 1, 3, 5, 9, 14, 19, 23, 26],
    ];

    /// <summary>The share of residents whose deprivation decile is unknown (no matched postcode): 1.5%.</summary>
    internal const double UnknownDecileShare = 0.015;

    /// <summary>The latent morbidity propensity: four levels and their probabilities.</summary>
    internal static readonly (double Level, double Probability)[] Propensity = [(0.45, 0.30), (0.85, 0.38), (1.35, 0.22), (2.10, 0.10)];

    /// <summary>The share of stroke-or-TIA residents recorded with a stroke (the rest with a TIA alone).</summary>
    internal const double StrokeShareOfStrokeOrTia = 0.62;

    /// <summary>
    /// The share of residents recorded with a stroke who have a TIA recorded too: assumed a fifth (Rothwell and Warlow,
    /// Neurology 2005, found a TIA before 23% of ischaemic strokes). So the option that counts stroke and TIA as two
    /// conditions (decision 0037) meets residents it changes.
    /// </summary>
    internal const double TiaShareOfStroke = 0.20;

    /// <summary>The share of residents with a learning disability who are autistic.</summary>
    internal const double AutismShareWithLearningDisability = 1.0 / 3.0;

    /// <summary>Trait indexes.</summary>
    internal const int LearningDisability = 0, Autism = 1, SeriousMentalIllness = 2, Hypertension = 3, Diabetes = 4, Chd = 5, Af = 6,
        StrokeOrTia = 7, HeartFailure = 8, Ckd = 9, Copd = 10, Asthma = 11, Cancer = 12, Hypothyroidism = 13, Dementia = 14,
        Depression = 15, Epilepsy = 16, Pad = 17, RheumatoidArthritis = 18, Osteoporosis = 19, Parkinsons = 20, MultipleSclerosis = 21,
        LiverDisease = 22;

    private const string Qof = "Cheshire East, QOF 2019/20";

    /// <summary>Every trait, in the order decided (a trait depends only on earlier ones).</summary>
    internal static readonly Trait[] Traits =
    [
        new("learning-disability", [.004, .006, .007, .007, .006, .005, .005, .0045, .004, .003, .002, .0015, .001], 0, 0.10, [], 0, 0.0042, TargetSource.Published, Qof + " (LD register, all ages)"),
        new("autism (without learning disability)", [.010, .030, .035, .030, .020, .015, .010, .006, .003, .002, .001, .001, .001], 0, 0, [], 0, 0.012, TargetSource.Assumed, "about 1.2% (the brief); a third of people with a learning disability are autistic besides"),
        new("serious-mental-illness", [0, 0, 0, .002, .008, .011, .011, .011, .010, .009, .008, .008, .008], 0.3, 0.50, [], 0, 0.0086, TargetSource.Published, Qof + " (MH register, all ages)"),
        new("hypertension", [0, 0, 0, .002, .01, .03, .08, .18, .32, .48, .60, .65, .65], 0.5, 0.10, [], 0, 0.158, TargetSource.Published, Qof),
        new("diabetes", [.001, .001, .002, .003, .005, .01, .025, .06, .11, .15, .17, .14, .12], 0.7, 0.30, [(Hypertension, 0.8)], 17, 0.067, TargetSource.Published, Qof + " (17+)"),
        new("coronary-heart-disease", [0, 0, 0, 0, 0, .001, .005, .02, .05, .10, .16, .20, .20], 0.8, 0.25, [(Hypertension, 1.0), (Diabetes, 0.8)], 0, 0.035, TargetSource.Published, Qof),
        new("atrial-fibrillation", [0, 0, 0, 0, 0, .001, .002, .006, .02, .06, .13, .20, .20], 0.5, 0, [(Hypertension, 0.8)], 0, 0.027, TargetSource.Published, Qof),
        new("stroke or transient-ischaemic-attack", [0, 0, 0, 0, .001, .002, .004, .01, .025, .05, .09, .12, .12], 0.7, 0.15, [(Af, 1.5), (Hypertension, 0.8)], 0, 0.023, TargetSource.Published, Qof + " (STIA register; 62% with a stroke, a fifth of them with a TIA too; 38% with a TIA alone)"),
        new("heart-failure", [0, 0, 0, 0, 0, .0005, .001, .003, .008, .02, .05, .10, .12], 0.9, 0.20, [(Chd, 2.5), (Af, 2.0)], 0, 0.011, TargetSource.Published, Qof),
        new("chronic-kidney-disease", [0, 0, 0, 0, .0005, .002, .005, .015, .04, .10, .22, .35, .40], 0.6, 0.10, [(Hypertension, 1.0), (Diabetes, 1.0)], 18, 0.046, TargetSource.Published, Qof + " (18+, stages 3-5)"),
        new("copd", [0, 0, 0, 0, 0, .001, .004, .012, .03, .055, .07, .06, .05], 0.7, 0.60, [], 0, 0.019, TargetSource.Published, Qof),
        new("asthma", [0, .03, .07, .08, .07, .065, .065, .065, .07, .075, .075, .065, .06], 0.3, 0.10, [], 0, 0.069, TargetSource.Published, Qof),
        new("cancer", [0, .001, .001, .002, .003, .006, .012, .025, .05, .09, .12, .13, .12], 0.2, 0, [], 0, 0.039, TargetSource.Published, Qof),
        new("hypothyroidism", [0, .001, .002, .004, .01, .02, .03, .045, .06, .08, .09, .09, .09], 0.3, 0, [], 0, 0.036, TargetSource.Assumed, "assumed 3.6% (no longer a QOF register; England was about 3.5% when it was)"),
        new("dementia", [0, 0, 0, 0, 0, 0, .0002, .001, .004, .02, .07, .18, .25], 0.5, 0.10, [(StrokeOrTia, 0.8)], 0, 0.010, TargetSource.Published, Qof),
        new("depression", [0, 0, 0, .02, .14, .16, .17, .17, .15, .13, .13, .13, .13], 0.5, 0.25, [], 18, 0.131, TargetSource.Published, Qof + " (18+)"),
        new("epilepsy", [.004, .005, .006, .008, .009, .009, .009, .009, .010, .010, .011, .011, .011], 0.2, 0.20, [(LearningDisability, 15.0)], 18, 0.009, TargetSource.Published, Qof + " (18+)"),
        new("peripheral-arterial-disease", [0, 0, 0, 0, 0, 0, .001, .003, .008, .02, .035, .04, .04], 0.7, 0.20, [(Diabetes, 1.0)], 0, 0.006, TargetSource.Assumed, "assumed 0.6% (England's QOF PAD register is about 0.6%)"),
        new("rheumatoid-arthritis", [0, 0, .0003, .0005, .001, .002, .004, .008, .012, .016, .018, .016, .014], 0.3, 0, [], 0, 0.0075, TargetSource.Assumed, "assumed 0.75% (England's QOF RA register, 16+, is about 0.8%)"),
        new("osteoporosis", [0, 0, 0, 0, 0, .0005, .001, .004, .015, .04, .07, .09, .09], 0.3, 0, [], 0, 0.015, TargetSource.Assumed, "assumed 1.5% recorded osteoporosis (the QOF register counts fragility fractures only)"),
        new("parkinsons-disease", [0, 0, 0, 0, 0, 0, .0002, .0008, .003, .008, .014, .016, .014], 0.2, 0, [], 0, 0.0025, TargetSource.Assumed, "assumed 0.25%"),
        new("multiple-sclerosis", [0, 0, 0, 0, .0005, .002, .003, .0035, .003, .0025, .002, .001, .001], 0, 0, [], 0, 0.002, TargetSource.Assumed, "assumed 0.2%"),
        new("chronic-liver-disease", [0, 0, 0, 0, .001, .003, .005, .008, .010, .010, .008, .006, .005], 0.4, 0.40, [], 0, 0.005, TargetSource.Assumed, "assumed 0.5%"),
    ];

    /// <summary>The condition (index into <see cref="ResidentContract.ConditionNames"/>) each trait sets; -1 for the
    /// flags and for stroke-or-TIA, which sets one of two.</summary>
    internal static readonly int[] TraitCondition = [-1, -1, -1, 0, 3, 4, 11, -1, 12, 5, 9, 2, 10, 6, 14, 1, 13, 15, 16, 17, 18, 19, 20];

    /// <summary>Condition indexes of stroke and TIA.</summary>
    internal const int StrokeCondition = 7, TiaCondition = 8;

    /// <summary>Frailty among people aged 65+ (Clegg et al. 2016, the eFI's development cohort: about 50% fit, 35% mild,
    /// 12% moderate, 3% severe), calibrated over all residents aged 65+, assessed or not.</summary>
    internal static readonly (string Level, double Target)[] FrailtyTargets = [("severe", 0.03), ("moderate", 0.12), ("mild", 0.35)];

    /// <summary>Relative frailty by age (knots as <see cref="Knots"/>).</summary>
    internal static readonly double[] FrailtyShape = [0, 0, 0, 0, .02, .02, .03, .05, .10, .25, .60, 1.2, 1.5];

    /// <summary>How much each long-term condition raises the frailty score (factor 1 + this × count).</summary>
    internal const double FrailtyPerCondition = 0.3;

    /// <summary>How strongly frailty follows the latent propensity.</summary>
    internal const double FrailtyCoupling = 0.5;

    /// <summary>The chance that a resident's frailty has been assessed, by age: 90% at 65+, 5% at 50-64, 1% at 18-49, 0.2% under 18.</summary>
    /// <param name="age">The age in years.</param>
    /// <returns>The chance.</returns>
    internal static double AssessedShare(int age) => age >= 65 ? 0.90 : age >= 50 ? 0.05 : age >= 18 ? 0.01 : 0.002;

    /// <summary>The number of residents the calibration simulates (fixed: the calibration is part of the contract).</summary>
    internal const int CalibrationSampleSize = 250_000;

    /// <summary>The calibration sample's seed (fixed).</summary>
    internal const ulong CalibrationSeed = 0x5EED_CA11_B8A7_10E5UL;

    private static readonly Lazy<SyntheticModel> LazyDefault = new(() => new SyntheticModel());

    private readonly double[] _communityCumulative;
    private readonly double[][] _ageCumulative;
    private readonly double[][] _decileCumulative;
    private readonly double[] _propensityCumulative;

    private SyntheticModel()
    {
        var place = CheshireEast.Place.CareCommunities.Select(c => c.Id.Value).ToArray();
        if (!place.SequenceEqual(Communities.Select(c => c.Id)))
        {
            throw new InvalidOperationException("The synthetic community sizes do not list CheshireEast.Place's communities in order.");
        }

        _communityCumulative = Cumulative([.. Communities.Select(c => (double)c.Size)]);
        _ageCumulative = [.. Communities.Select(c => Cumulative(AgeWeights(c.OlderTilt)))];
        _decileCumulative = [.. DecilePercent.Select(d => Cumulative([.. d.Select(x => (double)x)]))];
        _propensityCumulative = Cumulative([.. Propensity.Select(p => p.Probability)]);
        var propensityMean = Propensity.Sum(p => p.Level * p.Probability);

        TraitByAge = new double[Traits.Length][];
        TraitByPropensity = new double[Traits.Length][];
        TraitByDecile = new double[Traits.Length][];
        for (var t = 0; t < Traits.Length; t++)
        {
            var trait = Traits[t];
            TraitByAge[t] = ByAge(trait.Shape);
            TraitByPropensity[t] = [.. Propensity.Select(p => 1 + (trait.Coupling * ((p.Level / propensityMean) - 1)))];
            TraitByDecile[t] = DecileFactors(trait.Deprivation);
        }

        FrailtyByAge = ByAge(FrailtyShape);
        FrailtyByPropensity = [.. Propensity.Select(p => 1 + (FrailtyCoupling * ((p.Level / propensityMean) - 1)))];
        Calibrate();
    }

    /// <summary>The calibrated model (built once, on first use; deterministic).</summary>
    public static SyntheticModel Default => LazyDefault.Value;

    /// <summary>Per trait, per age 0..<see cref="MaxAge"/>: the relative prevalence times the calibrated scale.</summary>
    internal double[][] TraitByAge { get; }

    /// <summary>Per trait, per propensity level: the factor.</summary>
    internal double[][] TraitByPropensity { get; }

    /// <summary>Per trait, per decile 0 (unknown) .. 10: the factor.</summary>
    internal double[][] TraitByDecile { get; }

    /// <summary>Per age, the frailty score's age part.</summary>
    internal double[] FrailtyByAge { get; }

    /// <summary>Per propensity level, the frailty score's factor.</summary>
    internal double[] FrailtyByPropensity { get; }

    /// <summary>The calibrated scale of each trait.</summary>
    internal double[] TraitScale { get; } = new double[Traits.Length];

    /// <summary>The calibrated scales of severe, moderate and mild frailty.</summary>
    internal double[] FrailtyScale { get; } = new double[3];

    /// <summary>Every calibration target, in the calibration table's order.</summary>
    internal static IReadOnlyList<CalibrationTarget> Targets { get; } =
    [
        .. Traits.Select(t => new CalibrationTarget(t.Name, t.MinimumAge == 0 ? "all ages" : $"{t.MinimumAge}+", t.Target, t.Source, t.Basis)),
        .. FrailtyTargets.Select(f => new CalibrationTarget($"frailty: {f.Level}", "65+", f.Target, TargetSource.Published, "Clegg et al. 2016 (eFI), among all residents aged 65+")),
    ];

    /// <summary>Draws a resident's demographics.</summary>
    /// <param name="rng">The resident's generator.</param>
    /// <returns>Community index, age, day offset (0..364), decile (0 = unknown), propensity level index.</returns>
    internal (int Community, int Age, int DayOffset, int Decile, int Propensity) DrawDemographics(ref SplitMix64 rng)
    {
        var community = Pick(_communityCumulative, rng.NextDouble());
        var age = Pick(_ageCumulative[community], rng.NextDouble());
        var day = rng.NextInt(365);
        var decile = rng.NextDouble() < UnknownDecileShare ? 0 : 1 + Pick(_decileCumulative[community], rng.NextDouble());
        var propensity = Pick(_propensityCumulative, rng.NextDouble());
        return (community, age, day, decile, propensity);
    }

    /// <summary>The unscaled probability of trait <paramref name="t"/> given the resident and the traits decided so far.</summary>
    internal double Relative(int t, int age, int decile, int propensity, ulong traits)
    {
        if (t == Autism && (traits & (1UL << LearningDisability)) != 0)
        {
            return 0; // autism with a learning disability is decided apart (a third)
        }

        var q = TraitByAge[t][age] * TraitByPropensity[t][propensity] * TraitByDecile[t][decile];
        foreach (var (j, factor) in Traits[t].Dependencies)
        {
            if ((traits & (1UL << j)) != 0)
            {
                q *= 1 + factor;
            }
        }

        return q;
    }

    /// <summary>Decides trait <paramref name="t"/> with the uniform draw <paramref name="u"/>.</summary>
    internal bool Decide(int t, double u, int age, int decile, int propensity, ulong traits)
    {
        if (t == Autism && (traits & (1UL << LearningDisability)) != 0)
        {
            return u < AutismShareWithLearningDisability;
        }

        return u < Math.Min(1, TraitScale[t] * Relative(t, age, decile, propensity, traits));
    }

    /// <summary>The frailty score (before the level scales).</summary>
    internal double FrailtyScore(int age, int propensity, int conditionCount) =>
        FrailtyByAge[age] * (1 + (FrailtyPerCondition * conditionCount)) * FrailtyByPropensity[propensity];

    /// <summary>The frailty level from a uniform draw: 3 severe, 2 moderate, 1 mild, 0 fit.</summary>
    internal int FrailtyLevel(double score, double u)
    {
        var severe = Math.Min(1, FrailtyScale[0] * score);
        var moderate = Math.Min(1 - severe, FrailtyScale[1] * score);
        var mild = Math.Min(1 - severe - moderate, FrailtyScale[2] * score);
        return u < severe ? 3 : u < severe + moderate ? 2 : u < severe + moderate + mild ? 1 : 0;
    }

    /// <summary>Builds the calibration sample and sets every scale so the sample's expected prevalence meets its target.
    /// Traits are calibrated in order, each on the sample's decided earlier traits; then frailty, level by level.
    /// Only IEEE 754 additions, multiplications, divisions and comparisons, in a fixed order: the same scales everywhere.</summary>
    private void Calibrate()
    {
        var n = CalibrationSampleSize;
        var ages = new int[n];
        var deciles = new int[n];
        var propensities = new int[n];
        var traits = new ulong[n];
        var draws = new double[Traits.Length][];
        for (var t = 0; t < Traits.Length; t++)
        {
            draws[t] = new double[n];
        }

        var assessed = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var rng = SplitMix64.ForResident(CalibrationSeed, (ulong)i);
            var (_, age, _, decile, propensity) = DrawDemographics(ref rng);
            ages[i] = age;
            deciles[i] = decile;
            propensities[i] = propensity;
            for (var t = 0; t < Traits.Length; t++)
            {
                draws[t][i] = rng.NextDouble();
            }

            _ = rng.NextDouble(); // stroke or TIA
            assessed[i] = rng.NextDouble() < AssessedShare(age);
        }

        var relative = new double[n];
        var inDenominator = new bool[n];
        for (var t = 0; t < Traits.Length; t++)
        {
            var minimumAge = Traits[t].MinimumAge;
            for (var i = 0; i < n; i++)
            {
                relative[i] = Relative(t, ages[i], deciles[i], propensities[i], traits[i]);
                inDenominator[i] = ages[i] >= minimumAge;
            }

            TraitScale[t] = Solve(Traits[t].Target, relative, inDenominator, null);
            for (var i = 0; i < n; i++)
            {
                if (Decide(t, draws[t][i], ages[i], deciles[i], propensities[i], traits[i]))
                {
                    traits[i] |= 1UL << t;
                }
            }
        }

        // Frailty: severe, then moderate on what severe leaves, then mild; over everyone aged 65+, assessed or not.
        var score = new double[n];
        for (var i = 0; i < n; i++)
        {
            inDenominator[i] = ages[i] >= 65;
            score[i] = FrailtyScore(ages[i], propensities[i], ConditionCount(traits[i]));
        }

        var taken = new double[n];
        for (var level = 0; level < 3; level++)
        {
            for (var i = 0; i < n; i++)
            {
                relative[i] = score[i];
            }

            FrailtyScale[level] = Solve(FrailtyTargets[level].Target, relative, inDenominator, (assessed, taken));
            for (var i = 0; i < n; i++)
            {
                taken[i] += Math.Min(1 - taken[i], FrailtyScale[level] * score[i]);
            }
        }
    }

    /// <summary>The number of conditions (not flags) a trait mask holds; stroke-or-TIA counts once.</summary>
    internal static int ConditionCount(ulong traits) =>
        System.Numerics.BitOperations.PopCount(traits & ~((1UL << LearningDisability) | (1UL << Autism) | (1UL << SeriousMentalIllness)));

    /// <summary>The scale s with mean over the denominator of min(cap, s·q) equal to the target (cap = 1, or for frailty
    /// 1 − what the more severe levels took, and 0 for a resident not assessed). The mean is piecewise linear and concave
    /// in s: each step solves the linear piece at the current s exactly (the capped residents' caps plus s times the
    /// others' q), which is Newton's method from below; it rises to the root and stops when the capped set is stable.</summary>
    private static double Solve(double target, double[] relative, bool[] inDenominator, (bool[] Assessed, double[] Taken)? frailty)
    {
        long count = 0;
        for (var i = 0; i < relative.Length; i++)
        {
            count += inDenominator[i] ? 1 : 0;
        }

        var wanted = target * count;
        var scale = 0.0;
        for (var step = 0; step < 64; step++)
        {
            double capped = 0, free = 0;
            for (var i = 0; i < relative.Length; i++)
            {
                if (!inDenominator[i])
                {
                    continue;
                }

                var cap = frailty is { } f ? (f.Assessed[i] ? 1 - f.Taken[i] : 0) : 1;
                if (cap <= 0)
                {
                    continue;
                }

                if (step > 0 && scale * relative[i] >= cap)
                {
                    capped += cap;
                }
                else
                {
                    free += relative[i];
                }
            }

            if (free <= 0)
            {
                throw new InvalidOperationException("A calibration target cannot be met: no one left at risk in the calibration sample.");
            }

            var next = (wanted - capped) / free;
            if (next <= scale)
            {
                break;
            }

            scale = next;
        }

        return scale;
    }

    private static double[] AgeWeights(double olderTilt)
    {
        var weights = new double[MaxAge + 1];
        for (var band = 0; band < 18; band++)
        {
            var w = AgeBandsPerMille[band] * (band >= 13 ? olderTilt : 1) / 5.0;
            for (var a = band * 5; a < (band * 5) + 5; a++)
            {
                weights[a] = w;
            }
        }

        // 90+: ages 90..104, weights falling as (105 − age)², summing to the band's share.
        double total = 0;
        for (var a = 90; a <= MaxAge; a++)
        {
            total += (105 - a) * (105 - a);
        }

        for (var a = 90; a <= MaxAge; a++)
        {
            weights[a] = AgeBandsPerMille[18] * olderTilt * (105 - a) * (105 - a) / total;
        }

        return weights;
    }

    private static double[] ByAge(double[] shape)
    {
        var byAge = new double[MaxAge + 1];
        for (var age = 0; age <= MaxAge; age++)
        {
            var k = 0;
            while (k + 1 < Knots.Length && Knots[k + 1] <= age)
            {
                k++;
            }

            byAge[age] = k + 1 >= Knots.Length
                ? shape[^1]
                : shape[k] + ((shape[k + 1] - shape[k]) * (age - Knots[k]) / (Knots[k + 1] - Knots[k]));
        }

        return byAge;
    }

    /// <summary>1 + s·(5.5 − decile)/4.5 for deciles 1..10 (1 + s at decile 1, 1 − s at decile 10); 1 for unknown (0).</summary>
    private static double[] DecileFactors(double strength)
    {
        var factors = new double[11];
        factors[0] = 1;
        for (var d = 1; d <= 10; d++)
        {
            factors[d] = 1 + (strength * (5.5 - d) / 4.5);
        }

        return factors;
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }

    /// <summary>The first index whose cumulative share exceeds <paramref name="u"/> (binary search).</summary>
    private static int Pick(double[] cumulative, double u)
    {
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (u < cumulative[mid])
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
