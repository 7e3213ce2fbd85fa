using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>
/// Checks a JSON instance against the subset of JSON Schema the published schemas use (<c>type</c>,
/// <c>properties</c>, <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>enum</c>,
/// <c>const</c>, <c>pattern</c>, <c>format: date</c>, <c>minimum</c>, <c>maximum</c>). Any other keyword fails loudly, so a schema that starts using
/// one is noticed. No JSON Schema validator package is available here.
/// </summary>
internal static class MiniSchema
{
    private static readonly HashSet<string> Understood =
    [
        "$schema", "$id", "title", "description", "default",
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern", "format",
        "minimum", "maximum",
    ];

    /// <summary>Every way the instance breaks the schema, as "path: problem" lines.</summary>
    public static IReadOnlyList<string> Check(JsonNode schema, JsonNode? instance)
    {
        var problems = new List<string>();
        Check(schema.AsObject(), instance, "$", problems);
        return problems;
    }

    private static void Check(JsonObject schema, JsonNode? instance, string at, List<string> problems)
    {
        foreach (var (keyword, _) in schema)
        {
            if (!Understood.Contains(keyword))
            {
                problems.Add($"{at}: schema keyword '{keyword}' is not understood by MiniSchema");
            }
        }

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToArray() : [type.GetValue<string>()];
            var actual = TypeOf(instance);
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number")))
            {
                problems.Add($"{at}: expected {string.Join("|", allowed)}, found {actual}");
                return;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            problems.Add($"{at}: {instance?.ToJsonString() ?? "null"} is not one of {values.ToJsonString()}");
        }

        if (schema.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, instance))
        {
            problems.Add($"{at}: expected the constant {constant?.ToJsonString()}");
        }

        if (instance is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
        {
            var n = number.GetValue<decimal>();
            if (schema["minimum"] is { } minimum && n < minimum.GetValue<decimal>())
            {
                problems.Add($"{at}: {n} is below the minimum {minimum}");
            }

            if (schema["maximum"] is { } maximum && n > maximum.GetValue<decimal>())
            {
                problems.Add($"{at}: {n} is above the maximum {maximum}");
            }
        }

        if (instance is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                problems.Add($"{at}: '{text}' does not match {pattern}");
            }

            if (schema["format"]?.GetValue<string>() == "date" && !NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success)
            {
                problems.Add($"{at}: '{text}' is not a date");
            }
        }

        if (instance is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject ?? [];
            foreach (var required in schema["required"] as JsonArray ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    problems.Add($"{at}: required member '{required}' is missing");
                }
            }

            foreach (var (name, member) in obj)
            {
                if (properties[name] is JsonObject memberSchema)
                {
                    Check(memberSchema, member, $"{at}.{name}", problems);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    problems.Add($"{at}: member '{name}' is not allowed");
                }
            }
        }

        if (instance is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{at}[{i}]", problems);
            }
        }
    }

    private static string TypeOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
                ? "integer"
                : "number",
            _ => "null",
        },
        _ => "unknown",
    };
}
