using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// A radar chart of a community's latest subjective (self-assessment consensus median) and objective scores per
/// dimension, as plain SVG text: one axis per dimension, one polygon per series. Deterministic: invariant culture,
/// fixed size, no clock. A dimension without a score of a series is drawn at the centre.
/// </summary>
public static class MaturityRadarChart
{
    private const double Width = 680;
    private const double Height = 540;
    private const double Cx = Width / 2;
    private const double Cy = 290;
    private const double Radius = 170;

    /// <summary>Renders the chart.</summary>
    /// <param name="record">The community's record.</param>
    /// <param name="on">The date of the latest scores.</param>
    /// <param name="options">The split rule for self-assessments.</param>
    /// <returns>The SVG document.</returns>
    public static string Render(MaturityRecord record, LocalDate on, ConsensusOptions? options = null)
    {
        Guard.Against.Null(record);
        var dims = record.Matrix.Dimensions;
        var gaps = record.Gaps(on, options);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"540\" viewBox=\"0 0 680 540\" role=\"img\" font-family=\"sans-serif\">\n");
        svg.Append("  <title>").Append(Escape($"Maturity of {record.CommunityId} on {on.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: subjective and objective"))
            .Append("</title>\n");
        svg.Append("  <g class=\"legend\" font-size=\"12\">\n");
        svg.Append("    <rect x=\"12\" y=\"12\" width=\"14\" height=\"14\" fill=\"#1f77b4\" fill-opacity=\"0.5\" stroke=\"#1f77b4\" />\n");
        svg.Append("    <text x=\"32\" y=\"24\">subjective (self-assessment, median)</text>\n");
        svg.Append("    <rect x=\"12\" y=\"32\" width=\"14\" height=\"14\" fill=\"#d62728\" fill-opacity=\"0.5\" stroke=\"#d62728\" />\n");
        svg.Append("    <text x=\"32\" y=\"44\">objective (evidence or calibrated)</text>\n");
        svg.Append("  </g>\n");
        svg.Append("  <g class=\"grid\" stroke=\"#ddd\" fill=\"none\">\n");
        for (var ring = 1; ring <= 4; ring++)
        {
            var share = ring / 4.0;
            svg.Append("    <polygon points=\"").Append(string.Join(' ', Enumerable.Range(0, dims.Length).Select(i => Point(i, dims.Length, share)).Select(p => F(p.X) + "," + F(p.Y))))
                .Append("\" />\n");
        }

        svg.Append("  </g>\n");
        svg.Append("  <g class=\"axes\" stroke=\"#999\" fill=\"none\">\n");
        for (var i = 0; i < dims.Length; i++)
        {
            var (x, y) = Point(i, dims.Length, 1);
            svg.Append("    <line x1=\"").Append(F(Cx)).Append("\" y1=\"").Append(F(Cy)).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(F(y)).Append("\" />\n");
        }

        svg.Append("  </g>\n  <g class=\"labels\" font-size=\"11\">\n");
        for (var i = 0; i < dims.Length; i++)
        {
            // Labels on the left end at their point, on the right start there, at the top and bottom are centred.
            var (x, y) = Point(i, dims.Length, 1.08);
            var anchor = x < Cx - 1 ? "end" : x > Cx + 1 ? "start" : "middle";
            var dy = y < Cy - (Radius * 0.9) ? -4 : y > Cy + (Radius * 0.9) ? 12 : 4;
            svg.Append("    <text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y + dy)).Append("\" text-anchor=\"").Append(anchor).Append("\">")
                .Append(Escape(dims[i].Name)).Append("</text>\n");
        }

        svg.Append("  </g>\n");
        Series(svg, "subjective", "#1f77b4", dims, i => gaps[i].Subjective?.Median);
        Series(svg, "objective", "#d62728", dims, i => gaps[i].Objective);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Series(StringBuilder svg, string name, string colour, System.Collections.Immutable.ImmutableArray<MaturityDimension> dims, Func<int, decimal?> score)
    {
        var points = new List<string>();
        for (var i = 0; i < dims.Length; i++)
        {
            var d = dims[i];
            var span = d.MaximumScore - (double)d.MinimumScore;
            var share = score(i) is { } s && span > 0 ? Math.Clamp(((double)s - d.MinimumScore) / span, 0, 1) : 0;
            var (x, y) = Point(i, dims.Length, share);
            points.Add(F(x) + "," + F(y));
        }

        svg.Append("  <polygon class=\"").Append(name).Append("\" fill=\"").Append(colour).Append("\" fill-opacity=\"0.25\" stroke=\"").Append(colour)
            .Append("\" points=\"").Append(string.Join(' ', points)).Append("\"><title>").Append(name).Append("</title></polygon>\n");
    }

    private static (double X, double Y) Point(int index, int count, double share)
    {
        var angle = (2 * Math.PI * index / count) - (Math.PI / 2);
        return (Cx + (Radius * share * Math.Cos(angle)), Cy + (Radius * share * Math.Sin(angle)));
    }

    private static string F(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        WebUtility.HtmlEncode(new string([.. text.Where(ch => !char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF'))]));
}
