using CareCommunity.Notebooks;
using NodaTime;

namespace CareCommunity.Notebooks.Tests;

public sealed class DisplayTests
{
    private sealed record Row(string Name, LocalDate? Date, decimal Amount);

    [Fact]
    public void ToText_IsInvariant_DatesAreIso_SequencesAreBracketed()
    {
        Assert.Equal("null", NotebookFormatter.ToText(null));
        Assert.Equal("1234.5", NotebookFormatter.ToText(1234.5));
        Assert.Equal("2026-11-01", NotebookFormatter.ToText(new LocalDate(2026, 11, 1)));
        Assert.Equal("[1, 2, 3]", NotebookFormatter.ToText(new[] { 1, 2, 3 }));
        Assert.Equal(string.Join("\n", Enumerable.Range(0, 40)), NotebookFormatter.ToText(Enumerable.Range(0, 40)));
    }

    [Fact]
    public void Table_FromRecords_UsesPropertiesInDeclarationOrder_AndEscapesHtml()
    {
        var table = NotebookTable.From([new Row("A & <B>", new LocalDate(2026, 1, 2), 1.5m), new Row("C", null, 2m)]);

        Assert.Equal(["Name", "Date", "Amount"], table.Headers);
        Assert.Equal(["A & <B>", "2026-01-02", "1.5"], table.Rows[0]);
        Assert.Equal("", table.Rows[1][1]);
        Assert.Contains("<td>A &amp; &lt;B&gt;</td><td>2026-01-02</td><td>1.5</td>", table.ToHtml(), StringComparison.Ordinal);
        Assert.Equal("Name    | Date       | Amount\n--------|------------|-------\nA & <B> | 2026-01-02 | 1.5\nC       |            | 2", table.ToPlainText());
    }

    [Fact]
    public void Table_RowOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => new NotebookTable(["a", "b"], [new object?[] { 1 }]));
}
