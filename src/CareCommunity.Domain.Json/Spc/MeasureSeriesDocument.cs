using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json.Spc;

/// <summary>The two formats a measure series is read from.</summary>
public enum MeasureSeriesFormat
{
    /// <summary>A measure series document (<c>measure-series.schema.json</c>).</summary>
    Json = 0,

    /// <summary>CSV with a <c>date,value</c> header and an optional <c>ghosted</c> column.</summary>
    Csv = 1,
}

/// <summary>Settings for reading a measure series: what overrides the document, the SPC options and the limits.</summary>
public sealed record MeasureSeriesSettings
{
    /// <summary>The defaults: the document's own direction and target, <see cref="SpcOptions.Default"/>, <see cref="ValidationLimits.Default"/>.</summary>
    public static MeasureSeriesSettings Default { get; } = new();

    /// <summary>The improvement direction, overriding the document's (a CSV has none: <see cref="ImprovementDirection.Neither"/> unless given).</summary>
    public ImprovementDirection? Direction { get; init; }

    /// <summary>The target, overriding the document's.</summary>
    public decimal? Target { get; init; }

    /// <summary>The title of a CSV series (a CSV has no title); the file name without extension when read from a file.</summary>
    public string? Title { get; init; }

    /// <summary>The options the chart is calculated with.</summary>
    public SpcOptions Options { get; init; } = SpcOptions.Default;

    /// <summary>The limits on what is read: document size, points, title length, issues reported.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of reading a measure series.</summary>
/// <param name="Report">Every issue found: reading (JSON or CSV) and checking the series (<see cref="MeasureSeries.Create"/>).</param>
/// <param name="Series">The series, when it has no errors.</param>
/// <param name="Chart">The XmR chart of the series, when the series could be made.</param>
public sealed record MeasureSeriesValidationResult(ValidationReport Report, MeasureSeries? Series, XmrChart? Chart)
{
    /// <summary>True when the report has no errors (and so the chart was calculated).</summary>
    public bool IsValid => Report.IsValid;
}

/// <summary>
/// Reads measure series, from a JSON document (<c>docs/schemas/measure-series.schema.json</c>) or CSV
/// (<c>date,value[,ghosted]</c>), checks them and calculates their XmR chart. Never throws for bad data: every problem
/// is an issue located at <c>$.points[i]</c> (and, in CSV, naming its line).
/// </summary>
public static class MeasureSeriesDocument
{
    /// <summary>The document kind, as issues name it.</summary>
    internal const string Kind = "measure-series";

    /// <summary>Issue code: a CSV quoted field is not closed, or text follows a closing quote.</summary>
    public static IssueCode CsvMalformed { get; } = IssueCode.Create("csv.malformed");

    /// <summary>Issue code: the CSV's first line is not a header naming <c>date</c> and <c>value</c>.</summary>
    public static IssueCode CsvMissingHeader { get; } = IssueCode.Create("csv.missing-header");

    /// <summary>Issue code: a CSV header names a column the format does not define, or names one twice.</summary>
    public static IssueCode CsvUnknownColumn { get; } = IssueCode.Create("csv.unknown-column");

    /// <summary>Issue code: a CSV line has more or fewer fields than the header.</summary>
    public static IssueCode CsvFieldCount { get; } = IssueCode.Create("csv.field-count");

    /// <summary>Issue code: a CSV line is blank (reported, not read).</summary>
    public static IssueCode CsvBlankLine { get; } = IssueCode.Create("csv.blank-line");

    /// <summary>Issue code: a date that is not an ISO date (yyyy-MM-dd).</summary>
    public static IssueCode InvalidDate { get; } = IssueCode.Create("value.invalid-date");

    /// <summary>Issue code: a value that is not a number.</summary>
    public static IssueCode InvalidNumber { get; } = IssueCode.Create("value.invalid-number");

    /// <summary>Issue code: a ghosted flag that is not true, false, yes, no, 1, 0 or empty.</summary>
    public static IssueCode InvalidFlag { get; } = IssueCode.Create("value.invalid-flag");

    /// <summary>Reads a measure series document (JSON).</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="MeasureSeriesSettings.Default"/> when null.</param>
    /// <returns>The report, the series and its chart.</returns>
    public static MeasureSeriesValidationResult Validate(ReadOnlySpan<byte> utf8Json, MeasureSeriesSettings? settings = null)
    {
        settings ??= MeasureSeriesSettings.Default;
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return TooLarge(utf8Json.Length, settings);
        }

        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.MeasureSeriesDocumentContract, Kind, issues);
        if (contract is null)
        {
            return Finish(issues, null, settings);
        }

