using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.Json.Spc;
using CareCommunity.Domain.Quality.Control;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity spc &lt;series.csv|series.json&gt;</c>: reads a measure series (CSV <c>date,value[,ghosted]</c> or a
/// measure-series document), checks it and prints its XmR chart: mean and limits per partition, each special cause,
/// the variation and assurance icons and why; <c>--svg</c> writes the chart. Exit 0 when the series was charted
/// (whatever its icons), 1 when it was refused, 2 for usage errors.
/// </summary>
internal sealed class SpcCommand : ICliCommand
{
    private static readonly (string Word, SpcOptions Options)[] Presets =
    [
        ("mdc-excel", SpcOptions.MdcExcelTool),
        ("mdc-sql", SpcOptions.MdcSql),
        ("plot-the-dots", SpcOptions.PlotTheDots),
    ];

    private readonly Argument<string> _file = new("series")
    {
        Description = "The measure series: a .csv file (header date,value[,ghosted]) or a measure-series JSON document.",
    };

    private readonly Option<string?> _direction = Direction();
    private readonly Option<decimal?> _target = Target();
    private readonly Option<int> _rulePoints = SharedOptions.WholeNumber("--rule-points", "6|7", 6, 7, 6,
        "N for the shift and trend rules: 6 (the Making Data Count default) or 7.");

    private readonly Option<string> _preset = PresetOption();
    private readonly Option<string?> _title = new("--title") { Description = "The measure's title for a CSV series (default: the file name).", HelpName = "text" };
    private readonly Option<string> _format = SharedOptions.Format("text", "json");
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly Option<string?> _svg = new("--svg") { Description = "Also write the XmR chart as SVG to this file.", HelpName = "file" };
    private readonly LimitOptions _limits = new();

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("spc", "Chart a measure series (CSV or JSON) as an XmR chart: limits, special causes, variation and assurance icons.")
        {
            _file, _direction, _target, _rulePoints, _preset, _title, _format, _output, _svg,
        };
        foreach (var option in _limits.All)
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var file = parse.GetValue(_file)!;
        FileSystem.RequireInputFiles([file]);
        var presetWord = parse.GetValue(_preset)!;
        var rulePoints = parse.GetValue(_rulePoints);
        var settings = new MeasureSeriesSettings
        {
            Direction = parse.GetValue(_direction) is { } d ? DirectionOf(d) : null,
            Target = parse.GetValue(_target),
            Title = parse.GetValue(_title),
            Options = Presets.First(p => p.Word == presetWord).Options with { ShiftLength = rulePoints, TrendLength = rulePoints },
            Limits = _limits.Read(parse),
        };

        MeasureSeriesValidationResult result;
        if (FileSystem.Length(file) > settings.Limits.MaxDocumentBytes)
        {
            result = MeasureSeriesDocument.ValidateFile(file, settings); // reports document.too-large without reading
        }
        else
        {
            var bytes = FileSystem.ReadBytes(file);
            result = MeasureSeriesDocument.FormatOf(file) == MeasureSeriesFormat.Csv
                ? MeasureSeriesDocument.ValidateCsv(bytes, settings with { Title = settings.Title ?? Path.GetFileNameWithoutExtension(file) })
                : MeasureSeriesDocument.Validate(bytes, settings);
        }

        if (parse.GetValue(_svg) is { } svg)
        {
            if (result.Chart is { } chart)
            {
                FileSystem.WriteText(svg, XmrChartSvg.Render(chart));
            }
            else
            {
                context.Error.WriteLine($"carecommunity: the series was refused, so '{svg}' was not written.");
            }
        }

        // The SVG first: a file-system failure (exit 2) then leaves no half-done result on standard output.
        var output = parse.GetValue(_output);
        context.Emit(parse.GetValue(_format) == "json" ? SpcResultJson.Serialize(result, file, presetWord) + "\n" : SpcText.Format(result, presetWord), output);
        return result.Chart is null ? ExitCodes.RulesBroken : ExitCodes.Ok;
    }

    private static ImprovementDirection DirectionOf(string word) => word switch
    {
        "up" => ImprovementDirection.Up,
        "down" => ImprovementDirection.Down,
        _ => ImprovementDirection.Neither,
    };

    private static Option<string?> Direction()
    {
        var option = new Option<string?>("--direction")
        {
            Description = "Which way the measure improves, overriding the document's (a CSV has none: neither).",
            HelpName = "up|down|neither",
        };
        option.AcceptOnlyFromAmong("up", "down", "neither");
        return option;
    }

    private static Option<string> PresetOption()
    {
        var option = new Option<string>("--preset")
        {
            Description = "Whose rules the chart follows (docs/decisions/0019): the MDC Excel tool, the MDC SQL script or NHSRplotthedots.",
            DefaultValueFactory = _ => Presets[0].Word,
        };
        option.AcceptOnlyFromAmong([.. Presets.Select(p => p.Word)]);
        return option;
    }

    private static Option<decimal?> Target() =>
        new("--target")
        {
            Description = "The target for the assurance icon, overriding the document's.",
            HelpName = "number",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                    && Math.Abs(value) <= MeasureSeries.MaxMagnitude)
                {
                    return value;
                }

                result.AddError($"--target '{text}' is not a number (e.g. 4.5).");
                return null;
            },
        };
}

