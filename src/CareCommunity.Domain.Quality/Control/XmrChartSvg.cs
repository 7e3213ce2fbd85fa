using System.Globalization;
using System.Security;
using System.Text;
using NodaTime.Text;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// Renders an <see cref="XmrChart"/> as plain SVG text, in the NHS Making Data Count palette: the points joined by a
/// line, each partition's mean (solid) and process limits (dashed), the target (if any), partition breaks, points
/// coloured by variation (common cause grey, improvement blue, concern orange, neither purple), ghosted points hollow,
/// the variation and assurance icons as labelled badges, and dates on the x axis.
/// </summary>
/// <remarks>Deterministic: the same chart gives the same text (invariant culture, coordinates with two decimals).
/// Stateless and thread-safe.</remarks>
public static class XmrChartSvg
{
    /// <summary>Common cause grey.</summary>
    public const string CommonCauseColour = "#7B7D7D";

    /// <summary>Special cause improvement blue.</summary>
    public const string ImprovementColour = "#289DE0";

    /// <summary>Special cause concern orange.</summary>
    public const string ConcernColour = "#FAB428";

    /// <summary>Special cause neither purple.</summary>
    public const string NeitherColour = "#361475";

    private const string NoAssuranceColour = "#D9D9D9";
    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 70;
    private const double Bottom = 90;

