using System.Xml.Linq;
using CareCommunity.Domain.Quality.Control;
using static CareCommunity.Domain.Quality.Tests.Control.SpcTestData;

namespace CareCommunity.Domain.Quality.Tests.Control;

public class XmrChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XmrChart Sample() =>
        Chart([.. Alternating14, 20, 11, 12, .. Alternating14], direction: ImprovementDirection.Up, target: 8, recalculateAt: [17], ghosted: [15]);

    [Fact]
    public void Render_WellFormedXmlWithOneCirclePerPoint()
    {
        var chart = Sample();

        var document = XDocument.Parse(XmrChartSvg.Render(chart));

        Assert.Equal(Svg + "svg", document.Root!.Name);
        Assert.Equal(chart.Points.Length, document.Descendants(Svg + "circle").Count());
        Assert.Single(document.Descendants(Svg + "polyline"));
        Assert.Single(document.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "partition-break");
        Assert.Equal(2, document.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "mean"));
        Assert.Single(document.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "variation-icon");
        Assert.Single(document.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "assurance-icon");
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value == "2024-01-01");
    }

    [Fact]
    public void Render_ColoursFlaggedAndHollowsGhostedPoints()
    {
        var chart = Sample();
        var circles = XDocument.Parse(XmrChartSvg.Render(chart)).Descendants(Svg + "circle").ToArray();

        Assert.Equal(VariationIcon.SpecialCauseImprovement, chart.Points[14].Variation);
        Assert.Equal(XmrChartSvg.ImprovementColour, (string?)circles[14].Attribute("fill"));
        Assert.Equal("none", (string?)circles[15].Attribute("fill"));
        Assert.Equal(XmrChartSvg.CommonCauseColour, (string?)circles[0].Attribute("fill"));
    }

    [Fact]
    public void Render_IsDeterministicAndEscapesTheTitle()
    {
        var series = MeasureSeries.Create("A < B & \u0001 \"C\"", Points(Alternating14)).Value;
        var chart = XmrChart.Calculate(series);

        var first = XmrChartSvg.Render(chart);

        Assert.Equal(first, XmrChartSvg.Render(XmrChart.Calculate(series)));
        Assert.Equal("A < B &   \"C\"", XDocument.Parse(first).Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_AllEqualValues_DoesNotDivideByZero()
    {
        var svg = XmrChartSvg.Render(Chart(Enumerable.Repeat(5m, 15)));

        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
    }
}
