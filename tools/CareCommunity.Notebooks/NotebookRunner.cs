using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NodaTime;

namespace CareCommunity.Notebooks;

/// <summary>A notebook cell failed to compile or threw: names the notebook, the cell and the diagnostic.</summary>
public sealed class NotebookExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="notebookPath">The notebook.</param>
    /// <param name="cellIndex">The 0-based index of the failing cell in the notebook's cells array.</param>
    /// <param name="executionCount">The failing cell's execution count (1-based number among the code cells run).</param>
    /// <param name="detail">The diagnostics or exception.</param>
    /// <param name="inner">The underlying exception.</param>
    public NotebookExecutionException(string notebookPath, int cellIndex, int executionCount, string detail, Exception? inner = null)
        : base($"Notebook '{notebookPath}' failed at cell {cellIndex} (cells[{cellIndex}], code cell {executionCount}): {detail}", inner)
    {
        NotebookPath = notebookPath;
        CellIndex = cellIndex;
        ExecutionCount = executionCount;
        Detail = detail;
    }

    /// <summary>Creates the exception.</summary>
    public NotebookExecutionException()
        : this("", -1, 0, "unknown")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public NotebookExecutionException(string message)
        : this("", -1, 0, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NotebookExecutionException(string message, Exception innerException)
        : this("", -1, 0, message, innerException)
    {
    }

    /// <summary>The notebook.</summary>
    public string NotebookPath { get; }

    /// <summary>The 0-based index of the failing cell in the notebook's cells array.</summary>
    public int CellIndex { get; }

    /// <summary>The failing cell's number among the code cells (its execution count).</summary>
    public int ExecutionCount { get; }

    /// <summary>The compiler diagnostics or the exception, as text.</summary>
    public string Detail { get; }
}

/// <summary>
/// Runs a notebook's code cells in order with Roslyn scripting (the first with <c>CSharpScript.RunAsync</c>, the rest
/// with <c>ScriptState.ContinueWithAsync</c>, so state is shared) and returns the notebook with fresh outputs:
/// console text as "stream" outputs, <c>display(...)</c>/<c>Display.*</c> as "display_data", a cell's last expression
/// value as "execute_result"; execution counts 1..n; markdown cells and blank code cells as they are (blank code cells
/// get no count). Outputs are deterministic: no timings, no timestamps, invariant culture.
/// </summary>
/// <remarks>
/// While a notebook runs the process's current directory is the notebook's folder (relative paths in cells resolve
/// against it; the <c>NotebookDirectory</c> global holds it too), the current culture is invariant, and Console.Out /
/// Console.Error are captured. These are process-wide, so runs are serialised: one notebook at a time per process.
/// </remarks>
public sealed class NotebookRunner
{
    /// <summary>The namespaces every cell imports (those absent from the referenced assemblies are skipped).</summary>
    public static readonly ImmutableArray<string> DefaultImports =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Globalization", "System.Threading.Tasks",
        "System.Collections.Immutable", "NodaTime",
        "CareCommunity.Domain", "CareCommunity.Domain.Rules", "CareCommunity.Domain.Validation", "CareCommunity.Domain.Explanations",
        "CareCommunity.Domain.OperatingModel", "CareCommunity.Domain.Json", "CareCommunity.Notebooks",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<ScriptOptions> LazyOptions = new(CreateScriptOptions);

    /// <summary>The script options: references to the BCL, NodaTime, the domain assemblies and this tool; <see cref="DefaultImports"/>.</summary>
    public static ScriptOptions ScriptOptions => LazyOptions.Value;

