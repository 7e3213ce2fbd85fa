using System.CommandLine;
using CareCommunity.Cli.Progress;
using CareCommunity.Domain.Rules;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// One command of the <c>carecommunity</c> tool, in its own file under <c>Commands/</c>. <see cref="Build"/> gives the
/// System.CommandLine <see cref="Command"/> (name, description, arguments, options: the shared ones from
/// <see cref="SharedOptions"/>, the model's from <see cref="ModelOptions"/>); <see cref="Run"/> does the work and returns
/// an exit code (<see cref="ExitCodes"/>). A usage mistake is a <see cref="UsageException"/> (exit 2).
/// <see cref="CliApplication"/> is the list of commands.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The command, without an action: <see cref="CliApplication"/> sets it to call <see cref="Run"/>.</summary>
    /// <returns>A new command (a fresh one per run of the application).</returns>
    Command Build();

    /// <summary>
    /// Called when the command line's first argument names this command, before the command line is parsed: a command may
    /// start here work that every run of it needs and that can go on beside the parse (<c>classify</c> compiles its hot
    /// path on another thread). Not called for <c>--help</c> on the whole tool. Does nothing by default.
    /// </summary>
    void Selected()
    {
    }

    /// <summary>Runs the command.</summary>
    /// <param name="parse">The parsed command line (read the options given to <see cref="Build"/>).</param>
    /// <param name="context">Where results and diagnostics go, the clock, the catalogue, progress.</param>
    /// <returns>The exit code.</returns>
    int Run(ParseResult parse, CliContext context);
}

/// <summary>What every command runs with.</summary>
/// <param name="Out">Where results go (unless <c>--output</c> names a file).</param>
/// <param name="Error">Where diagnostics and progress go.</param>
/// <param name="Clock">The clock, for commands that need today's date.</param>
/// <param name="CatalogueSource">Gives the rule catalogue; called once, when a command first reads <see cref="Catalogue"/>.</param>
/// <param name="Progress">How progress over several files is shown on standard error.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock, Func<RuleCatalogue> CatalogueSource, IFileProgress Progress)
{
    private readonly Lazy<RuleCatalogue> _catalogue = new(CatalogueSource);

    /// <summary>The rule catalogue, built on first use: commands that do not read it (e.g. <c>classify</c>) never build it.</summary>
    public RuleCatalogue Catalogue => _catalogue.Value;

    /// <summary>Writes a result to standard output, or to <paramref name="output"/> when given.</summary>
    /// <param name="text">The result.</param>
    /// <param name="output">The file named by <c>--output</c>, if any.</param>
    public void Emit(string text, string? output)
    {
        if (output is null)
        {
            Out.Write(text);
        }
        else
        {
            FileSystem.WriteText(output, text);
        }
    }
}
