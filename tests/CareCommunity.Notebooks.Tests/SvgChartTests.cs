using System.Xml.Linq;
using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

public sealed class SvgChartTests
{
    private static readonly ChartBar[] Bars = [new("Crewe", 60000), new("Nantwich & Rural", 45250.5), new("<Knutsford>", 0)];

    [Fact]
    public void Bar_IsWellFormedSvgWithOneRectPerBar()
    {
        var chart = SvgChart.Bar("Registered population", Bars);

        var svg = XDocument.Parse(chart.Svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Registered population", svg.Element(ns + "title")!.Value);
        var rects = svg.Descendants(ns + "rect").Where(r => r.Parent!.Attribute("class")?.Value == "bars").ToArray();
        Assert.Equal(3, rects.Length);
        Assert.Equal("0", (string?)rects[2].Attribute("width"));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "Nantwich & Rural");
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "<Knutsford>");
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "45,250.5");
    }

    [Fact]
    public void Bar_IsDeterministic_AndLongerBarsAreWider()
    {
        var first = SvgChart.Bar("T", Bars, new BarChartOptions { ValuePrefix = "£", AxisLabel = "pounds" });
        var second = SvgChart.Bar("T", Bars, new BarChartOptions { ValuePrefix = "£", AxisLabel = "pounds" });

        Assert.Equal(first.Svg, second.Svg);
        Assert.Contains("£60,000", first.Svg, StringComparison.Ordinal);
        var widths = XDocument.Parse(first.Svg).Descendants().Where(e => e.Name.LocalName == "rect" && e.Parent!.Attribute("class")?.Value == "bars")
            .Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(widths[0] > widths[1] && widths[1] > widths[2]);
    }

    [Fact]
    public void Bar_ShowsAsSvgWithTextFallback()
    {
        var bundle = SvgChart.Bar("T", [("a", 1.0)]).ToMimeBundle();

        Assert.Equal(["image/svg+xml", "text/plain"], bundle.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Bar chart: T (a 1)", bundle["text/plain"]);
    }

    [Fact]
    public void Bar_LongLabel_IsShortenedButKeptInTheTooltip()
    {
        var label = "Cheshire and Wirral Partnership NHS Foundation Trust, a very long name indeed";
        var svg = XDocument.Parse(SvgChart.Bar("T", [new ChartBar(label, 1)], new BarChartOptions { Width = 400 }).Svg);

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value).ToArray();
        Assert.Contains(texts, t => t.EndsWith('…') && label.StartsWith(t[..^1], StringComparison.Ordinal));
        Assert.DoesNotContain(label, texts);
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.StartsWith(label, StringComparison.Ordinal));
    }

    [Fact]
    public void Bar_NegativeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChart.Bar("T", [new ChartBar("a", -1)]));

    [Fact]
    public void Bar_NoBars_StillDraws() =>
        Assert.NotNull(XDocument.Parse(SvgChart.Bar("Empty", Array.Empty<ChartBar>()).Svg).Root);

    [Theory]
    [InlineData(0, 1, 0.2)]
    [InlineData(7, 8, 2)]
    [InlineData(100, 100, 20)]
    [InlineData(60000, 60000, 20000)]
    [InlineData(431000, 500000, 100000)]
    public void NiceScale_GivesRoundSteps(double max, double axisMax, double step)
    {
        var (m, s) = SvgChart.NiceScale(max);

        Assert.Equal(axisMax, m, 6);
        Assert.Equal(step, s, 6);
    }
}
