using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A named cluster of codes (a SNOMED CT reference set such as QOF's <c>HYP_COD</c>) and what its codes mean.
/// </summary>
/// <param name="Name">The cluster's name, e.g. <c>HYP_COD</c>.</param>
/// <param name="Finding">What a code of the cluster means.</param>
/// <param name="Description">What the cluster is, in words.</param>
public sealed record CodeCluster(string Name, CodedFinding Finding, string Description);

/// <summary>
/// Maps SNOMED CT concept ids onto findings through named clusters — the extension point for users whose data is coded
/// in SNOMED CT (decision 0043). The library ships the cluster NAMES of the Quality and Outcomes Framework
/// (<see cref="Qof"/>) and what each means, but no SNOMED CT codes: it cannot verify them against the current
/// reference sets, so users fill each cluster from their own copy with <see cref="WithCodes"/>. Immutable; each
/// <c>With…</c> returns a new mapping.
/// </summary>
public sealed class ClusterMapping
{
    private readonly ImmutableDictionary<string, ImmutableArray<long>> _codes;
    private readonly FrozenDictionary<long, CodedFindings> _byConcept;

    private ClusterMapping(ImmutableArray<CodeCluster> clusters, ImmutableDictionary<string, ImmutableArray<long>> codes)
    {
        Clusters = clusters;
        _codes = codes;
        var byConcept = new Dictionary<long, CodedFindings>();
        foreach (var cluster in clusters)
        {
            if (codes.TryGetValue(cluster.Name, out var ids))
            {
                foreach (var id in ids)
                {
                    byConcept[id] = byConcept.GetValueOrDefault(id).Add(cluster.Finding);
                }
            }
        }

        _byConcept = byConcept.ToFrozenDictionary();
    }

    /// <summary>
    /// The Quality and Outcomes Framework's register clusters, names only (no codes): HYP_COD, DM_COD, AST_COD,
    /// COPD_COD, AFIB_COD, HF_COD, EPIL_COD, DEM_COD, LD_COD, MH_COD, CKD_COD, CAN_COD, CHD_COD, STRK_COD, TIA_COD,
    /// DEPR_COD, THY_COD, PAD_COD, RARTH_COD, OSTEO_COD. Conditions with no QOF register (autism, Parkinson's disease,
    /// multiple sclerosis, chronic liver disease) have no cluster here: add one with <see cref="WithCluster"/>.
    /// </summary>
    public static ClusterMapping Qof { get; } = new(
        [
            new("HYP_COD", CodedFinding.Of(Condition.Hypertension), "Hypertension diagnosis codes"),
            new("DM_COD", CodedFinding.Of(Condition.Diabetes), "Diabetes mellitus codes"),
            new("AST_COD", CodedFinding.Of(Condition.Asthma), "Asthma diagnosis codes"),
            new("COPD_COD", CodedFinding.Of(Condition.Copd), "Chronic obstructive pulmonary disease codes"),
            new("AFIB_COD", CodedFinding.Of(Condition.AtrialFibrillation), "Atrial fibrillation codes"),
            new("HF_COD", CodedFinding.Of(Condition.HeartFailure), "Heart failure codes"),
            new("EPIL_COD", CodedFinding.Of(Condition.Epilepsy), "Epilepsy codes"),
            new("DEM_COD", CodedFinding.Of(Condition.Dementia), "Dementia codes"),
            new("LD_COD", CodedFinding.LearningDisability, "Learning disability codes"),
            new("MH_COD", CodedFinding.SeriousMentalIllness, "Psychosis, schizophrenia and bipolar affective disease codes"),
            new("CKD_COD", CodedFinding.Of(Condition.ChronicKidneyDisease), "Chronic kidney disease stage 3 to 5 codes"),
            new("CAN_COD", CodedFinding.Of(Condition.Cancer), "Cancer codes"),
            new("CHD_COD", CodedFinding.Of(Condition.CoronaryHeartDisease), "Coronary heart disease codes"),
            new("STRK_COD", CodedFinding.Of(Condition.Stroke), "Stroke diagnosis codes"),
            new("TIA_COD", CodedFinding.Of(Condition.TransientIschaemicAttack), "Transient ischaemic attack codes"),
            new("DEPR_COD", CodedFinding.Of(Condition.Depression), "Depression diagnosis codes"),
            new("THY_COD", CodedFinding.Of(Condition.Hypothyroidism), "Hypothyroidism codes"),
            new("PAD_COD", CodedFinding.Of(Condition.PeripheralArterialDisease), "Peripheral arterial disease codes"),
            new("RARTH_COD", CodedFinding.Of(Condition.RheumatoidArthritis), "Rheumatoid arthritis codes"),
            new("OSTEO_COD", CodedFinding.Of(Condition.Osteoporosis), "Osteoporosis codes"),
        ],
        ImmutableDictionary<string, ImmutableArray<long>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The clusters, in order.</summary>
    public ImmutableArray<CodeCluster> Clusters { get; }

    /// <summary>The number of concepts mapped by every filled cluster.</summary>
    public int ConceptCount => _byConcept.Count;

    /// <summary>The concept ids a cluster has been filled with; empty when not filled.</summary>
    /// <param name="cluster">The cluster's name.</param>
    /// <returns>The ids.</returns>
    /// <exception cref="ArgumentException">No cluster has that name.</exception>
    public ImmutableArray<long> CodesOf(string cluster)
    {
        _ = Find(cluster);
        return _codes.TryGetValue(cluster, out var ids) ? ids : [];
    }

    /// <summary>This mapping with a cluster filled with the concept ids of the user's own reference set (replacing any before).</summary>
    /// <param name="cluster">The cluster's name, e.g. <c>HYP_COD</c>.</param>
    /// <param name="conceptIds">SNOMED CT concept ids (positive).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException">No cluster has that name, or an id is not positive.</exception>
    public ClusterMapping WithCodes(string cluster, IEnumerable<long> conceptIds)
    {
        _ = Find(cluster);
        var ids = Guard.Against.Null(conceptIds).Distinct().Order().ToImmutableArray();
        var bad = ids.Where(id => id <= 0).Take(1).ToList();
        if (bad.Count > 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{bad[0]} is not a SNOMED CT concept id (a positive number)."), nameof(conceptIds));
        }

        return new ClusterMapping(Clusters, _codes.SetItem(cluster, ids));
    }

    /// <summary>This mapping with one more cluster (e.g. a local autism reference set).</summary>
    /// <param name="cluster">The cluster.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException">The name is blank or already used.</exception>
    public ClusterMapping WithCluster(CodeCluster cluster)
    {
        Guard.Against.Null(cluster);
        Guard.Against.NullOrWhiteSpace(cluster.Name);
        if (Clusters.Any(c => c.Name == cluster.Name))
        {
            throw new ArgumentException($"A cluster named '{cluster.Name}' is already defined.", nameof(cluster));
        }

        return new ClusterMapping(Clusters.Add(cluster), _codes);
    }

    /// <summary>Maps a concept id; does not allocate.</summary>
    /// <param name="conceptId">The SNOMED CT concept id.</param>
    /// <param name="findings">What it means (a concept in several clusters means each of their findings).</param>
    /// <returns>True when some filled cluster holds the concept; false otherwise (report it, never drop it).</returns>
    public bool TryMap(long conceptId, out CodedFindings findings) => _byConcept.TryGetValue(conceptId, out findings);

    /// <summary>Maps a concept id given as text; does not allocate.</summary>
    /// <param name="conceptId">The id's digits.</param>
    /// <param name="findings">What it means.</param>
    /// <returns>True when mapped; false for an id not held or not a number.</returns>
    public bool TryMap(ReadOnlySpan<char> conceptId, out CodedFindings findings)
    {
        findings = default;
        return long.TryParse(conceptId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && TryMap(id, out findings);
    }

    private CodeCluster Find(string cluster)
    {
        Guard.Against.Null(cluster);
        return Clusters.FirstOrDefault(c => c.Name == cluster)
            ?? throw new ArgumentException($"No cluster is named '{cluster}'; known: {string.Join(", ", Clusters.Select(c => c.Name))}.", nameof(cluster));
    }
}