/// <summary>The text form of <c>carecommunity spc</c>: the chart in words, or the report of a refused series.</summary>
internal static class SpcText
{
    /// <summary>The result as text.</summary>
    /// <param name="result">The result.</param>
    /// <param name="preset">The preset's word.</param>
    /// <returns>The text, ending in a newline.</returns>
    public static string Format(MeasureSeriesValidationResult result, string preset)
    {
        if (result.Chart is not { } chart)
        {
            return "The series could not be charted.\n" + ValidationReportText.Format(result.Report);
        }

        var text = new StringBuilder();
        var series = chart.Series;
        var points = chart.Points;
        text.Append(CultureInfo.InvariantCulture, $"{series.Title}: {points.Length} point(s), direction {Word(series.Direction)}");
        text.Append(series.Target is { } t ? $", target {Number(t)}" : ", no target").Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Rules: {preset} (shift {chart.Options.ShiftLength}, trend {chart.Options.TrendLength})\n");
        foreach (var p in chart.Partitions)
        {
            var first = points[p.FirstPoint].Date;
            var last = points[p.FirstPoint + p.PointCount - 1].Date;
            text.Append(CultureInfo.InvariantCulture, $"Partition {p.Index + 1} ({first:yyyy-MM-dd} to {last:yyyy-MM-dd}, {p.PointCount} point(s), {p.CalculationPointCount} used): ");
            text.Append(p.Mean is { } mean ? "mean " + Number(mean) : "no mean");
            if (p.MeanMovingRange is { } mr)
            {
                text.Append(", mean moving range ").Append(Number(mr));
            }

            text.Append(p.Limits is { } l
                ? $", process limits {Number(l.Lower)} to {Number(l.Upper)}"
                : string.Create(CultureInfo.InvariantCulture, $", run chart (no process limits: fewer than {XmrPartition.MinimumPointsForLimits} points)"));
            if (p.ExcludedMovingRanges > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $", {p.ExcludedMovingRanges} moving range(s) screened out");
            }

            text.Append('\n');
        }

        text.Append(chart.Signals.IsEmpty ? "Signals: none\n" : "Signals:\n");
        foreach (var s in chart.Signals)
        {
            var from = points[s.Points[0]];
            var to = points[s.Points[^1]];
            var range = s.Points.Length == 1
                ? string.Create(CultureInfo.InvariantCulture, $"point {from.Index + 1} ({from.Date:yyyy-MM-dd})")
                : string.Create(CultureInfo.InvariantCulture, $"points {from.Index + 1}-{to.Index + 1} ({from.Date:yyyy-MM-dd} to {to.Date:yyyy-MM-dd})");
            text.Append(CultureInfo.InvariantCulture, $"  rule {(int)s.Rule} {RuleName(s.Rule)} ({(s.Side == SignalSide.High ? "high" : "low")}), {range}: {s.Variation.Describe()}\n");
        }

        text.Append(chart.Variation.Why.Conclusion).Append('\n');
        text.Append(chart.Assurance.Why.Conclusion).Append('\n');
        text.Append("Why, rule by rule:\n");
        foreach (var rule in chart.Why.Rules)
        {
            text.Append("  - ").Append(rule).Append('\n');
        }

        if (!result.Report.Issues.IsEmpty)
        {
            text.Append(ValidationReportText.Format(result.Report));
        }

        return text.ToString();
    }

    private static string Word(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Up => "up (higher is better)",
        ImprovementDirection.Down => "down (lower is better)",
        _ => "neither",
    };

    private static string RuleName(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.BeyondProcessLimit => "beyond a process limit",
        SpecialCauseRule.Shift => "shift",
        SpecialCauseRule.Trend => "trend",
        _ => "two of three beyond two sigma",
    };

    private static string Number(decimal value) => Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
}
