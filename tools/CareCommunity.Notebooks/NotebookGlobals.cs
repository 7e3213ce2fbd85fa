using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CareCommunity.Notebooks;

/// <summary>
/// The globals every notebook cell sees: <c>display(value)</c> (the .NET Interactive name), <c>Display.Svg(...)</c>,
/// <c>Display.Table(...)</c>, <c>Display.Markdown(...)</c>, <c>Display.Html(...)</c>, and where the notebook is
/// (<see cref="NotebookDirectory"/>, <see cref="NotebookPath"/>). While a notebook runs, the current directory is the
/// notebook's folder, so relative paths in cells resolve against it.
/// </summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals(string notebookPath)
    {
        NotebookPath = notebookPath;
        NotebookDirectory = Path.GetDirectoryName(notebookPath) ?? Environment.CurrentDirectory;
        Display = new DisplayApi(this);
    }

    /// <summary>The outputs of the cell that is running.</summary>
    internal CellOutputSink Sink { get; set; } = new();

    /// <summary>The notebook file's full path.</summary>
    public string NotebookPath { get; }

    /// <summary>The notebook's folder (also the current directory while the notebook runs).</summary>
    public string NotebookDirectory { get; }

    /// <summary>Rich displays: SVG, tables, markdown, HTML.</summary>
    public DisplayApi Display { get; }

    /// <summary>Displays a value (display_data): its own MIME bundle for an <see cref="IRichDisplay"/>, invariant text otherwise.</summary>
    /// <param name="value">The value.</param>
    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The .NET Interactive API is named display.")]
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "None.")]
    public void display(object? value) => Sink.Display(NotebookFormatter.ToMimeBundle(value));
}

/// <summary>The <c>Display</c> helpers available to notebook cells.</summary>
public sealed class DisplayApi
{
    private readonly NotebookGlobals _owner;

    internal DisplayApi(NotebookGlobals owner) => _owner = owner;

    /// <summary>Displays an SVG document (display_data, image/svg+xml).</summary>
    /// <param name="svg">The SVG.</param>
    /// <param name="description">A text/plain fallback.</param>
    public void Svg(string svg, string description = "SVG image") => Svg(new SvgImage(svg, description));

    /// <summary>Displays an SVG image, e.g. a chart from <see cref="SvgChart"/>.</summary>
    /// <param name="image">The image.</param>
    public void Svg(SvgImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        _owner.Sink.Display(image.ToMimeBundle());
    }

    /// <summary>Displays a table of objects, one column per public property (text/html and text/plain).</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="rows">The rows.</param>
    public void Table<T>(IEnumerable<T> rows) => _owner.Sink.Display(NotebookTable.From(rows).ToMimeBundle());

    /// <summary>Displays a table with the given headers and rows.</summary>
    /// <param name="headers">The headers.</param>
    /// <param name="rows">The rows.</param>
    public void Table(IEnumerable<string> headers, IEnumerable<IEnumerable<object?>> rows) =>
        _owner.Sink.Display(new NotebookTable(headers, rows).ToMimeBundle());

    /// <summary>Displays markdown (text/markdown).</summary>
    /// <param name="markdown">The markdown.</param>
    public void Markdown(string markdown) => _owner.Sink.Display(new MarkdownText(markdown).ToMimeBundle());

    /// <summary>Displays HTML (text/html).</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="plainText">A text/plain fallback.</param>
    public void Html(string html, string plainText = "HTML") => _owner.Sink.Display(new HtmlText(html, plainText).ToMimeBundle());
}

/// <summary>
/// Collects one cell's outputs in order: console text accumulates into a stream output until a display or the end of
/// the cell; consecutive writes to the same stream merge, as Jupyter does.
/// </summary>
internal sealed class CellOutputSink
{
    private readonly List<NotebookOutput> _outputs = [];
    private readonly StringBuilder _pending = new();
    private readonly Lock _gate = new();
    private string? _pendingStream;

    public TextWriter Writer(string stream) => new SinkWriter(this, stream);

    public void Write(string stream, string text)
    {
        lock (_gate)
        {
            if (_pendingStream != stream)
            {
                FlushPending();
                _pendingStream = stream;
            }

            _pending.Append(text);
        }
    }

    public void Display(IReadOnlyDictionary<string, string> bundle)
    {
        lock (_gate)
        {
            FlushPending();
            _outputs.Add(NotebookOutput.DisplayData(bundle));
        }
    }

    public void Result(int executionCount, IReadOnlyDictionary<string, string> bundle)
    {
        lock (_gate)
        {
            FlushPending();
            _outputs.Add(NotebookOutput.ExecuteResult(executionCount, bundle));
        }
    }

    public IReadOnlyList<NotebookOutput> Complete()
    {
        lock (_gate)
        {
            FlushPending();
            return [.. _outputs];
        }
    }

    private void FlushPending()
    {
        if (_pendingStream is not null && _pending.Length > 0)
        {
            _outputs.Add(NotebookOutput.Stream(_pendingStream, _pending.ToString()));
        }

        _pending.Clear();
        _pendingStream = null;
    }

    private sealed class SinkWriter : TextWriter
    {
        private readonly CellOutputSink _sink;
        private readonly string _stream;

        public SinkWriter(CellOutputSink sink, string stream)
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
            _sink = sink;
            _stream = stream;
            CoreNewLine = ['\n'];
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => _sink.Write(_stream, value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _sink.Write(_stream, value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => _sink.Write(_stream, new string(buffer, index, count));
    }
}
