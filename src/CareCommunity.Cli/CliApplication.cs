using System.CommandLine;
using System.Globalization;
using CareCommunity.Domain.Json;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Success: the data is valid (warnings allowed) or the command did its work.</summary>
    public const int Ok = 0;

    /// <summary>The data broke rules or records were rejected.</summary>
    public const int RulesBroken = 1;

    /// <summary>Usage error: bad arguments, a missing file.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error.</summary>
    public const int Internal = 3;
}

/// <summary>
/// The <c>carecommunity</c> command line: <c>validate</c>, <c>rules</c> and <c>schema</c>. Results go to standard
/// output (or <c>--output</c>), diagnostics to standard error; bad data never produces a stack trace.
/// </summary>
public sealed class CliApplication
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly IClock _clock;
    private readonly RuleCatalogue _catalogue;

    /// <summary>Creates the application.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="clock">The clock used when neither --as-of nor the document's asOf gives a date.</param>
    /// <param name="catalogue">The rule catalogue.</param>
    public CliApplication(TextWriter output, TextWriter error, IClock clock, RuleCatalogue? catalogue = null)
    {
        _out = output;
        _error = error;
        _clock = clock;
        _catalogue = catalogue ?? RuleCatalogue.OperatingModel;
    }

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public int Run(string[] args)
    {
        try
        {
            var root = BuildCommands();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    var where = error.SymbolResult switch
                    {
                        System.CommandLine.Parsing.OptionResult o => o.Option.Name + ": ",
                        System.CommandLine.Parsing.ArgumentResult a => a.Argument.Name + ": ",
                        _ => "",
                    };
                    _error.WriteLine($"carecommunity: {where}{error.Message}");
                }

                _error.WriteLine("Run 'carecommunity --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = _out, Error = _error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            _error.WriteLine($"carecommunity: {e.Message}");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The top level turns every unexpected failure into exit code 3 with a one-line message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _error.WriteLine($"carecommunity: internal error ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("CARECOMMUNITY_DEBUG") == "1")
            {
                _error.WriteLine(e.ToString());
            }
            else
            {
                _error.WriteLine("Set CARECOMMUNITY_DEBUG=1 for details, and please report this.");
            }

            return ExitCodes.Internal;
        }
    }

    private RootCommand BuildCommands()
    {
        var root = new RootCommand("carecommunity: validate care community documents against the CareCommunity.Domain rules.");

        var file = new Argument<string[]>("file")
        {
            Description = "The JSON document(s) to validate: care-community or place documents (detected from their members). With several, each is reported and a summary follows.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "operation-outcome");
        var redact = new Option<bool>("--redact") { Description = "Replace offending values in issues with [redacted] (documents may hold personal data)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate time-dependent rules on this date (yyyy-MM-dd) instead of the document's asOf." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var explain = new Option<bool>("--explain") { Description = "Also say, rule by rule (CC-1..CC-11), whether it is met and the figures it looked at." };
        var vacantRoles = new Option<string>("--vacant-roles") { Description = "Severity of a vacant core or leadership role (CC-2, CC-4).", DefaultValueFactory = _ => "error" };
        vacantRoles.AcceptOnlyFromAmong("error", "warning");
        var overdue = new Option<string>("--overdue") { Description = "Severity of an overdue meeting or report (CC-6).", DefaultValueFactory = _ => "error" };
        overdue.AcceptOnlyFromAmong("error", "warning");
        var graceDays = new Option<int>("--grace-days") { Description = "Days after a reporting period ends before an unmet obligation is overdue (CC-6).", DefaultValueFactory = _ => 0 };
        var nursingLead = new Option<string>("--nursing-ahp-lead") { Description = "Who may hold the nursing or AHP lead (CC-4, docs/decisions/0005).", DefaultValueFactory = _ => "nurse-or-ahp" };
        nursingLead.AcceptOnlyFromAmong("nurse-or-ahp", "any-core-member");
        var basis = new Option<string>("--eighty-twenty-basis") { Description = "How the 80:20 local share is measured (CC-9, docs/decisions/0008).", DefaultValueFactory = _ => "spend" };
        basis.AcceptOnlyFromAmong("spend", "element-count");
        var maxLocal = new Option<decimal>("--max-local-share") { Description = "Largest share of the offer local variation may take, 0 to 1 (CC-9).", DefaultValueFactory = _ => 0.20m };
        var threshold = new Option<int>("--escalation-threshold") { Description = "Risk score (1-25) at or above which an open risk should be escalated (CC-7).", DefaultValueFactory = _ => 15 };
        var validate = new Command("validate", "Validate a care-community or place document. Exit 0 when valid, 1 when it breaks rules, 2 for usage errors.")
        {
            file, format, redact, asOf, output, explain, vacantRoles, overdue, graceDays, nursingLead, basis, maxLocal, threshold,
        };
        validate.SetAction(p =>
        {
            var grace = p.GetValue(graceDays);
            var share = p.GetValue(maxLocal);
            var score = p.GetValue(threshold);
            if (grace < 0)
            {
                throw new UsageException($"--grace-days must not be negative; got {grace}.");
            }

            if (share is < 0m or > 1m)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max-local-share is a share from 0 to 1 (e.g. 0.20); got {share}."));
            }

            if (score is < 1 or > 25)
            {
                throw new UsageException($"--escalation-threshold is a risk score from 1 to 25; got {score}.");
            }

            var vacant = p.GetValue(vacantRoles) == "warning" ? Severity.Warning : Severity.Error;
            var options = OperatingModelOptions.Default with
            {
                VacantCoreRoleSeverity = vacant,
                VacantLeadershipRoleSeverity = vacant,
                OverdueSeverity = p.GetValue(overdue) == "warning" ? Severity.Warning : Severity.Error,
                Cadence = ReportingCadenceOptions.Default with { GraceDays = grace },
                NursingOrAhpLead = p.GetValue(nursingLead) == "any-core-member" ? NursingOrAhpLeadPolicy.AnyCoreGroupMember : NursingOrAhpLeadPolicy.RegisteredNurseOrAhp,
                EightyTwentyBasis = p.GetValue(basis) == "element-count" ? EightyTwentyBasis.ElementCount : EightyTwentyBasis.Spend,
                MaximumLocalVariationShare = share,
                EscalationThreshold = score,
            };

            return Validate(p.GetValue(file)!, p.GetValue(format)!, p.GetValue(redact), p.GetValue(asOf), p.GetValue(output), options, p.GetValue(explain));
        });
        root.Subcommands.Add(validate);

        var rulesFormat = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        rulesFormat.AcceptOnlyFromAmong("text", "json");
        var rulesOutput = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var rules = new Command("rules", "Print the rule catalogue: every rule's id, title, text and seed citations.") { rulesFormat, rulesOutput };
        rules.SetAction(p => Emit(p.GetValue(rulesFormat) == "json" ? RuleCatalogueWriter.SerializeJson(_catalogue) + "\n" : RuleCatalogueWriter.FormatText(_catalogue), p.GetValue(rulesOutput)));
        root.Subcommands.Add(rules);

        var directory = new Option<string?>("--output-dir", "-o") { Description = "Write every schema into this folder (e.g. docs/schemas) instead of printing the care-community schema." };
        var schema = new Command("schema", "Print the JSON Schema of the care-community document, or write all published schemas to a folder.") { directory };
        schema.SetAction(p => Schemas(p.GetValue(directory)));
        root.Subcommands.Add(schema);
        return root;
    }

    private int Validate(string[] paths, string format, bool redact, string? asOfText, string? output, OperatingModelOptions options, bool explain)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new UsageException(Directory.Exists(path) ? $"'{path}' is a folder, not a file." : $"File not found: '{path}'.");
            }
        }

        if (paths.Length > 1 && format == "operation-outcome")
        {
            throw new UsageException("--format operation-outcome writes one OperationOutcome for one document: validate the files one at a time, or use --format text or json.");
        }

        LocalDate? asOf = null;
        if (asOfText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            asOf = parsed.Success ? parsed.Value : throw new UsageException($"--as-of '{asOfText}' is not a date in the form yyyy-MM-dd.");
        }

        var settings = new DocumentValidationSettings { AsOf = asOf, Clock = _clock, Options = options, Explain = explain };
        var results = new List<FileResult>(paths.Length);
        for (var i = 0; i < paths.Length; i++)
        {
            if (paths.Length > 1)
            {
                _error.WriteLine($"validating {i + 1}/{paths.Length}: {paths[i]}");
            }

            results.Add(ValidateOne(paths[i], settings, redact));
        }

        var text = format switch
        {
            "json" when results.Count == 1 => ValidationReportJson.Serialize(results[0].Report, results[0].Why) + "\n",
            "json" => ValidationReportJson.SerializeBatch([.. results.Select(r => (r.Path, r.Kind, r.Report, r.Why))]) + "\n",
            "operation-outcome" => OperationOutcomeJson.Serialize(results[0].Report) + "\n",
            _ => string.Join("\n", results.Select(r => $"{r.Path}: {(r.Kind == DocumentKind.Place ? "place" : "care-community")} document"
                    + (r.EvaluatedOn is { } d ? $", evaluated on {LocalDatePattern.Iso.Format(d)}" : "") + "\n" + ValidationReportText.Format(r.Report, _catalogue, r.Why)))
                + (results.Count > 1
                    ? $"\n{results.Count} documents: {results.Count(r => r.Report.IsValid)} valid, {results.Count(r => !r.Report.IsValid)} invalid\n"
                    : ""),
        };
        Emit(text, output);
        return results.All(r => r.Report.IsValid) ? ExitCodes.Ok : ExitCodes.RulesBroken;
    }

    private FileResult ValidateOne(string path, DocumentValidationSettings settings, bool redact)
    {
        var bytes = ReadInput(path);
        var kind = JsonDocuments.Detect(bytes);
        if (kind == DocumentKind.Place)
        {
            var place = PlaceDocument.Validate(bytes).Report;
            return new FileResult(path, kind, redact ? place.Redact() : place, null, null);
        }

        var result = CareCommunityDocument.Validate(bytes, settings);
        return new FileResult(path, kind, redact ? result.Report.Redact() : result.Report, result.AsOf, result.Why);
    }

    private sealed record FileResult(string Path, DocumentKind Kind, ValidationReport Report, LocalDate? EvaluatedOn, Domain.Explanations.Explanation? Why);

    private static byte[] ReadInput(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot read '{path}': {e.Message}");
        }
    }

    private int Schemas(string? directory)
    {
        var all = JsonSchemas.All();
        if (directory is null)
        {
            _out.Write(all.First(s => s.FileName == "care-community.schema.json").Text);
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(directory);
        foreach (var schema in all)
        {
            var path = Path.Combine(directory, schema.FileName);
            File.WriteAllText(path, schema.Text);
            _error.WriteLine($"wrote {path}");
        }

        return ExitCodes.Ok;
    }

    private int Emit(string text, string? output)
    {
        if (output is null)
        {
            _out.Write(text);
        }
        else
        {
            try
            {
                File.WriteAllText(output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"Cannot write '{output}': {e.Message}");
            }
        }

        return ExitCodes.Ok;
    }

    private sealed class UsageException(string message) : Exception(message);
}
