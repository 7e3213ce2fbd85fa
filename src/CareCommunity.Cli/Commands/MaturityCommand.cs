using System.CommandLine;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.Quality.Maturity;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity maturity &lt;file&gt; [--format text|json] [--as-of DATE] [--output FILE] [--svg FILE] [--explain]</c>:
/// validates a maturity-record document and reports the community's subjective and objective standing, the freedoms
/// granted on the date, the gap per dimension and every MAT rule's result; <c>--svg</c> writes the radar chart. Exit 0
/// when valid, 1 when MAT rules are broken or the record cannot be read, 2 for usage errors.
/// </summary>
internal sealed class MaturityCommand : ICliCommand
{
    private readonly Argument<string> _file = new("file") { Description = "The maturity-record document (docs/schemas/maturity-record.schema.json)." };
    private readonly Option<string> _format = SharedOptions.Format("text", "json");
    private readonly Option<LocalDate?> _asOf = SharedOptions.AsOf();
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly Option<string?> _svg = new("--svg") { Description = "Also write the maturity radar chart (SVG) on the evaluation date to this file.", HelpName = "file" };
    private readonly Option<bool> _explain = new("--explain") { Description = "Also say, rule by rule (MAT-1..MAT-3), whether it is met and the figures it looked at." };
    private readonly LimitOptions _limits = new();

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("maturity",
            "Validate a maturity record: standing (subjective and objective phase), freedoms granted, gaps and MAT-1..MAT-3. Exit 0 when valid, 1 when rules are broken, 2 for usage errors.")
        {
            _file, _format, _asOf, _output, _svg, _explain,
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
        var settings = new MaturityValidationSettings
        {
            AsOf = parse.GetValue(_asOf), Clock = context.Clock, Explain = parse.GetValue(_explain), Limits = _limits.Read(parse),
        };
        var result = FileSystem.Length(path) > settings.Limits.MaxDocumentBytes
            ? MaturityDocument.ValidateFile(path, settings)
            : MaturityDocument.Validate(FileSystem.ReadBytes(path), settings);

        var text = parse.GetValue(_format) == "json"
            ? MaturityReportWriter.Serialize(result) + "\n"
            : $"{path}: maturity-record document\n" + MaturityReportWriter.Format(result);
        context.Emit(text, parse.GetValue(_output));

        if (parse.GetValue(_svg) is { } svg)
        {
            if (result.Record is { } record && result.AsOf is { } on)
            {
                FileSystem.WriteText(svg, MaturityRadarChart.Render(record, on));
            }
            else
            {
                context.Error.WriteLine($"carecommunity: no radar chart written to '{svg}': the maturity record could not be built or had no evaluation date.");
            }
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }
}
