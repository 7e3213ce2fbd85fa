namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// The default <see cref="MaturityMatrix"/>: the twelve dimensions of the SCIROCCO integrated-care maturity model
/// (B3 Maturity Model of the European Innovation Partnership on Active and Healthy Ageing), each scored 0-5. The
/// level descriptors are the library's short paraphrase of SCIROCCO's scale, not its published text; the seeds name a
/// matrix "already in use" but do not contain it (docs/decisions/0020).
/// </summary>
public static class SciroccoMatrix
{
    /// <summary>The matrix's id.</summary>
    public const string MatrixId = "scirocco-2019";

    private static readonly (string Id, string Name, string Focus)[] Definitions =
    [
        ("readiness-to-change", "Readiness to change", "the case for change, leadership and a shared vision"),
        ("structure-and-governance", "Structure & governance", "governance, roles and accountability across partners"),
        ("digital-infrastructure", "Digital infrastructure", "shared records, interoperable systems and digital tools"),
        ("process-coordination", "Process coordination", "shared pathways, care coordination and multidisciplinary working"),
        ("finance-and-funding", "Finance & funding", "pooled or aligned budgets and sustainable funding"),
        ("removal-of-inhibitors", "Removal of inhibitors", "removing legal, organisational and cultural barriers"),
        ("population-approach", "Population approach", "risk stratification and a population health approach"),
        ("citizen-empowerment", "Citizen empowerment", "people's involvement, self-management and health literacy"),
        ("evaluation-methods", "Evaluation methods", "systematic evaluation of services and outcomes"),
        ("breadth-of-ambition", "Breadth of ambition", "integration across health, social care and the wider community"),
        ("innovation-management", "Innovation management", "finding, testing and spreading innovation"),
        ("capacity-building", "Capacity building", "skills, learning and improvement capability"),
    ];

    private static readonly string[] LevelText =
    [
        "Not started: no recognised need or activity on {0}.",
        "Recognised and planned: the need for {0} is acknowledged and plans are being made.",
        "Piloted: {0} is being tried in pilots or parts of the community.",
        "Implemented: {0} is in place across much of the community and being evaluated.",
        "Established: {0} is embedded across the whole community and partners.",
        "Optimised: {0} is sustained, measured and continuously improved.",
    ];

    /// <summary>The dimensions' ids, in SCIROCCO's order.</summary>
    public static IReadOnlyList<string> DimensionIds { get; } = [.. Definitions.Select(d => d.Id)];

    internal static MaturityMatrix Instance { get; } = MaturityMatrix.Create(
        MatrixId,
        "SCIROCCO integrated-care maturity model (library default)",
        Definitions.Select(d => new DimensionDefinition(d.Id, d.Name,
            [.. LevelText.Select((t, score) => new MaturityLevel(score, string.Format(System.Globalization.CultureInfo.InvariantCulture, t, d.Focus)))])),
        PhaseMapping.Default).Value;
}
