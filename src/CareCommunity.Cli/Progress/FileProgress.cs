using Spectre.Console;

namespace CareCommunity.Cli.Progress;

/// <summary>How a command shows its progress over several files on standard error.</summary>
internal interface IFileProgress
{
    /// <summary>Runs <paramref name="each"/> for every file, in order, showing progress when there are several.</summary>
    /// <param name="verb">What is done to each file, e.g. <c>validating</c>.</param>
    /// <param name="paths">The files.</param>
    /// <param name="each">The work for the file at an index.</param>
    void ForEach(string verb, IReadOnlyList<string> paths, Action<int> each);
}

/// <summary>Progress as plain lines (<c>validating 2/3: b.json</c>): for standard error redirected to a file, a pipe or a test.</summary>
/// <param name="error">Standard error.</param>
internal sealed class PlainFileProgress(TextWriter error) : IFileProgress
{
    /// <inheritdoc/>
    public void ForEach(string verb, IReadOnlyList<string> paths, Action<int> each)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths.Count > 1)
            {
                error.WriteLine($"{verb} {i + 1}/{paths.Count}: {paths[i]}");
            }

            each(i);
        }
    }
}

/// <summary>
/// Progress as a Spectre.Console progress bar on standard error, for a terminal: one bar over the files, showing the
/// file being worked on. Standard output is untouched, so results piped elsewhere stay clean.
/// </summary>
/// <param name="console">A Spectre console writing to standard error.</param>
internal sealed class TerminalFileProgress(IAnsiConsole console) : IFileProgress
{
    /// <summary>The console progress is drawn on (for commands that show progress by records).</summary>
    public IAnsiConsole Console => console;

    /// <summary>A terminal progress writing to <paramref name="error"/> (standard error).</summary>
    /// <param name="error">Standard error.</param>
    /// <returns>The progress.</returns>
    public static TerminalFileProgress For(TextWriter error) =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }));

    /// <inheritdoc/>
    public void ForEach(string verb, IReadOnlyList<string> paths, Action<int> each)
    {
        if (paths.Count < 2)
        {
            for (var i = 0; i < paths.Count; i++)
            {
                each(i);
            }

            return;
        }

        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(verb, autoStart: true, maxValue: paths.Count);
                for (var i = 0; i < paths.Count; i++)
                {
                    task.Description = Markup.Escape($"{verb} {i + 1}/{paths.Count}: {paths[i]}");
                    each(i);
                    task.Increment(1);
                }
            });
        console.WriteLine($"{verb} {paths.Count} files: done");
    }
}
