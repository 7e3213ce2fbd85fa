using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Json;

/// <summary>
/// Writes what a validated maturity record says on its evaluation date: the subjective and objective standing, the
/// freedoms granted, the gap per dimension, every MAT rule's result and the report; as text for people
/// (<see cref="Format"/>) or JSON (<see cref="Serialize"/>).
/// </summary>
public static class MaturityReportWriter
{
    /// <summary>The standing as its JSON contract.</summary>
    /// <param name="result">The validation result.</param>
    /// <returns>The contract.</returns>
    public static MaturityStandingReportContract ToContract(MaturityValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (record, on) = (result.Record, result.AsOf);
        var ready = record is not null && on is not null;
        return new MaturityStandingReportContract(
            record?.CommunityId,
            on,
            ready ? Standing(record!.Standing(AssessmentKind.Subjective, on!.Value)) : null,
            ready ? Standing(record!.Standing(AssessmentKind.Objective, on!.Value)) : null,
            ready ? [.. record!.FreedomsOn(on!.Value).Select(MaturityDocument.ToContract)] : [],
            ready ? [.. record!.Gaps(on!.Value).Select(g => new DimensionGapContract(g.DimensionId, g.Subjective?.Median, g.Objective, g.Gap, g.Subjective?.IsUncertain ?? false))] : [],
            [.. result.Rules.Select(r => new RuleResultContract(r.Rule.ToString(), RuleResult.StatusText(r.Status), r.Summary, r.Figures))],
            ValidationReportJson.ToContract(result.Report, result.Why));
    }

    /// <summary>The standing as indented JSON.</summary>
    /// <param name="result">The validation result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(MaturityValidationResult result) =>
        ReadableJson.Serialize(ToContract(result), CareCommunityJsonContext.Default.MaturityStandingReportContract);

    /// <summary>The standing as text: standing, freedoms, gaps, rules, then the report's issues and summary.</summary>
    /// <param name="result">The validation result.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Format(MaturityValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        if (result.Record is { } record && result.AsOf is { } on)
        {
            text.Append(CultureInfo.InvariantCulture, $"{record.CommunityId} on {ModelText.Date(on)} (matrix {record.Matrix.Id})\n");
            text.Append("Standing:\n");
            text.Append("  subjective: ").Append(Describe(record.Standing(AssessmentKind.Subjective, on), record)).Append('\n');
            text.Append("  objective:  ").Append(Describe(record.Standing(AssessmentKind.Objective, on), record)).Append('\n');
            var freedoms = record.FreedomsOn(on);
            text.Append("Freedoms granted (objective assessments only):\n");
            if (freedoms.IsEmpty)
            {
                text.Append("  none\n");
            }

            foreach (var f in freedoms)
            {
                text.Append("  - ").Append(f).Append('\n');
            }

            text.Append("Gaps (subjective - objective):\n");
            foreach (var g in record.Gaps(on))
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {g.DimensionId,-26} subjective {Number(g.Subjective?.Median)}{(g.Subjective?.IsUncertain == true ? " (split)" : "")}, objective {Number(g.Objective)}, gap {Signed(g.Gap)}\n");
            }
        }
        else
        {
            text.Append("No standing: the maturity record could not be built or had no evaluation date.\n");
        }

        text.Append("Rules:\n");
        foreach (var r in result.Rules)
        {
            text.Append("  ").Append(r.Rule).Append(' ').Append(RuleResult.StatusText(r.Status)).Append(": ").Append(r.Summary).Append('\n');
        }

        text.Append('\n').Append(ValidationReportText.Format(result.Report, null, result.Why));
        return text.ToString();
    }

    private static PhaseStandingContract? Standing(PhaseStanding? s) =>
        s is null ? null : new PhaseStandingContract((int)s.Phase, s.AggregateScore, s.LatestAssessmentOn, s.DimensionsAssessed);

    private static string Describe(PhaseStanding? s, MaturityRecord record) => s is null
        ? "not assessed"
        : string.Create(CultureInfo.InvariantCulture,
            $"phase {(int)s.Phase} ({record.Matrix.Phases.Aggregate.ToString().ToLowerInvariant()} score {s.AggregateScore:0.##}, {s.DimensionsAssessed} of {record.Matrix.Dimensions.Length} dimensions, latest {ModelText.Date(s.LatestAssessmentOn)})");

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string Signed(decimal? value) => value is { } v ? v.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "-";
}
