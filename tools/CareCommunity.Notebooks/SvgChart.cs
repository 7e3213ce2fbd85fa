using System.Globalization;
using System.Text;

namespace CareCommunity.Notebooks;

/// <summary>One bar: a label and a non-negative value.</summary>
/// <param name="Label">The category.</param>
/// <param name="Value">The value; not negative.</param>
public sealed record ChartBar(string Label, double Value);

/// <summary>How a bar chart looks.</summary>
public sealed record BarChartOptions
{
    /// <summary>The default look.</summary>
    public static BarChartOptions Default { get; } = new();

    /// <summary>The image width in pixels.</summary>
    public int Width { get; init; } = 720;

    /// <summary>The height of each bar in pixels.</summary>
    public int BarHeight { get; init; } = 22;

    /// <summary>The gap between bars in pixels.</summary>
    public int BarGap { get; init; } = 8;

    /// <summary>The bar colour (NHS blue by default).</summary>
    public string BarColour { get; init; } = "#005eb8";

    /// <summary>The .NET format of the value labels and axis ticks, applied invariantly.</summary>
    public string ValueFormat { get; init; } = "#,##0.##";

    /// <summary>A prefix for value labels and ticks, e.g. "£".</summary>
    public string ValuePrefix { get; init; } = "";

    /// <summary>A label under the value axis, if any.</summary>
    public string? AxisLabel { get; init; }

    /// <summary>Show each bar's value at its end.</summary>
    public bool ShowValues { get; init; } = true;
}

/// <summary>
/// Small, dependency-free SVG charts for notebooks. The SVG is deterministic (invariant numbers, fixed precision, no
/// ids or timestamps), self-contained and accessible (<c>role="img"</c>, a title). Display it with
/// <c>display(chart)</c> or <c>Display.Svg(chart)</c>.
/// </summary>
public static class SvgChart
{
    private const double CharWidth = 7.0;
    private const string Font = "font-family=\"Arial, Helvetica, sans-serif\"";

    /// <summary>A horizontal bar chart, bars in the order given. Labels too long for the label column are shortened
    /// with "…" (the bar's tooltip keeps the full label).</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="bars">The bars; values not negative.</param>
    /// <param name="options">The look; <see cref="BarChartOptions.Default"/> when null.</param>
    /// <returns>The chart.</returns>
    public static SvgImage Bar(string title, IEnumerable<ChartBar> bars, BarChartOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(bars);
        var o = options ?? BarChartOptions.Default;
        var data = bars.ToArray();
        foreach (var bar in data)
        {
            ArgumentNullException.ThrowIfNull(bar, nameof(bars));
            if (double.IsNaN(bar.Value) || double.IsInfinity(bar.Value) || bar.Value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(bars), bar.Value, $"Bar '{bar.Label}' has a value that is negative or not finite.");
            }
        }

        string ValueText(double v) => o.ValuePrefix + v.ToString(o.ValueFormat, CultureInfo.InvariantCulture);

