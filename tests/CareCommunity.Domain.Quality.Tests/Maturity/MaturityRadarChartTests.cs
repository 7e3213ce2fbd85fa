using System.Xml.Linq;
using CareCommunity.Domain.Quality.Maturity;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class MaturityRadarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_IsWellFormedSvg_WithOnePolygonPerSeries()
    {
        var record = Record([.. SubjectiveRound(Jan2021, 4), .. ObjectiveRound(Jan2021, 2)]);
        var doc = XDocument.Parse(MaturityRadarChart.Render(record, Jun2021));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var polygons = doc.Descendants(Svg + "polygon").Where(p => p.Attribute("class") is not null).ToArray();   // the series; grid rings carry no class
        Assert.Equal(["subjective", "objective"], polygons.Select(p => (string)p.Attribute("class")!));
        Assert.All(polygons, p => Assert.Equal(12, ((string)p.Attribute("points")!).Split(' ').Length));
        Assert.Equal(12, doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "labels").Elements(Svg + "text").Count());
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "Structure & governance");
    }

    [Fact]
    public void Render_IsDeterministic_WithInvariantNumbers()
    {
        var record = Record([.. SubjectiveRound(Jan2021, 3), .. ObjectiveRound(Jan2021, 1)]);
        var a = MaturityRadarChart.Render(record, Jun2021);
        var b = MaturityRadarChart.Render(Record([.. SubjectiveRound(Jan2021, 3), .. ObjectiveRound(Jan2021, 1)]), Jun2021);
        Assert.Equal(a, b);
        var objective = XDocument.Parse(a).Descendants(Svg + "polygon").Single(p => (string)p.Attribute("class")! == "objective");
        Assert.StartsWith("340,256 ", (string)objective.Attribute("points")!, StringComparison.Ordinal);   // centre (340, 290), radius 170, first axis straight up
    }

    [Fact]
    public void Render_OwnMatrixWithAwkwardNames_StaysWellFormed()
    {
        var matrix = MaturityMatrix.Create("own", "Own",
        [
            new DimensionDefinition("a", "Tom & Jerry <\u0001\"'>", [new MaturityLevel(1, "one"), new MaturityLevel(3, "three")]),
            new DimensionDefinition("b", "B", [new MaturityLevel(0, "zero"), new MaturityLevel(1, "one")]),
            new DimensionDefinition("c", "C", [new MaturityLevel(0, "zero"), new MaturityLevel(1, "one")]),
        ]).Value;
        var record = MaturityRecord.Create("crewe", matrix, [Objective("a", Jan2021, 3)]).Value;
        var doc = XDocument.Parse(MaturityRadarChart.Render(record, Jun2021));
        Assert.Equal(2, doc.Descendants(Svg + "polygon").Count(p => p.Attribute("class") is not null));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "Tom & Jerry <\"'>");
    }
}