    /// <summary>The colour of a point or variation icon.</summary>
    /// <param name="variation">The classification.</param>
    /// <returns>The colour as <c>#RRGGBB</c>.</returns>
    public static string ColourOf(VariationIcon variation) =>
        variation.Match(() => CommonCauseColour, () => ImprovementColour, () => ConcernColour, () => NeitherColour);

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="width">The width in pixels, at least 200.</param>
    /// <param name="height">The height in pixels, at least 200.</param>
    /// <returns>The SVG document as text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is below 200 or above 20,000.</exception>
    public static string Render(XmrChart chart, int width = 960, int height = 480)
    {
        Guard.Against.Null(chart);
        Guard.Against.OutOfRange(width, nameof(width), 200, 20_000);
        Guard.Against.OutOfRange(height, nameof(height), 200, 20_000);
        var points = chart.Points;
        var n = points.Length;
        var plotWidth = width - Left - Right;
        var plotHeight = height - Top - Bottom;
        var levels = points.Select(p => p.Value)
            .Concat(chart.Partitions.SelectMany(p => p.Limits is { } l ? new[] { l.Lower, l.Upper } : []))
            .Concat(chart.Partitions.Where(p => p.Mean.HasValue).Select(p => p.Mean!.Value))
            .Concat(chart.Series.Target is { } t ? [t] : [])
            .Select(v => (double)v).ToArray();
        var min = levels.Min();
        var max = levels.Max();
        var pad = max > min ? (max - min) * 0.05 : Math.Max(1, Math.Abs(max) * 0.05);
        min -= pad;
        max += pad;
        double X(double index) => Left + ((index + 0.5) * plotWidth / n);
        double Y(decimal value) => Top + ((max - (double)value) * plotHeight / (max - min));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Escape(chart.Series.Title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{F(Left)}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(chart.Series.Title)}</text>\n");

        // Axes and y ticks.
        svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Top + plotHeight)}\" stroke=\"#000000\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Top + plotHeight)}\" x2=\"{F(Left + plotWidth)}\" y2=\"{F(Top + plotHeight)}\" stroke=\"#000000\"/>\n");
        for (var k = 0; k <= 4; k++)
        {
            var value = min + ((max - min) * k / 4);
            var y = Top + plotHeight - (plotHeight * k / 4);
            svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"y-label\" x=\"{F(Left - 6)}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{F(value)}</text>\n");
        }

        // Partition lines and breaks.
        foreach (var p in chart.Partitions)
        {
            var x1 = F(X(p.FirstPoint - 0.5));
            var x2 = F(X(p.FirstPoint + p.PointCount - 0.5));
            if (p.Index > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"partition-break\" x1=\"{x1}\" y1=\"{F(Top)}\" x2=\"{x1}\" y2=\"{F(Top + plotHeight)}\" stroke=\"#000000\" stroke-dasharray=\"2,4\"/>\n");
            }

            if (p.Mean is { } mean)
            {
                svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"mean\" x1=\"{x1}\" y1=\"{F(Y(mean))}\" x2=\"{x2}\" y2=\"{F(Y(mean))}\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n");
            }

            if (p.Limits is { } l)
            {
                foreach (var (name, level) in new[] { ("upper-limit", l.Upper), ("lower-limit", l.Lower) })
                {
                    svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"{name}\" x1=\"{x1}\" y1=\"{F(Y(level))}\" x2=\"{x2}\" y2=\"{F(Y(level))}\" stroke=\"#7B7D7D\" stroke-dasharray=\"6,4\"/>\n");
                }
            }
        }

        if (chart.Series.Target is { } target)
        {
            svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"target\" x1=\"{F(Left)}\" y1=\"{F(Y(target))}\" x2=\"{F(Left + plotWidth)}\" y2=\"{F(Y(target))}\" stroke=\"#DE1B1B\" stroke-dasharray=\"10,3\"/>\n");
        }

        // The line through the points, then the points.
        var polyline = string.Join(" ", points.Select(p => $"{F(X(p.Index))},{F(Y(p.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"  <polyline class=\"data\" points=\"{polyline}\" fill=\"none\" stroke=\"#A6A6A6\" stroke-width=\"1.5\"/>\n");
        foreach (var p in points)
        {
            var colour = ColourOf(p.Variation);
            var fill = p.IsGhosted ? "none" : colour;
            var label = $"{Date(p)}: {p.Value.ToString(CultureInfo.InvariantCulture)}{(p.IsGhosted ? " (ghosted)" : "")}"
                + (p.IsSpecialCause ? $", {p.Variation.Describe()} ({string.Join(", ", p.Rules.Select(XmrChart.Name))})" : "");
            svg.Append(CultureInfo.InvariantCulture, $"  <circle class=\"point\" cx=\"{F(X(p.Index))}\" cy=\"{F(Y(p.Value))}\" r=\"4\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"1.5\"><title>{Escape(label)}</title></circle>\n");
        }

        // Dates on the x axis: at most about 24 labels.
        var step = Math.Max(1, (n + 23) / 24);
        for (var i = 0; i < n; i += step)
        {
            var x = F(X(i));
            var y = F(Top + plotHeight + 14);
            svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"x-label\" x=\"{x}\" y=\"{y}\" text-anchor=\"end\" transform=\"rotate(-45 {x} {y})\">{Date(points[i])}</text>\n");
        }

        // The icons as badges.
        var first = Badge(svg, "variation-icon", Left, "Variation: " + chart.Variation.Value.Describe(), ColourOf(chart.Variation.Value));
        Badge(svg, "assurance-icon", Left + first + 10, "Assurance: " + chart.Assurance.Value.Describe(),
            chart.Assurance.Value.Match(() => NoAssuranceColour, () => ImprovementColour, () => ConcernColour, () => CommonCauseColour));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // A pill wide enough for its text (about 7.5 px a character in bold 12 px sans-serif, plus padding); returns its width.
    private static double Badge(StringBuilder svg, string name, double x, string text, string colour)
    {
        var ink = colour == NoAssuranceColour ? "#000000" : "#FFFFFF";
        var width = Math.Max(160, (7.5 * text.Length) + 28);
        svg.Append(CultureInfo.InvariantCulture, $"  <g class=\"{name}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <rect x=\"{F(x)}\" y=\"30\" width=\"{F(width)}\" height=\"24\" rx=\"12\" fill=\"{colour}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{F(x + (width / 2))}\" y=\"46\" text-anchor=\"middle\" fill=\"{ink}\" font-weight=\"bold\" font-size=\"12\">{Escape(text)}</text>\n");
        svg.Append("  </g>\n");
        return width;
    }

    private static string Date(XmrPoint point) => LocalDatePattern.Iso.Format(point.Date);

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        // Characters XML 1.0 cannot hold (control characters, unpaired surrogates) become spaces.
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? ' ' : c);
            }
        }

        return SecurityElement.Escape(clean.ToString());
    }
}