        var (axisMax, step) = NiceScale(data.Length == 0 ? 0 : data.Max(b => b.Value));
        var labelWidth = Math.Min(o.Width * 0.45, Math.Max(40, data.Select(b => b.Label.Length).DefaultIfEmpty(0).Max() * CharWidth) + 12);
        var maxLabelChars = (int)((labelWidth - 12) / CharWidth);
        string Fit(string label) => label.Length <= maxLabelChars ? label : label[..Math.Max(1, maxLabelChars - 1)].TrimEnd() + "…";
        var valueWidth = o.ShowValues ? Math.Max(ValueText(axisMax).Length, data.Select(b => ValueText(b.Value).Length).DefaultIfEmpty(0).Max()) * CharWidth + 12 : 16;
        var left = labelWidth + 8;
        var right = o.Width - valueWidth;
        var plotWidth = Math.Max(50, right - left);
        const double top = 44;
        var plotHeight = Math.Max(1, data.Length) * (o.BarHeight + o.BarGap) + o.BarGap;
        var bottom = top + plotHeight;
        var height = bottom + 28 + (o.AxisLabel is null ? 0 : 20);
        double X(double v) => left + (axisMax == 0 ? 0 : v / axisMax * plotWidth);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{o.Width}\" height=\"{N(height)}\" viewBox=\"0 0 {o.Width} {N(height)}\" role=\"img\" aria-label=\"{Markup.Escape(title)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Markup.Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"0\" y=\"0\" width=\"{o.Width}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{N(o.Width / 2.0)}\" y=\"24\" text-anchor=\"middle\" {Font} font-size=\"16\" font-weight=\"bold\" fill=\"#212b32\">{Markup.Escape(title)}</text>\n");

        svg.Append("  <g class=\"grid\">\n");
        var ticks = (int)Math.Round(axisMax / step);
        for (var k = 0; k <= ticks; k++)
        {
            var t = k * step;
            var x = X(t);
            svg.Append(CultureInfo.InvariantCulture, $"    <line x1=\"{N(x)}\" y1=\"{N(top)}\" x2=\"{N(x)}\" y2=\"{N(bottom)}\" stroke=\"#d8dde0\" stroke-width=\"1\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{N(x)}\" y=\"{N(bottom + 16)}\" text-anchor=\"middle\" {Font} font-size=\"11\" fill=\"#4c6272\">{Markup.Escape(ValueText(t))}</text>\n");
        }

        svg.Append("  </g>\n");
        svg.Append("  <g class=\"bars\">\n");
        for (var i = 0; i < data.Length; i++)
        {
            var y = top + o.BarGap + (i * (o.BarHeight + o.BarGap));
            var middle = y + (o.BarHeight / 2.0) + 4;
            var w = X(data[i].Value) - left;
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{N(left - 8)}\" y=\"{N(middle)}\" text-anchor=\"end\" {Font} font-size=\"12\" fill=\"#212b32\">{Markup.Escape(Fit(data[i].Label))}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"    <rect x=\"{N(left)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{o.BarHeight}\" fill=\"{Markup.Escape(o.BarColour)}\"><title>{Markup.Escape(data[i].Label)}: {Markup.Escape(ValueText(data[i].Value))}</title></rect>\n");
            if (o.ShowValues)
            {
                svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{N(left + w + 6)}\" y=\"{N(middle)}\" {Font} font-size=\"12\" fill=\"#212b32\">{Markup.Escape(ValueText(data[i].Value))}</text>\n");
            }
        }

        svg.Append("  </g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <line x1=\"{N(left)}\" y1=\"{N(top)}\" x2=\"{N(left)}\" y2=\"{N(bottom)}\" stroke=\"#4c6272\" stroke-width=\"1\"/>\n");
        if (o.AxisLabel is { } axis)
        {
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{N(left + (plotWidth / 2))}\" y=\"{N(bottom + 38)}\" text-anchor=\"middle\" {Font} font-size=\"12\" fill=\"#4c6272\">{Markup.Escape(axis)}</text>\n");
        }

        svg.Append("</svg>");
        var description = $"Bar chart: {title} ({string.Join(", ", data.Select(b => $"{b.Label} {ValueText(b.Value)}"))})";
        return new SvgImage(svg.ToString(), description);
    }

    /// <summary>A horizontal bar chart from labelled values.</summary>
    /// <param name="title">The title.</param>
    /// <param name="bars">Label and value pairs.</param>
    /// <param name="options">The look.</param>
    /// <returns>The chart.</returns>
    public static SvgImage Bar(string title, IEnumerable<(string Label, double Value)> bars, BarChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return Bar(title, bars.Select(b => new ChartBar(b.Label, b.Value)), options);
    }

    /// <summary>An axis maximum and tick step of the form 1, 2 or 5 × 10^k giving about five ticks.</summary>
    /// <param name="max">The largest value.</param>
    /// <returns>The axis maximum (at least <paramref name="max"/>) and the step.</returns>
    public static (double Max, double Step) NiceScale(double max)
    {
        if (max <= 0)
        {
            return (1, 0.2);
        }

        var rough = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
        var axisMax = Math.Ceiling((max / step) - 1e-9) * step;
        return (axisMax, step);
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
