using System.CommandLine;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.Rules;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity quality &lt;file&gt; [--format text|json|operation-outcome] [--as-of DATE] [--output FILE] [--explain]</c>:
/// validates a quality-plan document against QUA-1..QUA-3. A separate command rather than a kind detected by
/// <c>validate</c>: a quality plan runs other rules with other options, and <c>validate</c> stays the operating model's.
/// Exit 0 when valid, 1 when rules are broken, 2 for usage errors.
/// </summary>
internal sealed class QualityCommand : ICliCommand
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.Create(Domain.Quality.QualityRules.Set);

    private readonly Argument<string> _file = new("file") { Description = "The quality-plan document (docs/schemas/quality-plan.schema.json)." };
    private readonly Option<string> _format = SharedOptions.Format("text", "json", "operation-outcome");
    private readonly Option<bool> _redact = SharedOptions.Redact();
    private readonly Option<LocalDate?> _asOf = SharedOptions.AsOf();
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly Option<bool> _explain = new("--explain") { Description = "Also say, rule by rule (QUA-1..QUA-3), whether it is met and the figures it looked at." };
    private readonly LimitOptions _limits = new();

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("quality", "Validate a quality plan against QUA-1..QUA-3. Exit 0 when valid, 1 when rules are broken, 2 for usage errors.")
        {
            _file, _format, _redact, _asOf, _output, _explain,
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
        var settings = new QualityPlanValidationSettings
        {
            AsOf = parse.GetValue(_asOf), Clock = context.Clock, Explain = parse.GetValue(_explain), Limits = _limits.Read(parse),
        };
        var result = FileSystem.Length(path) > settings.Limits.MaxDocumentBytes
            ? QualityPlanDocument.ValidateFile(path, settings)
            : QualityPlanDocument.Validate(FileSystem.ReadBytes(path), settings);
        var report = parse.GetValue(_redact) ? result.Report.Redact() : result.Report;

        var text = parse.GetValue(_format) switch
        {
            "json" => ValidationReportJson.Serialize(report, result.Why) + "\n",
            "operation-outcome" => OperationOutcomeJson.Serialize(report) + "\n",
            _ => $"{path}: quality-plan document" + (result.AsOf is { } d ? $", evaluated on {ResidentText.FormatDate(d)}" : "") + "\n"
                + string.Concat(result.Rules.Select(r => $"  {r.Rule} {RuleResult.StatusText(r.Status)}: {r.Summary}\n"))
                + ValidationReportText.Format(report, Catalogue, result.Why),
        };
        context.Emit(text, parse.GetValue(_output));
        return result.IsValid ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }
}
