using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Applicability;

/// <summary>
/// Annex 1 of the Memorandum as data: for every element (row) and organisation-type column, whether the element
/// applies (✓) or not (blank). "Partnership Board members will be eligible to participate on issues which apply to
/// their organisation, in line with the scope of applicable issues set out in Annex 1" (004 l.1294): eligibility on
/// a matter follows from the cell of the matter's element and the member's column (MOU-6).
/// </summary>
/// <remarks>Immutable and thread-safe; every cell is defined. <see cref="Annex1"/> is the seed's table.</remarks>
public sealed class ApplicabilityMatrix
{
    private readonly ImmutableHashSet<(MemorandumElement, ApplicabilityColumn)> _applies;

    private ApplicabilityMatrix(ImmutableHashSet<(MemorandumElement, ApplicabilityColumn)> applies) => _applies = applies;

    /// <summary>The rows, in the seed's order.</summary>
    public static ImmutableArray<MemorandumElement> Rows { get; } = [.. Enum.GetValues<MemorandumElement>()];

    /// <summary>The columns, in the seed's order.</summary>
    public static ImmutableArray<ApplicabilityColumn> Columns { get; } = [.. Enum.GetValues<ApplicabilityColumn>()];

    /// <summary>
    /// The table of the draft Memorandum (l.1498-1505), cell by cell: the first four rows apply to every column;
    /// mutual accountability and national and regional support to CCGs, NHS providers, Councils and NHSE/I; the
    /// financials to CCGs, NHS providers and NHSE/I only.
    /// </summary>
    public static ApplicabilityMatrix Annex1 { get; } = FromRows(
    [
        Row(MemorandumElement.VisionPrinciplesValuesAndBehaviours, true, true, true, true, true, true),
        Row(MemorandumElement.PartnershipAims, true, true, true, true, true, true),
        Row(MemorandumElement.Governance, true, true, true, true, true, true),
        Row(MemorandumElement.DecisionMakingAndDisputeResolution, true, true, true, true, true, true),
        Row(MemorandumElement.MutualAccountability, true, true, true, true, false, false),
        Row(MemorandumElement.Financials, true, true, false, true, false, false),
        Row(MemorandumElement.NationalAndRegionalSupport, true, true, true, true, false, false),
    ]).Value;

    /// <summary>Builds a matrix from its cells; every row-column pair must be given exactly once.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The matrix, or the issues that stopped it (a missing, repeated or undefined cell), located at <c>$.cells</c>.</returns>
    public static Result<ApplicabilityMatrix> Create(IEnumerable<ApplicabilityCell> cells)
    {
        Guard.Against.Null(cells);
        var issues = new IssueCollector();
        var given = new Dictionary<(MemorandumElement, ApplicabilityColumn), bool>();
        var i = 0;
        foreach (var cell in cells)
        {
            var at = DocumentPath.Root.Property("cells").Index(i++);
            if (cell is null || !Enum.IsDefined(cell.Element) || !Enum.IsDefined(cell.Column))
            {
                issues.Error(IssueKind.Value, RuleIds.Eligibility, ApplicabilityIssueCodes.UndefinedCell, at, "A cell is missing or names an undefined row or column.");
            }
            else if (!given.TryAdd((cell.Element, cell.Column), cell.Applies))
            {
                issues.Error(IssueKind.Invariant, RuleIds.Eligibility, ApplicabilityIssueCodes.RepeatedCell, at,
                    $"The cell ({ModelText.Of(cell.Element)}, {ModelText.Of(cell.Column)}) is given more than once.");
            }
        }

        foreach (var row in Rows)
        {
            foreach (var column in Columns.Where(c => !given.ContainsKey((row, c))))
            {
                issues.Error(IssueKind.Required, RuleIds.Eligibility, ApplicabilityIssueCodes.MissingCell, DocumentPath.Root.Property("cells"),
                    $"The cell ({ModelText.Of(row)}, {ModelText.Of(column)}) is not given: every element must say whether it applies to every column.");
            }
        }

        return issues.HasErrors
            ? Result<ApplicabilityMatrix>.Failure(issues.Issues)
            : Result<ApplicabilityMatrix>.Success(new ApplicabilityMatrix(given.Where(p => p.Value).Select(p => p.Key).ToImmutableHashSet()));
    }

    /// <summary>True when the element applies to the column (a ✓ in Annex 1).</summary>
    /// <param name="element">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>True when it applies.</returns>
    public bool Applies(MemorandumElement element, ApplicabilityColumn column) => _applies.Contains((element, column));