        var root = DocumentPath.Root;
        var m = new ContractValueReader(issues, settings.Limits);
        m.SchemaVersion(contract.SchemaVersion, root.Property("schemaVersion"));
        var title = m.Text(contract.Title, root.Property("title"));
        var direction = m.Enum<ImprovementDirection>(contract.Direction, root.Property("direction"));
        var points = m.Each(contract.Points, root.Property("points"), (p, _) => new MeasurePoint(p.Date, p.Value, p.Ghosted ?? false));
        var recalculations = contract.Recalculations ?? [];
        if (recalculations.Count > settings.Limits.MaxListLength)
        {
            issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.ListTooLong, root.Property("recalculations"),
                string.Create(CultureInfo.InvariantCulture, $"This list has {recalculations.Count} entries; at most {settings.Limits.MaxListLength} are read (limit: --max-list-length)."),
                recalculations.Count.ToString(CultureInfo.InvariantCulture));
            recalculations = [];
        }

        var series = MeasureSeries.Create(title ?? "Measure", points, settings.Direction ?? direction ?? ImprovementDirection.Neither,
            settings.Target ?? contract.Target, recalculations, contract.Baseline);
        issues.AddRange(series.Issues);
        return Finish(issues, series.ValueOrDefault, settings);
    }

    /// <summary>Reads a measure series as CSV: a header line naming <c>date</c> and <c>value</c> (and optionally <c>ghosted</c>), in any order, then one point per line.</summary>
    /// <param name="utf8Csv">The CSV, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; the title is <see cref="MeasureSeriesSettings.Title"/>, or "Measure".</param>
    /// <returns>The report, the series and its chart.</returns>
    /// <remarks>
    /// RFC 4180: fields separated by commas, optionally in double quotes (a quote inside doubled), lines ending in LF or
    /// CRLF. Each line after the header is point <c>i</c> (<c>$.points[i]</c>, counted from 0); every issue about it
    /// names its line, counted from 1 with the header as line 1. An empty value is a gap, which the series refuses. A
    /// blank line is reported as a warning and not counted as a point; every other line is a point or an issue.
    /// </remarks>
    public static MeasureSeriesValidationResult ValidateCsv(ReadOnlySpan<byte> utf8Csv, MeasureSeriesSettings? settings = null)
    {
        settings ??= MeasureSeriesSettings.Default;
        if (utf8Csv.Length > settings.Limits.MaxDocumentBytes)
        {
            return TooLarge(utf8Csv.Length, settings);
        }

        var issues = new IssueCollector();
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(JsonDocuments.TrimBom(utf8Csv));
        }
        catch (System.Text.DecoderFallbackException)
        {
            issues.Error(IssueKind.Structure, null, CsvMalformed, DocumentPath.Root, "The CSV is not valid UTF-8 text.");
            return Finish(issues, null, settings);
        }

        var points = MeasureSeriesCsv.Read(text, issues, settings.Limits, out var lines);
        if (points is null)
        {
            return Finish(issues, null, settings);
        }

        var title = settings.Title is { } t && !string.IsNullOrWhiteSpace(t) ? t : "Measure";
        var series = MeasureSeries.Create(title, points, settings.Direction ?? ImprovementDirection.Neither, settings.Target);
        // A null point is one the reader refused, and has already reported with its line.
        foreach (var issue in series.Issues.Where(i => i.Code != SpcIssueCodes.MissingPoint))
        {
            issues.Add(MeasureSeriesCsv.WithLine(issue, lines));
        }

        return Finish(issues, series.ValueOrDefault, settings);
    }

    /// <summary>
    /// Reads a measure series file: CSV when its name ends in <c>.csv</c> (any case), a JSON document otherwise. A file
    /// that cannot be read, or is over the size limit (checked before reading), is an issue, not an exception.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The settings; a CSV's title defaults to the file name without extension.</param>
    /// <returns>The result.</returns>
    public static MeasureSeriesValidationResult ValidateFile(string path, MeasureSeriesSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= MeasureSeriesSettings.Default;
        var format = FormatOf(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > settings.Limits.MaxDocumentBytes)
            {
                return TooLarge(length, settings);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // JsonDocuments.ReadFile reports the same failure with its path below.
        }

        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        if (bytes is null)
        {
            return Finish(issues, null, settings);
        }

        return format == MeasureSeriesFormat.Csv
            ? ValidateCsv(bytes, settings with { Title = settings.Title ?? Path.GetFileNameWithoutExtension(path) })
            : Validate(bytes, settings);
    }

    /// <summary>The format a file is read as: CSV when its name ends in <c>.csv</c> (any case), JSON otherwise.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The format.</returns>
    public static MeasureSeriesFormat FormatOf(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? MeasureSeriesFormat.Csv : MeasureSeriesFormat.Json;

    private static MeasureSeriesValidationResult TooLarge(long length, MeasureSeriesSettings settings)
    {
        var issues = new IssueCollector();
        issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.TooLarge, DocumentPath.Root,
            string.Create(CultureInfo.InvariantCulture,
                $"The document is {length} bytes; at most {settings.Limits.MaxDocumentBytes} bytes are read (limit: --max-document-bytes). It was not read."),
            length.ToString(CultureInfo.InvariantCulture));
        return Finish(issues, null, settings);
    }

    private static MeasureSeriesValidationResult Finish(IssueCollector issues, MeasureSeries? series, MeasureSeriesSettings settings)
    {
        var report = ValidationReport.FromIssues(settings.Limits.Apply(issues.Issues));
        if (series is null || !report.IsValid)
        {
            return new MeasureSeriesValidationResult(report, null, null);
        }

        return new MeasureSeriesValidationResult(report, series, XmrChart.Calculate(series, settings.Options));
    }
}

