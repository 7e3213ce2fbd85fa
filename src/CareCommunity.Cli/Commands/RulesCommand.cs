using System.CommandLine;
using CareCommunity.Domain.Json;

namespace CareCommunity.Cli.Commands;

/// <summary><c>carecommunity rules [--format text|json] [--output]</c>: the rule catalogue with its seed citations.</summary>
internal sealed class RulesCommand : ICliCommand
{
    private readonly Option<string> _format = SharedOptions.Format("text", "json");
    private readonly Option<string?> _output = SharedOptions.Output();

    /// <inheritdoc/>
    public Command Build() =>
        new("rules", "Print the rule catalogue: every rule's id, title, text and seed citations.") { _format, _output };

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var text = parse.GetValue(_format) == "json"
            ? RuleCatalogueWriter.SerializeJson(context.Catalogue) + "\n"
            : RuleCatalogueWriter.FormatText(context.Catalogue);
        context.Emit(text, parse.GetValue(_output));
        return ExitCodes.Ok;
    }
}
