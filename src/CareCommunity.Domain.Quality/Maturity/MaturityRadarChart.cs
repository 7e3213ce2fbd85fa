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
    private const double Size = 480;
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
        var c = Size / 2;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"480\" viewBox=\"0 0 480 480\" role=\"img\">\n");
        svg.Append("  <title>").Append(Escape($"Maturity of {record.CommunityId} on {on.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: subjective and objective"))
            .Append("</title>\n");
        svg.Append("  <g class=\"axes\" stroke=\"#999\" fill=\"none\">\n");
        for (var i = 0; i < dims.Length; i++)
        {
            var (x, y) = Point(i, dims.Length, 1);
            svg.Append("    <line x1=\"").Append(F(c)).Append("\" y1=\"").Append(F(c)).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(F(y)).Append("\" />\n");
        }

        svg.Append("  </g>\n  <g class=\"labels\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"middle\">\n");
        for (var i = 0; i < dims.Length; i++)
        {
            var (x, y) = Point(i, dims.Length, 1.12);
            svg.Append("    <text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\">").Append(Escape(dims[i].Name)).Append("</text>\n");
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
        return ((Size / 2) + (Radius * share * Math.Cos(angle)), (Size / 2) + (Radius * share * Math.Sin(angle)));
    }

    private static string F(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        WebUtility.HtmlEncode(new string([.. text.Where(ch => !char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF'))]));
}
