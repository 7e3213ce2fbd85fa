namespace CareCommunity.Notebooks;

/// <summary>
/// The command line: <c>refresh &lt;folder-or-notebook&gt;...</c> runs each notebook and writes its outputs back;
/// <c>check &lt;folder-or-notebook&gt;...</c> runs each and exits 1 when any stored output differs from the fresh run.
/// Exit codes: 0 success, 1 stale outputs or a failing notebook, 2 usage error.
/// </summary>
public static class NotebookCli
{
    /// <summary>The command that refreshes the sample notebooks, for messages.</summary>
    public const string RefreshCommand = "dotnet run --project tools/CareCommunity.Notebooks -- refresh samples/notebooks";

    private const string Usage = """
        Usage:
          CareCommunity.Notebooks refresh <folder-or-notebook>...   run the notebooks and write their outputs back
          CareCommunity.Notebooks check <folder-or-notebook>...     exit 1 when stored outputs differ from a fresh run
        A folder is searched recursively for *.ipynb (.ipynb_checkpoints folders are skipped).
        """;

    /// <summary>Runs a command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="cancellationToken">Cancels between cells.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length < 2 || args[0] is not ("refresh" or "check"))
        {
            await error.WriteLineAsync(args.Length > 0 && args[0] is "-h" or "--help" ? "" : "Expected a command and at least one path.").ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var refresh = args[0] == "refresh";
        IReadOnlyList<string> notebooks;
        try
        {
            notebooks = NotebookFiles.Find(args.Skip(1));
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        if (notebooks.Count == 0)
        {
            await error.WriteLineAsync($"No notebooks (*.ipynb) found in {string.Join(", ", args.Skip(1))}.").ConfigureAwait(false);
            return 1;
        }

        var runner = new NotebookRunner();
        var failed = 0;
        foreach (var path in notebooks)
        {
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, path);
            NotebookDocument stored;
            NotebookDocument fresh;
            try
            {
                stored = NotebookDocument.Load(path);
                fresh = await runner.RunAsync(stored, path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NotebookExecutionException or InvalidDataException)
            {
                failed++;
                await error.WriteLineAsync($"FAILED {shown}: {e.Message}").ConfigureAwait(false);
                continue;
            }

            if (refresh)
            {
                var text = fresh.ToJson();
                var before = File.ReadAllText(path);
                if (string.Equals(before, text, StringComparison.Ordinal))
                {
                    await output.WriteLineAsync($"unchanged {shown}").ConfigureAwait(false);
                }
                else
                {
                    fresh.Save(path);
                    await output.WriteLineAsync($"refreshed {shown}").ConfigureAwait(false);
                }

                continue;
            }

            var differences = NotebookComparer.Compare(stored, fresh);
            if (differences.Count == 0)
            {
                await output.WriteLineAsync($"fresh {shown}").ConfigureAwait(false);
                continue;
            }

            failed++;
            foreach (var d in differences)
            {
                await error.WriteLineAsync($"STALE {shown} cell {d.CellIndex}: {d.Description}").ConfigureAwait(false);
            }
        }

        if (failed > 0 && !refresh)
        {
            await error.WriteLineAsync($"{failed} notebook(s) stale or failing. Refresh the stored outputs with: {RefreshCommand}").ConfigureAwait(false);
        }

        return failed == 0 ? 0 : 1;
    }
}

/// <summary>Finds notebooks.</summary>
public static class NotebookFiles
{
    /// <summary>The notebooks named by files and folders (searched recursively, .ipynb_checkpoints skipped), full paths in ordinal order.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The notebooks.</returns>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                found.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.ipynb", SearchOption.AllDirectories))
                {
                    if (!file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains(".ipynb_checkpoints", StringComparer.Ordinal))
                    {
                        found.Add(file);
                    }
                }
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return [.. found];
    }
}