    /// <summary>Every cell, row by row in the seed's order.</summary>
    public IEnumerable<ApplicabilityCell> Cells =>
        Rows.SelectMany(r => Columns.Select(c => new ApplicabilityCell(r, c, Applies(r, c))));

    /// <summary>The columns an element applies to.</summary>
    /// <param name="element">The row.</param>
    /// <returns>The columns, in order.</returns>
    public IEnumerable<ApplicabilityColumn> ColumnsFor(MemorandumElement element) => Columns.Where(c => Applies(element, c));

    /// <summary>
    /// The Annex 1 column of a partner's organisation type: Councils, CCGs, NHS providers, Healthwatch, NHSE/I; PCNs
    /// and the voluntary sector (Annex A's "Other Partners") under "Other partners"; other national and local bodies,
    /// which Annex 1 does not name, under none.
    /// </summary>
    /// <param name="type">The organisation type.</param>
    /// <returns>The column, or null when Annex 1 has none for it.</returns>
    public static ApplicabilityColumn? ColumnOf(OrganisationType type) => type switch
    {
        OrganisationType.LocalAuthority => ApplicabilityColumn.Councils,
        OrganisationType.ClinicalCommissioningGroup => ApplicabilityColumn.Ccgs,
        OrganisationType.NhsProvider => ApplicabilityColumn.NhsProviders,
        OrganisationType.Healthwatch => ApplicabilityColumn.Healthwatch,
        OrganisationType.RegulatorOrOversightBody => ApplicabilityColumn.NhseAndNhsi,
        OrganisationType.PrimaryCareNetworks or OrganisationType.VoluntarySector => ApplicabilityColumn.OtherPartners,
        _ => null,
    };

    /// <summary>The column heading as the seed writes it, e.g. <c>NHSE and NHSI</c>.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The heading.</returns>
    public static string Heading(ApplicabilityColumn column) => column switch
    {
        ApplicabilityColumn.Ccgs => "CCGs",
        ApplicabilityColumn.NhsProviders => "NHS Providers",
        ApplicabilityColumn.Councils => "Councils",
        ApplicabilityColumn.NhseAndNhsi => "NHSE and NHSI",
        ApplicabilityColumn.Healthwatch => "Healthwatch",
        ApplicabilityColumn.OtherPartners => "Other partners",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined ApplicabilityColumn."),
    };

    /// <summary>The row heading as the seed writes it (the financials row without its bullet list), e.g. <c>Partnership aims</c>.</summary>
    /// <param name="element">The row.</param>
    /// <returns>The heading.</returns>
    public static string Heading(MemorandumElement element) => element switch
    {
        MemorandumElement.VisionPrinciplesValuesAndBehaviours => "Vision, principles, values and behaviours",
        MemorandumElement.PartnershipAims => "Partnership aims",
        MemorandumElement.Governance => "Governance",
        MemorandumElement.DecisionMakingAndDisputeResolution => "Decision-making and dispute resolution",
        MemorandumElement.MutualAccountability => "Mutual accountability",
        MemorandumElement.Financials => "Financials",
        MemorandumElement.NationalAndRegionalSupport => "National and regional support",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not a defined MemorandumElement."),
    };

    /// <inheritdoc />
    public override string ToString() => $"{_applies.Count} of {Rows.Length * Columns.Length} cells apply";

    private static IEnumerable<ApplicabilityCell> Row(MemorandumElement element, params bool[] applies) =>
        Columns.Select((c, i) => new ApplicabilityCell(element, c, applies[i]));

    private static Result<ApplicabilityMatrix> FromRows(IEnumerable<IEnumerable<ApplicabilityCell>> rows) => Create(rows.SelectMany(r => r));
}

/// <summary>One cell of Annex 1: whether an element applies to a column.</summary>
/// <param name="Element">The row.</param>
/// <param name="Column">The column.</param>
/// <param name="Applies">True for a ✓.</param>
public sealed record ApplicabilityCell(MemorandumElement Element, ApplicabilityColumn Column, bool Applies);

/// <summary>The issue codes of <see cref="ApplicabilityMatrix.Create"/>.</summary>
public static class ApplicabilityIssueCodes
{
    /// <summary>A row-column pair is not given.</summary>
    public static IssueCode MissingCell { get; } = IssueCode.Create("applicability.missing-cell");

    /// <summary>A row-column pair is given twice.</summary>
    public static IssueCode RepeatedCell { get; } = IssueCode.Create("applicability.repeated-cell");

    /// <summary>A cell is null or names an undefined row or column.</summary>
    public static IssueCode UndefinedCell { get; } = IssueCode.Create("applicability.undefined-cell");
}
