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
        _context = new CliContext(output, error, clock, catalogue is null ? () => AllRules : () => catalogue, progress);

    /// <summary>
    /// Every package's rules, as <c>carecommunity rules</c> lists them: the operating model (CC), maturity (MAT) and the
    /// quality trilogy (QUA), population health (POP, CPX) and the Memorandum of Understanding (MOU). Built on first
    /// use, so only the commands that need the catalogue (<c>rules</c>, <c>validate</c>) pay for every package's rule
    /// descriptors at start-up (docs/decisions/0061).
    /// </summary>
    internal static RuleCatalogue AllRules => AllRulesHolder.Catalogue;

    /// <summary>
    /// The commands by name, in the order help lists them. A new command is one more entry here (its name as its
    /// <see cref="ICliCommand.Build"/> spells it). The names let <see cref="Run"/> create only the command invoked.
    /// </summary>
    internal static IReadOnlyList<(string Name, Func<ICliCommand> Create)> CommandTable { get; } =
    [
        ("validate", () => new ValidateCommand()),
        ("rules", () => new RulesCommand()),
        ("schema", () => new SchemaCommand()),
        ("maturity", () => new MaturityCommand()),
        ("quality", () => new QualityCommand()),
        ("spc", () => new SpcCommand()),
        ("generate", () => new GenerateCommand()),
        ("classify", () => new ClassifyCommand()),
        ("decide", () => new DecideCommand()),
        ("dispute", () => new DisputeCommand()),
    ];

    /// <summary>The commands, in the order help lists them.</summary>
    /// <returns>Fresh instances (a System.CommandLine symbol belongs to one parse tree).</returns>
    internal static IReadOnlyList<ICliCommand> Commands() => [.. CommandTable.Select(c => c.Create())];

    /// <summary>
    /// The commands a parse of <paramref name="args"/> needs: when the first argument names a command, only that one
    /// (its options, help and errors do not depend on the others, and creating every command's options costs start-up
    /// time, docs/decisions/0061); otherwise (<c>--help</c>, a typo, a response file, nothing) all of them.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <returns>Fresh instances, in the order help lists them.</returns>
    internal static IReadOnlyList<ICliCommand> CommandsFor(IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            foreach (var (name, create) in CommandTable)
            {
                if (string.Equals(name, args[0], StringComparison.Ordinal))
                {
                    var command = create();
                    command.Selected();
                    return [command];
                }
            }
        }

        return Commands();
    }

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args)
    {
        try
        {
            var root = new RootCommand("carecommunity: validate care community documents against the CareCommunity.Domain rules.");
            foreach (var command in CommandsFor(args))
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

    /// <summary>Holds <see cref="AllRules"/>: the runtime builds it when the property is first read, not when the application starts.</summary>
    private static class AllRulesHolder
    {
        /// <summary>The catalogue of every package's rules.</summary>
        public static readonly RuleCatalogue Catalogue = RuleCatalogue.Create(
            Domain.OperatingModel.OperatingModelRules.Set,
            Domain.Quality.Maturity.MaturityRules.Set,
            Domain.Quality.QualityRules.Set,
            Domain.PopulationHealth.PopulationHealthRules.Set,
            Domain.Governance.GovernanceRules.Set);
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
