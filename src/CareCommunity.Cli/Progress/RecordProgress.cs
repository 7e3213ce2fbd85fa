using Spectre.Console;

namespace CareCommunity.Cli.Progress;

/// <summary>
/// Progress by records for a command that streams one large input (<c>classify</c>): on a terminal, a Spectre.Console
/// bar over the input's bytes (when its length is known) with the records read so far; otherwise nothing, so that
/// redirected standard error holds only the issues.
/// </summary>
internal static class RecordProgress
{
    /// <summary>Runs <paramref name="work"/>, showing progress when standard error is a terminal.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="progress">The application's progress (a terminal one draws bars).</param>
    /// <param name="verb">What is being done, e.g. <c>classifying</c>.</param>
    /// <param name="totalBytes">The input's length, or null when unknown (standard input).</param>
    /// <param name="work">The work, given a callback taking the records and bytes read so far.</param>
    /// <returns>What the work returned.</returns>
    public static T Run<T>(IFileProgress progress, string verb, long? totalBytes, Func<Action<long, long>?, T> work)
    {
        if (progress is not TerminalFileProgress terminal)
        {
            return work(null);
        }

        var result = default(T)!;
        terminal.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(verb, autoStart: true, maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                result = work((records, bytes) =>
                {
                    task.Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{verb}: {records:N0} records");
                    task.Value = Math.Min(bytes, task.MaxValue);
                });
                task.Value = task.MaxValue;
            });
        return result;
    }
}
