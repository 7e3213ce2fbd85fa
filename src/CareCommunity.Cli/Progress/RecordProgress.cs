using System.Globalization;
using Spectre.Console;

namespace CareCommunity.Cli.Progress;

/// <summary>How a command shows its progress through many records (e.g. generating a population) on standard error.</summary>
internal interface IRecordProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports how many records it has done through the callback it is given.</summary>
    /// <param name="verb">What is done, e.g. <c>generating</c>.</param>
    /// <param name="total">How many records there will be.</param>
    /// <param name="work">The work, given the callback to report through.</param>
    void Run(string verb, long total, Action<Action<long>> work);
}

/// <summary>The record progress for a command's context: a Spectre.Console bar when standard error is a terminal
/// (the application then chose <see cref="TerminalFileProgress"/>), otherwise none, so redirected output stays clean.</summary>
internal static class RecordProgress
{
    /// <summary>The progress for standard error.</summary>
    /// <param name="fileProgress">The context's file progress (terminal or plain).</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The progress.</returns>
    public static IRecordProgress For(IFileProgress fileProgress, TextWriter error) =>
        fileProgress is TerminalFileProgress ? OnTerminal(error) : new SilentRecordProgress();

    /// <summary>A Spectre.Console bar on <paramref name="error"/>: a method of its own, so that Spectre.Console is loaded only for a terminal.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static TerminalRecordProgress OnTerminal(TextWriter error) =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }));

    /// <summary>
    /// Runs <paramref name="work"/>, showing progress: a bar when standard error is a terminal; otherwise the plain lines
    /// of <paramref name="plain"/>, when the command gives it (standard error then carries nothing else line by line).
    /// </summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="progress">The application's progress (a terminal one draws bars).</param>
    /// <param name="verb">What is being done, e.g. <c>classifying</c>.</param>
    /// <param name="totalBytes">The input's length, or null when unknown (standard input).</param>
    /// <param name="work">The work, given a callback taking the records and bytes read so far.</param>
    /// <param name="plain">Plain progress lines for a redirected standard error, or null for none.</param>
    /// <returns>What the work returned.</returns>
    public static T Run<T>(IFileProgress progress, string verb, long? totalBytes, Func<Action<long, long>?, T> work, PlainRecordProgress? plain = null)
    {
        return progress is TerminalFileProgress terminal ? RunOnTerminal(terminal, verb, totalBytes, work) : work(plain?.Callback(verb, totalBytes));
    }

    /// <summary>
    /// <see cref="Run{T}"/> with a Spectre.Console bar. A method of its own so that a run whose standard error is not a
    /// terminal never compiles a reference to Spectre.Console, nor loads it (start-up time, docs/decisions/0061).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static T RunOnTerminal<T>(TerminalFileProgress terminal, string verb, long? totalBytes, Func<Action<long, long>?, T> work)
    {
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

/// <summary>
/// Progress by records as plain lines on a redirected standard error (a log file, a CI job): at most one line per
/// <see cref="Interval"/> by the clock, so a run shorter than that writes none (decision 0070).
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="clock">The clock that spaces the lines.</param>
internal sealed class PlainRecordProgress(TextWriter error, NodaTime.IClock clock)
{
    /// <summary>The least time between two lines: ten seconds.</summary>
    public static NodaTime.Duration Interval { get; } = NodaTime.Duration.FromSeconds(10);

    /// <summary>A callback taking the records and bytes read so far, writing a line when the interval has passed.</summary>
    /// <param name="verb">What is being done, e.g. <c>classifying</c>.</param>
    /// <param name="totalBytes">The input's length, or null when unknown (standard input).</param>
    /// <returns>The callback (called by one thread at a time).</returns>
    public Action<long, long> Callback(string verb, long? totalBytes)
    {
        var next = clock.GetCurrentInstant() + Interval;
        return (records, bytes) =>
        {
            var now = clock.GetCurrentInstant();
            if (now < next)
            {
                return;
            }

            next = now + Interval;
            error.WriteLine(totalBytes is > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{verb}: {records:N0} records, {Math.Min(100, 100 * bytes / totalBytes.Value)}% of the input read")
                : string.Create(CultureInfo.InvariantCulture, $"{verb}: {records:N0} records"));
        };
    }
}

/// <summary>No progress: for standard error redirected to a file, a pipe or a test.</summary>
internal sealed class SilentRecordProgress : IRecordProgress
{
    /// <inheritdoc/>
    public void Run(string verb, long total, Action<Action<long>> work) => work(_ => { });
}

/// <summary>A Spectre.Console progress bar over the records, on standard error.</summary>
/// <param name="console">A Spectre console writing to standard error.</param>
internal sealed class TerminalRecordProgress(IAnsiConsole console) : IRecordProgress
{
    /// <inheritdoc/>
    public void Run(string verb, long total, Action<Action<long>> work) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(verb, autoStart: true, maxValue: Math.Max(1, total));
                work(done =>
                {
                    task.Value = done;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{verb} {done:N0}/{total:N0} records");
                });
                task.Value = task.MaxValue;
            });
}
