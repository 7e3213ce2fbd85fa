using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using CareCommunity.Domain.Json.Contracts;
using NodaTime;

namespace CareCommunity.Domain.Json;

/// <summary>One published JSON Schema: its file name under <c>docs/schemas/</c> and its text.</summary>
/// <param name="FileName">The file name, e.g. <c>care-community.schema.json</c>.</param>
/// <param name="Text">The schema (draft 2020-12), indented, ending in a newline.</param>
public sealed record PublishedSchema(string FileName, string Text);

/// <summary>
/// The JSON Schemas of the library's document kinds, generated from the contracts with
/// <see cref="JsonSchemaExporter"/> and completed with what the contracts express through attributes: allowed enum
/// values, identifier patterns, ISO dates. The files in <c>docs/schemas/</c> are these texts; a test fails when they are stale.
/// </summary>
public static class JsonSchemas
{
    /// <summary>The base URI of the published schemas' <c>$id</c>.</summary>
    public const string BaseUri = "https://carecommunity.dev/schemas/";

    /// <summary>Every published schema.</summary>
    /// <returns>The schemas, in file-name order.</returns>
    public static IReadOnlyList<PublishedSchema> All() =>
    [
        Create("care-community.schema.json", "Care community document",
            "One care community of the Care Communities Operating Model (CC-1..CC-11).", CareCommunityJsonContext.Default.CareCommunityDocumentContract),
        Create("decision-result.schema.json", "Decision result",
            "What the domain decided on a matter put to the C&M Partnership Board: level, eligibility, quorum, consensus, the 75% working, outcome, clauses and referral (carecommunity decide --format json).", CareCommunityJsonContext.Default.DecisionReportContract),
        Create("dispute-status.schema.json", "Dispute status",
            "A dispute's stage at an instant: what is due and by when, what is overdue, the events allowed next and MOU-7's result (carecommunity dispute --format json).", CareCommunityJsonContext.Default.DisputeStatusReportContract),
        Create("dispute.schema.json", "Dispute document",
            "A dispute between partners of the Cheshire & Merseyside Health and Care Partnership and its dated events through the dispute resolution process (MOU-7; carecommunity dispute).", CareCommunityJsonContext.Default.DisputeDocumentContract),
        Create("maturity-record.schema.json", "Maturity record document",
            "One care community's maturity matrix (SCIROCCO by default), subjective and objective assessments, freedoms by phase and named leads (MAT-1..MAT-3).", CareCommunityJsonContext.Default.MaturityRecordContract),
        Create("measure-series.schema.json", "Measure series document",
            "A measure's dated values for an XmR chart (carecommunity spc series.json).", CareCommunityJsonContext.Default.MeasureSeriesDocumentContract),
        Create("meeting.schema.json", "Meeting document",
            "A matter put to a meeting of the Cheshire & Merseyside Partnership Board: members, seats, presence, positions and quorum (MOU-2..MOU-6; carecommunity decide).", CareCommunityJsonContext.Default.MeetingDocumentContract),
        Create("place.schema.json", "Place document",
            "A Place and its care communities, e.g. Cheshire East's eight (CC-1).", CareCommunityJsonContext.Default.PlaceDocumentContract),
        Create("quality-plan.schema.json", "Quality plan document",
            "A care community's quality goals by financial year and improvement projects (QUA-1..QUA-3).", CareCommunityJsonContext.Default.QualityPlanContract),
        Create("resident-classification.schema.json", "Resident classification",
            "One result record of carecommunity classify: a resident's stage of life, holistic need, complexity and the criteria behind it (one NDJSON line).", PopulationHealth.PopulationJsonContext.Default.ResidentClassificationContract),
        Create("resident.schema.json", "Resident",
            "One resident of a population file (one NDJSON line; the CSV form has the same columns): pseudonymous id, birth date, care community, long-term conditions, frailty, flags, deprivation decile and ICD-10 diagnoses.", PopulationHealth.PopulationJsonContext.Default.ResidentContract),
        Create("rule-catalogue.schema.json", "Rule catalogue",
            "The rules of the CareCommunity.Domain model with their seed citations (carecommunity rules --format json).", CareCommunityJsonContext.Default.RuleCatalogueContract),
        Create("spc-result.schema.json", "SPC result",
            "A measure series' report and XmR chart: partitions, points, signals, variation and assurance icons (carecommunity spc --format json).", CareCommunityJsonContext.Default.SpcResultContract),
        Create("validation-batch.schema.json", "Validation batch",
            "The reports of several documents validated together (carecommunity validate a.json b.json --format json).", CareCommunityJsonContext.Default.ValidationBatchContract),
        Create("validation-report.schema.json", "Validation report",
            "The issues found validating a document (carecommunity validate --format json).", CareCommunityJsonContext.Default.ValidationReportContract),
    ];

