using System.CommandLine;
using System.CommandLine.Parsing;
using CareCommunity.Cli.Commands;
using CareCommunity.Cli.Progress;
using CareCommunity.Domain.Rules;
using NodaTime;

namespace CareCommunity.Cli;

/// <summary>
/// The <c>carecommunity</c> command line, and its composition root: the list of commands (one file each under
/// <c>Commands/</c>, each an <see cref="ICliCommand"/>), the streams, the clock and the catalogue. Results go to standard
/// output (or <c>--output</c>), diagnostics to standard error; bad data never produces a stack trace.
/// </summary>
public sealed class CliApplication
{
    private readonly CliContext _context;

    /// <summary>Creates the application.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="clock">The clock used when neither --as-of nor the document's asOf gives a date.</param>
    /// <param name="catalogue">The rule catalogue.</param>
    /// <param name="errorIsTerminal">True when <paramref name="error"/> is a terminal: progress is then drawn with Spectre.Console instead of plain lines.</param>
    public CliApplication(TextWriter output, TextWriter error, IClock clock, RuleCatalogue? catalogue = null, bool errorIsTerminal = false)
        : this(output, error, clock, catalogue, errorIsTerminal ? TerminalFileProgress.For(error) : new PlainFileProgress(error))
    {
    }

    internal CliApplication(TextWriter output, TextWriter error, IClock clock, RuleCatalogue? catalogue, IFileProgress progress) =>
        _context = new CliContext(output, error, clock, catalogue ?? AllRules, progress);

    /// <summary>
    /// Every package's rules, as <c>carecommunity rules</c> lists them: the operating model (CC), maturity (MAT) and the
    /// quality trilogy (QUA), population health (POP, CPX) and the Memorandum of Understanding (MOU).
    /// </summary>
    internal static RuleCatalogue AllRules { get; } = RuleCatalogue.Create(
        Domain.OperatingModel.OperatingModelRules.Set,
        Domain.Quality.Maturity.MaturityRules.Set,
        Domain.Quality.QualityRules.Set,
        Domain.PopulationHealth.PopulationHealthRules.Set,
        Domain.Governance.GovernanceRules.Set);

    /// <summary>The commands, in the order help lists them. A new command is one more entry here.</summary>
    /// <returns>Fresh instances (a System.CommandLine symbol belongs to one parse tree).</returns>
    internal static IReadOnlyList<ICliCommand> Commands() => [new ValidateCommand(), new RulesCommand(), new SchemaCommand(), new MaturityCommand(), new QualityCommand(), new SpcCommand(), new GenerateCommand(), new ClassifyCommand(), new DecideCommand(), new DisputeCommand()];

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args)
    {
        try
        {
            var root = new RootCommand("carecommunity: validate care community documents against the CareCommunity.Domain rules.");
            foreach (var command in Commands())
            {
                var built = command.Build();
                built.SetAction(p => command.Run(p, _context));
                root.Subcommands.Add(built);
            }

            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    _context.Error.WriteLine($"carecommunity: {Where(error, error.Message)}{error.Message}");
                }

                _context.Error.WriteLine("Run 'carecommunity --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = _context.Out, Error = _context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            _context.Error.WriteLine($"carecommunity: {e.Message}");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The top level turns every unexpected failure into exit code 3 with a one-line message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _context.Error.WriteLine($"carecommunity: internal error ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("CARECOMMUNITY_DEBUG") == "1")
            {
                _context.Error.WriteLine(e.ToString());
            }
            else
            {
                _context.Error.WriteLine("Set CARECOMMUNITY_DEBUG=1 for details, and please report this.");
            }

            return ExitCodes.Internal;
        }
    }

    /// <summary>The option or argument a parse error is about, as a prefix, unless the message already starts with it.</summary>
    private static string Where(ParseError error, string message)
    {
        var name = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            ArgumentResult a => a.Argument.Name,
            _ => null,
        };
        return name is null || message.StartsWith(name, StringComparison.Ordinal) ? "" : name + ": ";
    }
}
