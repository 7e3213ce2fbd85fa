using System.CommandLine;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity validate &lt;file&gt;... [--format text|json|operation-outcome] [--redact] [--as-of] [--output]
/// [--explain]</c> and the model options: each document's report, a summary (text) or batch (JSON) for several; exit 1
/// when any document is invalid.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private readonly Argument<string[]> _files = new("file")
    {
        Description = "The JSON document(s) to validate: care-community or place documents (detected from their members). With several, each is reported and a summary follows.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = SharedOptions.Format("text", "json", "operation-outcome");
    private readonly Option<bool> _redact = SharedOptions.Redact();
    private readonly Option<LocalDate?> _asOf = SharedOptions.AsOf();
    private readonly Option<string?> _output = SharedOptions.Output();
    private readonly Option<bool> _explain = new("--explain") { Description = "Also say, rule by rule (CC-1..CC-11), whether it is met and the figures it looked at." };
    private readonly ModelOptions _model = new();
    private readonly LimitOptions _limits = new();

    /// <inheritdoc/>
    public Command Build()
    {
        var command = new Command("validate", "Validate a care-community or place document. Exit 0 when valid, 1 when it breaks rules, 2 for usage errors.")
        {
            _files, _format, _redact, _asOf, _output, _explain,
        };
        foreach (var option in _model.All.Concat(_limits.All))
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var paths = parse.GetValue(_files)!;
        var format = parse.GetValue(_format)!;
        var redact = parse.GetValue(_redact);
        FileSystem.RequireInputFiles(paths);
        if (paths.Length > 1 && format == "operation-outcome")
        {
            throw new UsageException("--format operation-outcome writes one OperationOutcome for one document: validate the files one at a time, or use --format text or json.");
        }

        var settings = new DocumentValidationSettings { AsOf = parse.GetValue(_asOf), Clock = context.Clock, Options = _model.Read(parse), Explain = parse.GetValue(_explain), Limits = _limits.Read(parse) };
        var results = new FileResult[paths.Length];
        context.Progress.ForEach("validating", paths, i => results[i] = ValidateOne(paths[i], settings, redact));

        var text = format switch
        {
            "json" when results.Length == 1 => ValidationReportJson.Serialize(results[0].Report, results[0].Why) + "\n",
            "json" => ValidationReportJson.SerializeBatch([.. results.Select(r => (r.Path, r.Kind, r.Report, r.Why))]) + "\n",
            "operation-outcome" => OperationOutcomeJson.Serialize(results[0].Report) + "\n",
            _ => string.Join("\n", results.Select(r => $"{r.Path}: {(r.Kind == DocumentKind.Place ? "place" : "care-community")} document"
                    + (r.EvaluatedOn is { } d ? $", evaluated on {ResidentText.FormatDate(d)}" : "") + "\n" + ValidationReportText.Format(r.Report, context.Catalogue, r.Why)))
                + (results.Length > 1
                    ? $"\n{results.Length} documents: {results.Count(r => r.Report.IsValid)} valid, {results.Count(r => !r.Report.IsValid)} invalid\n"
                    : ""),
        };
        context.Emit(text, parse.GetValue(_output));
        return results.All(r => r.Report.IsValid) ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }

    private static FileResult ValidateOne(string path, DocumentValidationSettings settings, bool redact)
    {
        if (FileSystem.Length(path) > settings.Limits.MaxDocumentBytes)
        {
            // Not read at all: the report says how large it is and which limit it is over.
            var large = CareCommunityDocument.ValidateFile(path, settings);
            return new FileResult(path, DocumentKind.CareCommunity, redact ? large.Report.Redact() : large.Report, null, large.Why);
        }

        var bytes = FileSystem.ReadBytes(path);
        var kind = JsonDocuments.Detect(bytes);
        if (kind == DocumentKind.Place)
        {
            var place = PlaceDocument.Validate(bytes).Report;
            return new FileResult(path, kind, redact ? place.Redact() : place, null, null);
        }

        var result = CareCommunityDocument.Validate(bytes, settings);
        return new FileResult(path, kind, redact ? result.Report.Redact() : result.Report, result.AsOf, result.Why);
    }

    private sealed record FileResult(string Path, DocumentKind Kind, ValidationReport Report, LocalDate? EvaluatedOn, Explanation? Why);
}
