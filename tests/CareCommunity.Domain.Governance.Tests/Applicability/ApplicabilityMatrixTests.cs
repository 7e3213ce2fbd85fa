using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Governance.Tests.Applicability;

public sealed class ApplicabilityMatrixTests
{
    // Annex 1 – Applicability of Memorandum Elements: the header at l.1498, the seven rows at l.1499-1505, tab-separated.
    private static string[][] SeedTable() =>
        [.. File.ReadAllText(RepositoryFiles.PathOf("docs/sources/004_0b226576d97cd4ce.txt")).Split('\n')[1497..1505].Select(l => l.TrimEnd('\r').Split('\t'))];

    [Fact]
    public void Annex1_EveryCell_IsTheSeedsTableText()
    {
        var table = SeedTable();
        Assert.Equal(8, table.Length);
        Assert.Equal(["", .. ApplicabilityMatrix.Columns.Select(ApplicabilityMatrix.Heading)], table[0]);
        var compared = 0;
        for (var r = 0; r < ApplicabilityMatrix.Rows.Length; r++)
        {
            var row = table[r + 1];
            var element = ApplicabilityMatrix.Rows[r];
            Assert.Equal(7, row.Length);
            Assert.StartsWith(ApplicabilityMatrix.Heading(element), row[0], StringComparison.Ordinal);
            for (var c = 0; c < ApplicabilityMatrix.Columns.Length; c++)
            {
                var cell = row[c + 1].Trim();
                Assert.True(cell is "✓" or "", $"row {r + 1}, column {c + 1}: '{cell}'");
                Assert.True(cell == "✓" == ApplicabilityMatrix.Annex1.Applies(element, ApplicabilityMatrix.Columns[c]),
                    $"{element} × {ApplicabilityMatrix.Columns[c]}: the seed has '{cell}'");
                compared++;
            }
        }

        Assert.Equal(42, compared);
    }

    [Fact]
    public void Annex1_TheSeedsOwnWords_CouncilsAndHealthwatchAreNotEligibleOnFinancials()
    {
        // The row "Financials: • Financial risk management • Allocation of capital and transformation" has ticks for CCGs, NHS Providers and NHSE and NHSI only.
        Assert.Equal([ApplicabilityColumn.Ccgs, ApplicabilityColumn.NhsProviders, ApplicabilityColumn.NhseAndNhsi],
            ApplicabilityMatrix.Annex1.ColumnsFor(MemorandumElement.Financials));
        Assert.False(ApplicabilityMatrix.Annex1.Applies(MemorandumElement.MutualAccountability, ApplicabilityColumn.Healthwatch));
        Assert.True(ApplicabilityMatrix.Annex1.Applies(MemorandumElement.NationalAndRegionalSupport, ApplicabilityColumn.Councils));
        Assert.Equal(35, ApplicabilityMatrix.Annex1.Cells.Count(c => c.Applies));
    }

    [Fact]
    public void Create_AMissingOrRepeatedCell_IsRefused()
    {
        var cells = ApplicabilityMatrix.Annex1.Cells.ToList();
        var missing = ApplicabilityMatrix.Create(cells.Skip(1));
        var repeated = ApplicabilityMatrix.Create(cells.Append(cells[0]));

        Assert.Equal(ApplicabilityIssueCodes.MissingCell, Assert.Single(missing.Issues).Code);
        Assert.Equal(ApplicabilityIssueCodes.RepeatedCell, Assert.Single(repeated.Issues).Code);
        Assert.True(ApplicabilityMatrix.Create(cells).IsSuccess);
    }

    [Theory]
    [InlineData(OrganisationType.LocalAuthority, ApplicabilityColumn.Councils)]
    [InlineData(OrganisationType.ClinicalCommissioningGroup, ApplicabilityColumn.Ccgs)]
    [InlineData(OrganisationType.NhsProvider, ApplicabilityColumn.NhsProviders)]
    [InlineData(OrganisationType.Healthwatch, ApplicabilityColumn.Healthwatch)]
    [InlineData(OrganisationType.RegulatorOrOversightBody, ApplicabilityColumn.NhseAndNhsi)]
    [InlineData(OrganisationType.PrimaryCareNetworks, ApplicabilityColumn.OtherPartners)]
    [InlineData(OrganisationType.VoluntarySector, ApplicabilityColumn.OtherPartners)]
    public void ColumnOf_AnnexAHeadings_MapToAnnex1Columns(OrganisationType type, ApplicabilityColumn column) =>
        Assert.Equal(column, ApplicabilityMatrix.ColumnOf(type));

    [Fact]
    public void ColumnOf_OtherNationalAndLocalBodies_HaveNoColumn()
    {
        Assert.Null(ApplicabilityMatrix.ColumnOf(OrganisationType.NationalBody));
        Assert.Null(ApplicabilityMatrix.ColumnOf(OrganisationType.LocalBody));
    }
}