    private static PublishedSchema Create(string fileName, string title, string description, JsonTypeInfo typeInfo)
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var generated = typeInfo.GetJsonSchemaAsNode(options).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = BaseUri + fileName,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in generated.ToArray())
        {
            generated.Remove(key);
            schema[key] = value;
        }

        var text = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new PublishedSchema(fileName, text.ReplaceLineEndings("\n") + "\n");
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            var nullable = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null;
            schema = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["format"] = "date" };
        }

        if (type == typeof(Instant))
        {
            var nullable = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null;
            schema = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["format"] = "date-time", ["pattern"] = "Z$" };
        }

        if (typeof(IEnumerable<LocalDate>).IsAssignableFrom(type) && schema is JsonObject dates)
        {
            dates["items"] = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }

        if (context.PropertyInfo is { AttributeProvider: { } provider } && schema is JsonObject obj)
        {
            var enumValues = provider.GetCustomAttributes(typeof(EnumValuesAttribute), false).OfType<EnumValuesAttribute>().FirstOrDefault();
            if (enumValues is not null)
            {
                var target = obj["items"] as JsonObject ?? obj;
                var allowed = new JsonArray([.. EnumText.AllowedValues(enumValues.EnumType).Select(v => (JsonNode)v)]);
                if (IsNullable(target))
                {
                    allowed.Add(null);
                }

                target["enum"] = allowed;
            }

            if (provider.GetCustomAttributes(typeof(ValueRangeAttribute), false).OfType<ValueRangeAttribute>().FirstOrDefault() is { } range)
            {
                obj["minimum"] = range.Minimum;
                if (!double.IsNaN(range.Maximum))
                {
                    obj["maximum"] = range.Maximum;
                }
            }

            if (provider.IsDefined(typeof(NonBlankAttribute), false))
            {
                obj["pattern"] = "\\S";
            }

            if (provider.IsDefined(typeof(FinancialYearValueAttribute), false))
            {
                obj["pattern"] = FinancialYearValueAttribute.Pattern;
            }

            if (provider.IsDefined(typeof(IdentifierValueAttribute), false))
            {
                (obj["items"] as JsonObject ?? obj)["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$";
            }
        }

        schema = WireRecord(context, type, schema);

        if ((type == typeof(CareCommunityDocumentContract) || type == typeof(PlaceDocumentContract) || type == typeof(MaturityRecordContract) || type == typeof(QualityPlanContract) || type == typeof(MeasureSeriesDocumentContract) || type == typeof(SpcResultContract) || type == typeof(MeetingDocumentContract) || type == typeof(DisputeDocumentContract)) && schema is JsonObject doc && doc["properties"]?["schemaVersion"] is JsonObject version)
        {
            version["const"] = CareCommunityDocumentContract.CurrentSchemaVersion;
        }

        return schema;
    }

    /// <summary>The record formats' attributes: patterns, allowed words, unique items; a wire record's optional members
    /// without <c>null</c>; a contract holding exactly one member as a <c>oneOf</c>.</summary>
    private static JsonNode WireRecord(JsonSchemaExporterContext context, Type type, JsonNode schema)
    {
        if (schema is not JsonObject obj)
        {
            return schema;
        }

        if (context.PropertyInfo is { AttributeProvider: { } provider })
        {
            if (provider.GetCustomAttributes(typeof(ValuePatternAttribute), false).OfType<ValuePatternAttribute>().FirstOrDefault() is { } pattern)
            {
                (obj["items"] as JsonObject ?? obj)["pattern"] = pattern.Pattern;
            }

            if (provider.GetCustomAttributes(typeof(AllowedTextsAttribute), false).OfType<AllowedTextsAttribute>().FirstOrDefault() is { } allowed)
            {
                (obj["items"] as JsonObject ?? obj)["enum"] = new JsonArray([.. allowed.Values.Select(v => (JsonNode)v)]);
            }

            if (provider.IsDefined(typeof(UniqueItemsAttribute), false))
            {
                obj["uniqueItems"] = true;
            }

            if (context.PropertyInfo.DeclaringType.IsDefined(typeof(WireRecordAttribute), false))
            {
                obj.Remove("default");
                if (obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
                {
                    var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
                    obj["type"] = kept.Length == 1 ? kept[0] : new JsonArray([.. kept.Select(t => (JsonNode)t)]);
                }
            }
        }

        if (type.IsDefined(typeof(ExactlyOneMemberAttribute), false) && obj["properties"] is JsonObject properties)
        {
            var branches = new JsonArray();
            foreach (var (name, member) in properties.ToArray())
            {
                branches.Add((JsonNode)new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { [name] = member!.DeepClone() },
                    ["required"] = new JsonArray(name),
                    ["additionalProperties"] = false,
                });
            }

            obj.Remove("properties");
            obj.Remove("required");
            obj.Remove("additionalProperties");
            obj["oneOf"] = branches;
        }

        return obj;
    }

    private static bool IsNullable(JsonObject schema) =>
        schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
}
