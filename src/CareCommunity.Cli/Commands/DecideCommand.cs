using System.CommandLine;
using CareCommunity.Domain.Json.Governance;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity decide &lt;meeting.json&gt; [--format text|json] [--output FILE]</c>: reads a meeting document
/// (a matter put to the Cheshire &amp; Merseyside Partnership Board) and reports the decision level, the eligible and
/// present members, the quorum, consensus, the 75% working, the outcome with the memorandum's clauses and whether and by
/// whom the matter may be referred to dispute resolution, then every governance rule's result (MOU-1..MOU-6, MOU-10).
/// Exit 0 when the matter was decided, whatever the outcome; 1 when the document is malformed, the meeting does not hold
/// together, or a rule reports an error; 2 for usage errors.
/// </summary>
internal sealed class DecideCommand : ICliCommand
{
    private readonly Argument<string> _file = new("meeting") { Description = "The meeting document (docs/schemas/meeting.schema.json)." };
    private readonly Option<string> _format = SharedOptions.Format("text", "json");
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly LimitOptions _limits = new();

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("decide",
            "Decide a matter put to the C&M Partnership Board: level, eligibility, quorum, consensus, the 75% rule, outcome and referral (MOU-2..MOU-6). Exit 0 when decided, 1 when the document is refused, 2 for usage errors.")
        {
            _file, _format, _output,
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
        var settings = new MeetingReadSettings { Limits = _limits.Read(parse) };
        var result = FileSystem.Length(path) > settings.Limits.MaxDocumentBytes
            ? MeetingDocument.DecideFile(path, settings)
            : MeetingDocument.Decide(FileSystem.ReadBytes(path), settings);

        var text = parse.GetValue(_format) == "json"
            ? DecisionReportWriter.Serialize(result) + "\n"
            : $"{path}: meeting document\n" + DecisionReportWriter.Format(result);
        context.Emit(text, parse.GetValue(_output));
        return result.IsValid ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }
}
