using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CareCommunity.Notebooks;

/// <summary>A value that knows how to show itself in a notebook: a MIME bundle (MIME type to text).</summary>
public interface IRichDisplay
{
    /// <summary>The representations, e.g. image/svg+xml and text/plain.</summary>
    /// <returns>MIME type to text.</returns>
    IReadOnlyDictionary<string, string> ToMimeBundle();
}

/// <summary>Formats values for notebook outputs, deterministically and culture-invariantly.</summary>
public static class NotebookFormatter
{
    /// <summary>The MIME bundle for a value: its own for an <see cref="IRichDisplay"/>, text/plain otherwise.</summary>
    /// <param name="value">The value.</param>
    /// <returns>MIME type to text.</returns>
    public static IReadOnlyDictionary<string, string> ToMimeBundle(object? value) => value is IRichDisplay rich
        ? rich.ToMimeBundle()
        : new Dictionary<string, string> { ["text/plain"] = ToText(value) };

    /// <summary>
    /// A value as invariant text: strings as they are, dates (NodaTime <c>LocalDate</c>) as ISO <c>yyyy-MM-dd</c>, other
    /// formattables invariantly, sequences as <c>[a, b]</c> (one item a line when long), anything else by ToString.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string ToText(object? value) => value switch
    {
        null => "null",
        string s => s,
        NodaTime.LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => Sequence(e),
        _ => value.ToString() ?? "",
    };

    /// <summary>A table cell's text: as <see cref="ToText"/>, but null is empty.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string CellText(object? value) => value is null ? "" : ToText(value);

    private static string Sequence(IEnumerable items)
    {
        var texts = items.Cast<object?>().Select(ToText).ToArray();
        var oneLine = "[" + string.Join(", ", texts) + "]";
        return oneLine.Length <= 100 && !oneLine.Contains('\n', StringComparison.Ordinal)
            ? oneLine
            : string.Join("\n", texts);
    }
}

/// <summary>An SVG image to display; shows as image/svg+xml with a text/plain fallback.</summary>
/// <param name="Svg">The SVG document.</param>
/// <param name="Description">What it shows, for the text/plain fallback.</param>
public sealed record SvgImage(string Svg, string Description = "SVG image") : IRichDisplay
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        ["image/svg+xml"] = Svg,
        ["text/plain"] = Description,
    };

    /// <inheritdoc />
    public override string ToString() => Description;
}

/// <summary>Markdown text to display as text/markdown.</summary>
/// <param name="Text">The markdown.</param>
public sealed record MarkdownText(string Text) : IRichDisplay
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        ["text/markdown"] = Text,
        ["text/plain"] = Text,
    };
}

/// <summary>HTML to display as text/html.</summary>
/// <param name="Html">The HTML.</param>
/// <param name="PlainText">A text/plain fallback.</param>
public sealed record HtmlText(string Html, string PlainText) : IRichDisplay
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        ["text/html"] = Html,
        ["text/plain"] = PlainText,
    };
}

/// <summary>
/// A table for a notebook: shows as an HTML table (text/html, rendered by Jupyter, VS Code and GitHub) with an
/// aligned text/plain fallback. Cell values are formatted with <see cref="NotebookFormatter.CellText"/>.
/// </summary>
public sealed class NotebookTable : IRichDisplay
{
    /// <summary>Creates a table.</summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows; each as long as the headers.</param>
    public NotebookTable(IEnumerable<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        Headers = headers.ToArray();
        Rows = rows.Select(r => (IReadOnlyList<string>)r.Select(NotebookFormatter.CellText).ToArray()).ToArray();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Count != Headers.Count)
            {
                throw new ArgumentException($"Row {i} has {Rows[i].Count} cells; the table has {Headers.Count} columns.", nameof(rows));
            }
        }
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows, as text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>A table of objects: one column per public readable instance property, in declaration order.</summary>
    /// <typeparam name="T">The row type (a record, an anonymous type, …).</typeparam>
    /// <param name="rows">The rows.</param>
    /// <returns>The table.</returns>
    public static NotebookTable From<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray();
        if (properties.Length == 0)
        {
            return new NotebookTable(["Value"], rows.Select(r => new object?[] { r }));
        }

        return new NotebookTable(properties.Select(p => p.Name), rows.Select(r => properties.Select(p => r is null ? null : p.GetValue(r))));
    }

    /// <summary>The HTML table.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table>\n  <thead>\n    <tr>");
        foreach (var h in Headers)
        {
            html.Append("<th>").Append(Encode(h)).Append("</th>");
        }

        html.Append("</tr>\n  </thead>\n  <tbody>\n");
        foreach (var row in Rows)
        {
            html.Append("    <tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("  </tbody>\n</table>");
        return html.ToString();
    }

    /// <summary>The table as aligned plain text.</summary>
    /// <returns>The text.</returns>
    public string ToPlainText()
    {
        static string OneLine(string s) => s.Replace("\n", " ", StringComparison.Ordinal);
        var widths = Headers.Select((h, i) => Rows.Select(r => OneLine(r[i]).Length).Append(h.Length).Max()).ToArray();
        string Line(IEnumerable<string> cells) => string.Join(" | ", cells.Select((c, i) => OneLine(c).PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { Line(Headers), string.Join("-|-", widths.Select(w => new string('-', w))) };
        lines.AddRange(Rows.Select(Line));
        return string.Join("\n", lines);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        ["text/html"] = ToHtml(),
        ["text/plain"] = ToPlainText(),
    };

    /// <inheritdoc />
    public override string ToString() => ToPlainText();

    private static string Encode(string text) => Markup.Escape(text).Replace("\n", "<br/>", StringComparison.Ordinal);
}

/// <summary>Escaping for HTML and SVG (XML) text and attribute values.</summary>
public static class Markup
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' (other characters, "£" included, stay as they are).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
