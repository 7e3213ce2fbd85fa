using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Tests.Rules;

public sealed class SourceCitationTests
{
    [Fact]
    public void ToString_LineRange_NamesFileAndLines() =>
        Assert.Equal("001_66a02ae51481bc0b.txt l.93-110", SeedDocument.CareCommunitiesOperatingModel.Lines(93, 110).ToString());

    [Fact]
    public void ToString_SingleLine_NamesOneLine()
    {
        var citation = SeedDocument.CareCommunitiesOperatingModel.Lines(99);
        Assert.Equal("l.99", citation.Location);
        Assert.Equal(99, citation.FirstLine);
        Assert.Equal(99, citation.LastLine);
        Assert.Null(citation.Section);
        Assert.Equal("001_66a02ae51481bc0b.txt l.99", citation.ToString());
    }

    [Fact]
    public void ToString_Section_NamesTheTrimmedSection()
    {
        var citation = SeedDocument.Blueprint2030Report.Section("  para 9-10 ");
        Assert.Equal("para 9-10", citation.Section);
        Assert.Null(citation.FirstLine);
        Assert.Equal("000_9b8deec7be6b2408.txt para 9-10", citation.ToString());
    }

    [Fact]
    public void ForLines_BadRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedDocument.CareCommunitiesOperatingModel.Lines(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedDocument.CareCommunitiesOperatingModel.Lines(110, 93));
        Assert.Throws<ArgumentNullException>(() => SourceCitation.ForLines(null!, 1, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ForSection_Blank_Throws(string section) =>
        Assert.Throws<ArgumentException>(() => SeedDocument.CareCommunitiesOperatingModel.Section(section));

    [Fact]
    public void Equality_IsByValue() =>
        Assert.Equal(SeedDocument.CareCommunitiesOperatingModel.Lines(158), SeedDocument.CareCommunitiesOperatingModel.Lines(158, 158));

    [Fact]
    public void SeedDocumentAll_ListsTheFiveSeedsInFileNameOrder()
    {
        Assert.Equal(
            ["000_9b8deec7be6b2408.txt", "001_66a02ae51481bc0b.txt", "002_d561d818c94c8d5d.txt", "003_97be56d3ce5a7eef.txt", "004_0b226576d97cd4ce.txt"],
            SeedDocument.All.Select(d => d.FileName));
        Assert.Equal("001_66a02ae51481bc0b.txt", SeedDocument.CareCommunitiesOperatingModel.ToString());
        Assert.All(SeedDocument.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }
}
