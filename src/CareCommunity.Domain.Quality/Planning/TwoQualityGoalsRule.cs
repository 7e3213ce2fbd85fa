using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Planning;

/// <summary>
/// QUA-2: "all Care Communities will be asked to provide 2 quality goals in 23/24 based on their current intelligence"
/// (001 l.166). The seed names one year; asking two in every later year is the library's reading, information unless
/// raised (<see cref="QualityOptions.TwoGoalsInLaterYears"/>, docs/decisions/0021).
/// </summary>
public sealed class TwoQualityGoalsRule : QualityRule
{
    /// <summary>Fewer than two quality goals in 2023/24, the year the seed names.</summary>
    public static IssueDefinition TooFewGoalsIn2023 { get; } = new(IssueCode.Create("quality.too-few-goals-2023-24"), IssueKind.Required, Modality.Must,
        "Fewer than two quality goals are set for 2023/24, the year the seed asks for two.");

    /// <summary>Fewer than two quality goals in a later year (the library's reading).</summary>
    public static IssueDefinition TooFewGoalsInLaterYear { get; } = new(IssueCode.Create("quality.too-few-goals"), IssueKind.Required, Modality.LibraryReading,
        "Fewer than two quality goals are set for a financial year after 2023/24; asking two every year is the library's reading.");

    /// <summary>The year the seed names.</summary>
    public static FinancialYear SeedYear { get; } = FinancialYear.Starting(2023);

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("QUA-2"), "Two quality goals from current intelligence",
        "Care communities provide two quality goals in 2023/24, based on their current intelligence (complaints, incidents, compliments "
        + "and the like); the achievement of the goals is reported through the routine care community reports.",
        [
            Model.Quote(166, Modality.Must,
                "However, as part of the work to increase maturity (and thereby increased responsibility and accountability), all Care Communities will be asked to provide 2 quality goals in 23/24 based on their current intelligence (whether this be for example complaints, incidents, compliments etc)."),
            Model.Quote(166, Modality.Must,
                "The reporting of the achievement of these quality goals will be through the routine Care Community reports to the 8 Care Communities Development & Operational Group."),
        ],
        [TooFewGoalsIn2023, TooFewGoalsInLaterYear],
        [
            new RuleOption("QualityOptions.TwoGoalsInLaterYears", "", "true", "Also ask for two goals in every financial year after 2023/24 (the library's reading, information unless raised)."),
            new RuleOption("QualityOptions.GoalsPerYear", "", "2", "How many goals a year are asked for; the seed says 2."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(QualityPlan document, QualityPlanContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var wanted = context.Options.GoalsPerYear;
        var byYear = document.Goals.Where(g => g is not null).GroupBy(g => g!.Year).ToDictionary(g => g.Key, g => g.Count());
        if (document.Goals.Any(g => g is null))
        {
            e.CouldNotEvaluate("some quality goals could not be read.");
        }

        var current = FinancialYear.Of(context.AsOf);
        for (var year = SeedYear; year.CompareTo(current) <= 0; year = FinancialYear.Starting(year.StartYear + 1))
        {
            var count = byYear.GetValueOrDefault(year);
            e.Figure("goals" + year.ToString().Replace("/", "_", StringComparison.Ordinal), count);
            if (count >= wanted)
            {
                continue;
            }

            if (year == SeedYear)
            {
                e.Raise(TooFewGoalsIn2023, DocumentPath.Root.Property("goals"),
                    string.Create(CultureInfo.InvariantCulture, $"{count} quality goal(s) are set for 2023/24; all care communities will be asked to provide {wanted} in 23/24 (QUA-2)."),
                    count.ToString(CultureInfo.InvariantCulture));
            }
            else if (context.Options.TwoGoalsInLaterYears)
            {
                e.Raise(TooFewGoalsInLaterYear, DocumentPath.Root.Property("goals"),
                    string.Create(CultureInfo.InvariantCulture, $"{count} quality goal(s) are set for {year}; the seed asks for {wanted} in 23/24, and the library reads that as every year (QUA-2, docs/decisions/0021)."),
                    count.ToString(CultureInfo.InvariantCulture));
            }
        }

        e.Figure("goalsPerYear", wanted);
        e.Figure("asOf", ModelText.Date(context.AsOf));
        return e.Finish(current.CompareTo(SeedYear) < 0
            ? $"On {ModelText.Date(context.AsOf)} financial year 2023/24 has not started; no goals are asked for yet."
            : $"Quality goals by financial year from 2023/24 to {current}: {string.Join(", ", Years(SeedYear, current).Select(y => $"{y} {byYear.GetValueOrDefault(y)}"))}.");
    }

    private static IEnumerable<FinancialYear> Years(FinancialYear from, FinancialYear to)
    {
        for (var y = from; y.CompareTo(to) <= 0; y = FinancialYear.Starting(y.StartYear + 1))
        {
            yield return y;
        }
    }
}
