using System.Buffers;
using System.Text;
using System.Text.Json;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The <c>--summary</c> file of <c>classify</c>: what was read (lines, blank lines, records, accepted, rejected, warnings,
/// duplicates, each issue code's count) and the population summary of the accepted residents, for the Place and per
/// care community: stage of life × holistic need, complexity and each criterion, condition prevalence, frailty,
/// Core20 share. Rates are percentages of the residents counted, to one decimal place.
/// </summary>
public static class ClassifySummaryJson
{
    /// <summary>The summary as an indented JSON document.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <returns>The JSON, ending in a newline.</returns>
    public static string Serialize(ClassifyRunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("referenceDate", ResidentText.FormatDate(summary.ReferenceDate));
            json.WriteString("format", summary.Format == ResidentFileFormat.Csv ? "csv" : "ndjson");
            json.WriteNumber("lines", summary.Lines);
            json.WriteNumber("blankLines", summary.BlankLines);
            json.WriteNumber("records", summary.Records);
            json.WriteNumber("accepted", summary.Accepted);
            json.WriteNumber("rejected", summary.Rejected);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("duplicates", summary.Duplicates);
            json.WriteString("duplicateCheck", summary.DuplicateCheck);
            json.WriteBoolean("secondPass", summary.SecondPass);
            json.WriteStartObject("issues");
            foreach (var (code, count) in summary.IssueCounts)
            {
                json.WriteNumber(code, count);
            }

            json.WriteEndObject();
            json.WriteStartObject("population");
            json.WritePropertyName("place");
            Counts(json, summary.Population.Place);
            json.WriteStartObject("careCommunities");
            foreach (var community in summary.Population.CareCommunities)
            {
                json.WritePropertyName(community.Value);
                Counts(json, summary.Population.For(community));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Counts(Utf8JsonWriter json, PopulationCounts counts)
    {
        json.WriteStartObject();
        json.WriteNumber("residents", counts.Residents);
        json.WriteStartArray("segments");
        foreach (var stage in Enum.GetValues<StageOfLife>())
        {
            foreach (var need in Enum.GetValues<HolisticNeed>())
            {
                json.WriteStartObject();
                json.WriteString("stageOfLife", SegmentNames.Name(stage));
                json.WriteString("need", SegmentNames.Name(need));
                Share(json, counts.Count(stage, need), counts.RateOf(stage, need));
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WritePropertyName("complex");
        json.WriteStartObject();
        Share(json, counts.Complex, counts.ComplexRate);
        json.WriteEndObject();
        json.WriteStartObject("criteria");
        foreach (var criterion in ComplexityCriteriaNames.InOrder)
        {
            json.WritePropertyName(ComplexityCriteriaNames.Name(criterion));
            json.WriteStartObject();
            Share(json, counts.Meeting(criterion), counts.Of(counts.Meeting(criterion)));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("conditions");
        foreach (var name in ConditionNames.All)
        {
            var condition = ConditionNames.Parse(name);
            json.WritePropertyName(name);
            json.WriteStartObject();
            Share(json, counts.WithCondition(condition), counts.Prevalence(condition));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("frailty");
        json.WriteNumber("not-assessed", counts.WithFrailty(null));
        foreach (var level in Enum.GetValues<FrailtyLevel>())
        {
            json.WriteNumber(ResultWords.Frailty(level), counts.WithFrailty(level));
        }

        json.WriteEndObject();
        json.WriteNumber("learningDisability", counts.LearningDisability);
        json.WriteNumber("autism", counts.Autism);
        json.WriteNumber("seriousMentalIllness", counts.SeriousMentalIllness);
        json.WriteNumber("deprivationKnown", counts.DeprivationKnown);
        json.WritePropertyName("core20");
        json.WriteStartObject();
        Share(json, counts.Core20, counts.Core20Share);
        if (counts.Core20ShareOfKnown.Percent() is { } known)
        {
            json.WriteNumber("percentOfKnown", known);
        }

        json.WriteEndObject();
        json.WriteStartObject("risk");
        json.WriteNumber("not-assessed", counts.WithRisk(null));
        json.WriteNumber("low", counts.WithRisk(RiskLevel.Low));
        json.WriteNumber("high", counts.WithRisk(RiskLevel.High));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Share(Utf8JsonWriter json, long count, Rate rate)
    {
        json.WriteNumber("count", count);
        if (rate.Percent() is { } percent)
        {
            json.WriteNumber("percent", percent);
        }
    }
}
