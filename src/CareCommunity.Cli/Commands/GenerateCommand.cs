using System.CommandLine;
using System.Globalization;
using CareCommunity.Cli.Progress;
using CareCommunity.Domain.Json.PopulationHealth;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity generate population --count N --seed S [--as-of DATE] [--format ndjson|csv] [--output FILE]</c>:
/// writes a synthetic, deterministic Cheshire East population (<see cref="SyntheticPopulation"/>) in the population wire
/// format, to a file or standard output (<c>--output -</c> or none). Progress by records on standard error when it is
/// a terminal. Exit 0 when written, 2 for usage errors (bad options, a file that cannot be written).
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    private readonly Option<long> _count = new("--count", "-n")
    {
        Description = "How many residents to write (0 to 1,000,000,000).",
        HelpName = "residents",
        Required = true,
        CustomParser = result =>
        {
            var text = Text(result);
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"--count '{text}' is not a whole number.");
                return 0;
            }

            if (value < 0 || value > SyntheticPopulationSettings.MaxCount)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--count must be from 0 to {SyntheticPopulationSettings.MaxCount}; got {value}."));
            }

            return value;
        },
    };

    private readonly Option<ulong> _seed = new("--seed", "-s")
    {
        Description = "The seed (0 to 18446744073709551615): the same seed, count, date and format give the same bytes.",
        HelpName = "number",
        Required = true,
        CustomParser = result =>
        {
            var text = Text(result);
            if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"--seed '{text}' is not a whole number from 0 to 18446744073709551615.");
            }

            return value;
        },
    };

    private readonly Option<LocalDate?> _asOf = new("--as-of")
    {
        Description = "The reference date the residents' ages are drawn for (yyyy-MM-dd); default: today.",
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var date = SharedOptions.ParseAsOf(result);
            if (date is { Year: < 1900 })
            {
                result.AddError($"--as-of '{Text(result)}' is before 1900 (the wire format's earliest birth date is 1900-01-01).");
                return null;
            }

            return date;
        },
    };

    private readonly Option<string> _format = SharedOptions.Format("ndjson", "csv");

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the population to this file ('-' or none: standard output).",
        HelpName = "file",
    };

    private readonly Option<bool> _unknownDiagnoses = new("--unknown-diagnoses")
    {
        Description = "Give 0.5% of residents one diagnosis code no mapping knows (e.g. R69, XX9.9), to exercise readers' warnings.",
    };

    private readonly Argument<string> _kind = Kind();

    /// <inheritdoc/>
    public Command Build() =>
        new("generate", "Generate synthetic data: 'generate population' writes a deterministic Cheshire East population (NDJSON or CSV) in the population wire format.")
        {
            _kind, _count, _seed, _asOf, _format, _output, _unknownDiagnoses,
        };

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var settings = new SyntheticPopulationSettings
        {
            Count = parse.GetValue(_count),
            Seed = parse.GetValue(_seed),
            AsOf = parse.GetValue(_asOf) ?? context.Clock.GetCurrentInstant().InZone(Domain.OperatingModel.OperatingModelOptions.London).Date,
            Format = parse.GetValue(_format) == "csv" ? PopulationFileFormat.Csv : PopulationFileFormat.Ndjson,
            UnknownDiagnoses = parse.GetValue(_unknownDiagnoses),
        };

        var output = parse.GetValue(_output);
        var progress = RecordProgress.For(context.Progress, context.Error);
        if (output is null or "-")
        {
            using var stdout = new TextWriterStream(context.Out);
            Write(stdout, settings, progress);
            return ExitCodes.Ok;
        }

        using (var file = FileSystem.CreateFile(output))
        {
            Write(file, settings, progress);
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.Count} residents to {output}"));
        return ExitCodes.Ok;
    }

    private static void Write(Stream destination, SyntheticPopulationSettings settings, IRecordProgress progress)
    {
        try
        {
            progress.Run("generating", settings.Count, report => SyntheticPopulation.Write(destination, settings, report));
        }
        catch (IOException e)
        {
            throw new UsageException($"Cannot write the population: {e.Message.TrimEnd('.')}.");
        }
    }

    private static Argument<string> Kind()
    {
        var kind = new Argument<string>("what") { Description = "What to generate: population (the only kind so far)." };
        kind.AcceptOnlyFromAmong("population");
        return kind;
    }

    private static string Text(System.CommandLine.Parsing.ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}