/// <summary>The CSV reader of measure series: a small RFC 4180 parser that keeps every line's number.</summary>
internal static class MeasureSeriesCsv
{
    private static readonly string[] Columns = ["date", "value", "ghosted"];

    /// <summary>Reads the points; null when the header is unusable. <paramref name="lines"/> gives each point's line number.</summary>
    public static ImmutableArray<MeasurePoint?>? Read(string text, IssueCollector issues, ValidationLimits limits, out ImmutableArray<int> lines)
    {
        lines = [];
        var records = Records(text, issues);
        if (records.Count == 0 || records[0].Fields.Count == 1 && records[0].Fields[0].Length == 0)
        {
            issues.Error(IssueKind.Structure, null, CareCommunityDocument.EmptyDocument, DocumentPath.Root,
                "The CSV is empty: expected a header line 'date,value' and one line per point.");
            return null;
        }

        var header = records[0];
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (!names.Contains("date") || !names.Contains("value"))
        {
            var first = string.Join(",", header.Fields);
            issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvMissingHeader, DocumentPath.Root,
                $"line {header.Line}: the first line must be a header naming the columns date and value (e.g. 'date,value' or 'date,value,ghosted'); it is '{limits.Echo(first)}'.",
                first);
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < names.Length; c++)
        {
            if (!Columns.Contains(names[c]))
            {
                issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvUnknownColumn, DocumentPath.Root,
                    $"line {header.Line}: the column '{limits.Echo(header.Fields[c])}' is not defined: the columns are date, value and (optionally) ghosted.", header.Fields[c]);
            }
            else if (!index.TryAdd(names[c], c))
            {
                issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvUnknownColumn, DocumentPath.Root,
                    $"line {header.Line}: the column '{names[c]}' is named twice.", header.Fields[c]);
            }
        }

        if (issues.HasErrors)
        {
            return null;
        }

        var points = ImmutableArray.CreateBuilder<MeasurePoint?>();
        var lineNumbers = ImmutableArray.CreateBuilder<int>();
        var rows = records.Skip(1).Where(r => !IsBlank(r, issues)).ToList();
        if (rows.Count > limits.MaxListLength)
        {
            issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.ListTooLong, DocumentPath.Root.Property("points"),
                string.Create(CultureInfo.InvariantCulture,
                    $"The CSV has {rows.Count} points (lines {rows[0].Line} to {rows[^1].Line}); at most {limits.MaxListLength} are read (limit: --max-list-length). None was charted."),
                rows.Count.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = DocumentPath.Root.Property("points").Index(i);
            lineNumbers.Add(row.Line);
            if (row.Fields.Count != header.Fields.Count)
            {
                issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvFieldCount, at,
                    string.Create(CultureInfo.InvariantCulture, $"line {row.Line}: {row.Fields.Count} field(s), but the header has {header.Fields.Count}."),
                    limits.Echo(string.Join(",", row.Fields)));
                points.Add(null);
                continue;
            }

            var dateText = row.Fields[index["date"]].Trim();
            var valueText = row.Fields[index["value"]].Trim();
            var ghostText = index.TryGetValue("ghosted", out var g) ? row.Fields[g].Trim() : "";
            var date = NodaTime.Text.LocalDatePattern.Iso.Parse(dateText);
            if (!date.Success)
            {
                issues.Error(IssueKind.Value, null, MeasureSeriesDocument.InvalidDate, at.Property("date"),
                    $"line {row.Line}: '{limits.Echo(dateText)}' is not a date in the form yyyy-MM-dd.", dateText);
            }

            decimal? value = null;
            if (valueText.Length > 0)
            {
                if (decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v))
                {
                    value = v;
                }
                else
                {
                    issues.Error(IssueKind.Value, null, MeasureSeriesDocument.InvalidNumber, at.Property("value"),
                        $"line {row.Line}: '{limits.Echo(valueText)}' is not a number (e.g. 4 or 3.75; leave it empty for a gap).", valueText);
                }
            }

            bool? ghosted = ghostText.ToLowerInvariant() switch
            {
                "" or "false" or "no" or "0" => false,
                "true" or "yes" or "1" => true,
                _ => null,
            };
            if (ghosted is null)
            {
                issues.Error(IssueKind.Value, null, MeasureSeriesDocument.InvalidFlag, at.Property("ghosted"),
                    $"line {row.Line}: '{limits.Echo(ghostText)}' is not a ghosted flag: use true, false, yes, no, 1, 0 or leave it empty.", ghostText);
            }

            points.Add(date.Success && (value is not null || valueText.Length == 0) && ghosted is not null
                ? new MeasurePoint(date.Value, value, ghosted.Value)
                : null);
        }

        lines = lineNumbers.ToImmutable();
        return points.ToImmutable();
    }

    /// <summary>An issue of the series about point i, with "line N: " added to its message; a refused point (null) was already reported.</summary>
    public static ValidationIssue WithLine(ValidationIssue issue, ImmutableArray<int> lines)
    {
        var text = issue.Location.ToString();
        const string prefix = "$.points[";
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return issue;
        }

        var end = text.IndexOf(']', prefix.Length);
        return end > 0 && int.TryParse(text.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < lines.Length
            ? new ValidationIssue(issue.Severity, issue.Kind, issue.Rule, issue.Code, issue.Location, string.Create(CultureInfo.InvariantCulture, $"line {lines[i]}: {issue.Message}"), issue.OffendingValue)
            : issue;
    }

    private static bool IsBlank(CsvRecord record, IssueCollector issues)
    {
        if (record.Fields.Count == 1 && record.Fields[0].Trim().Length == 0 && !record.Quoted)
        {
            issues.Warning(IssueKind.Structure, null, MeasureSeriesDocument.CsvBlankLine, DocumentPath.Root,
                string.Create(CultureInfo.InvariantCulture, $"line {record.Line}: the line is blank; it was not read as a point."));
            return true;
        }

        return false;
    }

    /// <summary>Splits the text into records. A final line ending does not start a record.</summary>
    internal static List<CsvRecord> Records(string text, IssueCollector issues)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var anyQuoted = false;
        var position = 0;
        while (position <= text.Length)
        {
            if (position == text.Length)
            {
                if (field.Length > 0 || fields.Count > 0 || anyQuoted)
                {
                    fields.Add(field.ToString());
                    records.Add(new CsvRecord(recordLine, [.. fields], anyQuoted));
                }

                break;
            }

            var c = text[position];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                // A quoted field: read to the closing quote.
                anyQuoted = true;
                var start = line;
                position++;
                var closed = false;
                while (position < text.Length)
                {
                    var q = text[position];
                    if (q == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"')
                        {
                            field.Append('"');
                            position += 2;
                            continue;
                        }

                        closed = true;
                        position++;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                    }

                    field.Append(q);
                    position++;
                }

                if (!closed)
                {
                    issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvMalformed, DocumentPath.Root,
                        string.Create(CultureInfo.InvariantCulture, $"line {start}: a quoted field is not closed (a double quote is missing); the rest of the file could not be read."));
                    fields.Add(field.ToString());
                    records.Add(new CsvRecord(recordLine, [.. fields], true));
                    return records;
                }

                if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                {
                    issues.Error(IssueKind.Structure, null, MeasureSeriesDocument.CsvMalformed, DocumentPath.Root,
                        string.Create(CultureInfo.InvariantCulture, $"line {line}: text follows a closing double quote; quote the whole field and double any quote inside it."));
                    while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[position++]);
                    }
                }

                quoted = true;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    position++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    records.Add(new CsvRecord(recordLine, [.. fields], anyQuoted));
                    fields.Clear();
                    field.Clear();
                    quoted = false;
                    anyQuoted = false;
                    position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    position++;
                    break;
            }
        }

        return records;
    }

    /// <summary>One CSV record: the line it starts on and its fields, unquoted.</summary>
    internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool Quoted);
}