    /// <summary>Runs a notebook file and returns it with fresh outputs (the file is not written).</summary>
    /// <param name="path">The .ipynb file.</param>
    /// <param name="cancellationToken">Cancels between cells.</param>
    /// <returns>The notebook with fresh outputs.</returns>
    /// <exception cref="NotebookExecutionException">A cell failed to compile or threw.</exception>
    public Task<NotebookDocument> RunFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        return RunAsync(NotebookDocument.Load(full), full, cancellationToken);
    }

    /// <summary>Runs a notebook and returns it with fresh outputs.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="notebookPath">Where the notebook lives (need not exist): its folder is the working directory.</param>
    /// <param name="cancellationToken">Cancels between cells.</param>
    /// <returns>The notebook with fresh outputs.</returns>
    /// <exception cref="NotebookExecutionException">A cell failed to compile or threw.</exception>
    public async Task<NotebookDocument> RunAsync(NotebookDocument notebook, string notebookPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        var fullPath = Path.GetFullPath(notebookPath);
        var directory = Path.GetDirectoryName(fullPath) ?? Environment.CurrentDirectory;
        var options = ScriptOptions;

        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var savedOut = Console.Out;
        var savedError = Console.Error;
        var savedDirectory = Environment.CurrentDirectory;
        var savedCulture = CultureInfo.CurrentCulture;
        var savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var globals = new NotebookGlobals(fullPath);
            ScriptState<object>? state = null;
            var count = 0;
            var cells = new List<NotebookCell>(notebook.Cells.Count);
            for (var index = 0; index < notebook.Cells.Count; index++)
            {
                var cell = notebook.Cells[index];
                if (!cell.IsCode)
                {
                    cells.Add(cell);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(cell.Source))
                {
                    cells.Add(cell.WithOutputs([], null));
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                count++;
                var sink = new CellOutputSink();
                globals.Sink = sink;
                Console.SetOut(sink.Writer("stdout"));
                Console.SetError(sink.Writer("stderr"));
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(cell.Source, options, globals, typeof(NotebookGlobals), cancellationToken).ConfigureAwait(false)
                        : await state.ContinueWithAsync(cell.Source, options, cancellationToken).ConfigureAwait(false);
                }
                catch (CompilationErrorException e)
                {
                    var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                        .Select(d => CSharpDiagnosticFormatter.Instance.Format(d, CultureInfo.InvariantCulture));
                    throw new NotebookExecutionException(fullPath, index, count, "compilation failed: " + string.Join("; ", errors), e);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    throw new NotebookExecutionException(fullPath, index, count, $"{e.GetType().FullName}: {e.Message}", e);
                }
                finally
                {
                    Console.SetOut(savedOut);
                    Console.SetError(savedError);
                }

                if (state.ReturnValue is { } value)
                {
                    sink.Result(count, NotebookFormatter.ToMimeBundle(value));
                }

                cells.Add(cell.WithOutputs(sink.Complete(), count));
            }

            return notebook.WithCells(cells);
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
            Environment.CurrentDirectory = savedDirectory;
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
            Gate.Release();
        }
    }

    private static ScriptOptions CreateScriptOptions()
    {
        var assemblies = new List<Assembly>
        {
            typeof(object).Assembly,
            typeof(Enumerable).Assembly,
            typeof(List<>).Assembly,
            typeof(ImmutableArray).Assembly,
            typeof(Console).Assembly,
            typeof(File).Assembly,
            typeof(Regex).Assembly,
            typeof(JsonSerializer).Assembly,
            typeof(System.Text.Json.Nodes.JsonNode).Assembly,
            typeof(CultureInfo).Assembly,
            typeof(LocalDate).Assembly,
            typeof(LocalCareCommunity).Assembly,
            typeof(NotebookGlobals).Assembly,
        };
        foreach (var name in new[] { "System.Runtime", "netstandard", "CareCommunity.Domain.Json" })
        {
            try
            {
                assemblies.Add(Assembly.Load(new AssemblyName(name)));
            }
            catch (FileNotFoundException)
            {
                // Not present in this host: cells simply cannot use it.
            }
        }

        var distinct = assemblies.Distinct().Where(a => !string.IsNullOrEmpty(a.Location)).ToArray();
        var namespaces = distinct.SelectMany(ExportedNamespaces).ToHashSet(StringComparer.Ordinal);
        return ScriptOptions.Default
            .AddReferences(distinct)
            .WithImports(DefaultImports.Where(namespaces.Contains))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(false)
            .WithCheckOverflow(true);
    }

    private static IEnumerable<string> ExportedNamespaces(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (NotSupportedException)
        {
            return [];
        }

        return types.Select(t => t.Namespace).OfType<string>().Distinct(StringComparer.Ordinal);
    }
}
