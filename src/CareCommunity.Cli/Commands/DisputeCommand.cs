using System.CommandLine;
using CareCommunity.Domain.Json.Governance;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity dispute &lt;dispute.json&gt; --at INSTANT [--format text|json|mermaid] [--output FILE]</c>: reads a
/// dispute document (a dispute between partners of the Cheshire &amp; Merseyside Partnership and its dated events) and
/// reports, at the instant, the stage, what is due and by when, what is overdue and the events allowed next, with MOU-7's
/// result; <c>mermaid</c> writes the process as a state diagram with the current state marked. Exit 0 when the history
/// is read and MOU-7 reports no error at the instant (an overdue referral is a warning); 1 when the document is
/// malformed or the process refuses an event; 2 for usage errors.
/// </summary>
internal sealed class DisputeCommand : ICliCommand
{
    private readonly Argument<string> _file = new("dispute") { Description = "The dispute document (docs/schemas/dispute.schema.json)." };
    private readonly Option<string> _format = SharedOptions.Format("text", "json", "mermaid");
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly LimitOptions _limits = new();

    private readonly Option<Instant> _at = new("--at")
    {
        Description = "The instant to take the dispute's status at, ISO-8601 in UTC (e.g. 2021-05-01T09:00:00Z).",
        HelpName = "instant",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var parsed = InstantPattern.ExtendedIso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"--at '{text}' is not an instant in the form yyyy-MM-ddTHH:mm:ssZ (UTC).");
            return default;
        },
    };

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("dispute",
            "Follow a dispute through the C&M Partnership's dispute resolution process (MOU-7): stage, due, overdue and allowed next events at an instant. Exit 0 when the history is allowed, 1 when it is refused, 2 for usage errors.")
        {
            _file, _at, _format, _output,
        };
        foreach (var option in _limits.All)
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var path = parse.GetValue(_file)!;
        FileSystem.RequireInputFiles([path]);
        var settings = new DisputeReadSettings { At = parse.GetValue(_at), Limits = _limits.Read(parse) };
        var result = FileSystem.Length(path) > settings.Limits.MaxDocumentBytes
            ? DisputeDocument.ReadFile(path, settings)
            : DisputeDocument.Read(FileSystem.ReadBytes(path), settings);

        var text = parse.GetValue(_format) switch
        {
            "json" => DisputeStatusWriter.Serialize(result) + "\n",
            "mermaid" => DisputeStatusWriter.Mermaid(result),
            _ => $"{path}: dispute document\n" + DisputeStatusWriter.Format(result),
        };
        context.Emit(text, parse.GetValue(_output));
        if (parse.GetValue(_format) == "mermaid" && !result.IsValid)
        {
            context.Error.WriteLine($"carecommunity: {path}: {result.Report}; the diagram shows the process only. Run with --format text for the issues.");
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }
}
