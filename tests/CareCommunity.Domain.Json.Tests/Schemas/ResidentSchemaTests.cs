using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Schemas;

/// <summary>resident.schema.json and resident-classification.schema.json: what they say, and the samples against them.</summary>
public sealed class ResidentSchemaTests
{
    private const string Resident = "resident.schema.json";
    private const string Classification = "resident-classification.schema.json";

    /// <summary>The lines of samples/data/population/malformed.ndjson the schema accepts (its README; the ajv script agrees).</summary>
    private static readonly int[] SchemaValidLines = [1, 8, 12, 30, 34, 36];

    private static readonly int[] NotJsonLines = [2, 31, 35];

    private static readonly int[] BlankLines = [26, 27];

    private static JsonObject Schema(string file) => JsonNode.Parse(JsonSchemas.All().Single(s => s.FileName == file).Text)!.AsObject();

    [Fact]
    public void ResidentSchema_Required_IsIdBirthDateAndCareCommunity() =>
        Assert.Equal(["id", "birthDate", "careCommunity"], Schema(Resident)["required"]!.AsArray().Select(n => n!.GetValue<string>()));

    [Fact]
    public void ResidentSchema_Members_AreTheContractsAndNoneIsNullable()
    {
        var schema = Schema(Resident);
        var properties = schema["properties"]!.AsObject();

        Assert.Equal(typeof(ResidentContract).GetConstructors().Single().GetParameters().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)), properties.Select(p => p.Key));
        Assert.DoesNotContain("null", schema.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("default", schema.ToJsonString(), StringComparison.Ordinal);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void ResidentSchema_ValuesAndPatterns_AreTheWireFormats()
    {
        var p = Schema(Resident)["properties"]!;

        Assert.Equal(ResidentContract.IdPattern, p["id"]!["pattern"]!.GetValue<string>());
        Assert.Equal("date", p["birthDate"]!["format"]!.GetValue<string>());
        Assert.Equal(ResidentContract.DatePattern, p["birthDate"]!["pattern"]!.GetValue<string>());
        Assert.Equal(ResidentContract.CareCommunityIds, p["careCommunity"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(ResidentContract.ConditionNames, p["conditions"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(21, ResidentContract.ConditionNames.Length);
        Assert.True(p["conditions"]!["uniqueItems"]!.GetValue<bool>());
        Assert.Equal(1, p["imdDecile"]!["minimum"]!.GetValue<double>());
        Assert.Equal(10, p["imdDecile"]!["maximum"]!.GetValue<double>());
        foreach (var flag in new[] { "learningDisability", "autism", "seriousMentalIllness" })
        {
            Assert.Equal("boolean", p[flag]!["type"]!.GetValue<string>());
        }
    }

    [Fact]
    public void ResidentSchema_Frailty_IsExactlyOneOfLevelEfiOrCfs()
    {
        var branches = Schema(Resident)["properties"]!["frailty"]!["oneOf"]!.AsArray().Select(b => b!.AsObject()).ToArray();

        Assert.Equal(["level", "efi", "cfs"], branches.Select(b => b["required"]!.AsArray().Single()!.GetValue<string>()));
        Assert.All(branches, b => Assert.False(b["additionalProperties"]!.GetValue<bool>()));
        Assert.Equal(ResidentContract.FrailtyLevels, branches[0]["properties"]!["level"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal((0.0, 1.0), (branches[1]["properties"]!["efi"]!["minimum"]!.GetValue<double>(), branches[1]["properties"]!["efi"]!["maximum"]!.GetValue<double>()));
        Assert.Equal("integer", branches[2]["properties"]!["cfs"]!["type"]!.GetValue<string>());
        Assert.Equal((1.0, 9.0), (branches[2]["properties"]!["cfs"]!["minimum"]!.GetValue<double>(), branches[2]["properties"]!["cfs"]!["maximum"]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"frailty\":{\"cfs\":6}}", true)]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"frailty\":{\"efi\":0.3,\"cfs\":6}}", false)]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"frailty\":{\"cfs\":6.5}}", false)]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"conditions\":null}", false)]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"imdDecile\":0}", false)]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1899-12-31\",\"careCommunity\":\"crewe\"}", false)]
    [InlineData("{\"id\":\"\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}", false)]
    public void ResidentSchema_Instance_ConformsAsTheWireFormatSays(string json, bool valid) =>
        Assert.Equal(valid, PublishedSchemas.Problems(Resident, JsonNode.Parse(json)).Count == 0);

    [Fact]
    public void ResidentSchema_GeneratedSample_EveryLineConforms()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("samples/data/population/residents-1000.ndjson"));

        Assert.Equal(1_000, lines.Length);
        Assert.All(lines, line => Assert.Empty(PublishedSchemas.Problems(Resident, JsonNode.Parse(line))));
    }

    [Fact]
    public void ResidentSchema_MalformedSample_EachLineConformsOrNotAsItsReadmeSays()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.PathOf("samples/data/population/malformed.ndjson"));
        var lines = Encoding.UTF8.GetString(bytes).Split('\n')[..^1];
        var readme = File.ReadAllText(RepositoryFiles.PathOf("samples/data/population/README.md"));

        Assert.Equal(36, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            Assert.Contains($"| {number} |", readme, StringComparison.Ordinal);
            if (BlankLines.Contains(number))
            {
                Assert.True(string.IsNullOrWhiteSpace(lines[i]), $"line {number} should be blank");
                continue;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(lines[i]);
            }
            catch (JsonException)
            {
                // Line 24 nests 200 deep (System.Text.Json stops at 64); line 30 repeats a member.
                Assert.True(NotJsonLines.Contains(number) || number is 24 or 30, $"line {number} should be JSON");
                continue;
            }
            catch (ArgumentException)
            {
                Assert.Equal(30, number); // a duplicate member: System.Text.Json's JsonObject refuses it
                continue;
            }

            Assert.False(NotJsonLines.Contains(number), $"line {number} should not be JSON");
            Assert.True(SchemaValidLines.Contains(number) == (PublishedSchemas.Problems(Resident, node).Count == 0), $"line {number}: the schema's verdict differs from the README's");
        }
    }

    [Fact]
    public void ResidentContract_GeneratedSample_RoundTripsThroughTheStrictContext()
    {
        foreach (var line in File.ReadLines(RepositoryFiles.PathOf("samples/data/population/residents-1000.ndjson")))
        {
            var resident = JsonSerializer.Deserialize(line, PopulationJsonContext.Default.ResidentContract)!;

            Assert.Equal(line, JsonSerializer.Serialize(resident, PopulationJsonContext.Default.ResidentContract));
        }
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"nickname\":\"Bert\"}")]
    [InlineData("{\"id\":\"a\",\"id\":\"b\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\"}")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-02-30\",\"careCommunity\":\"crewe\"}")]
    public void ResidentContract_StructurallyBadLine_IsRefused(string line) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(line, PopulationJsonContext.Default.ResidentContract));

    [Fact]
    public void ClassificationSchema_TheContractsExampleRecord_Conforms()
    {
        // The example of the agreed contract (POP-API.md).
        var record = JsonNode.Parse("""
            {"line":1,"id":"ce-0000001","careCommunity":"crewe","age":76,"stageOfLife":"older-people","need":"complex","complex":true,"criteria":["two-or-more-long-term-conditions","frailty-and-listed-condition"],"longTermConditions":2,"frailty":"moderate","core20":false,"risk":"high"}
            """);

        Assert.Empty(PublishedSchemas.Problems(Classification, record));
        record!.AsObject().Remove("risk");
        Assert.Empty(PublishedSchemas.Problems(Classification, record));
    }

    [Theory]
    [InlineData("criteria", "[\"frail\"]")]
    [InlineData("criteria", "[\"serious-mental-illness\",\"serious-mental-illness\"]")]
    [InlineData("stageOfLife", "\"adults\"")]
    [InlineData("need", "null")]
    [InlineData("frailty", "\"unknown\"")]
    [InlineData("line", "0")]
    [InlineData("risk", "\"medium\"")]
    public void ClassificationSchema_BadMember_DoesNotConform(string member, string value)
    {
        var record = JsonNode.Parse("""
            {"line":1,"id":"ce-0000001","careCommunity":"crewe","age":76,"stageOfLife":"older-people","need":"complex","complex":true,"criteria":[],"longTermConditions":2,"frailty":"moderate","core20":false}
            """)!.AsObject();
        record[member] = JsonNode.Parse(value);

        Assert.NotEmpty(PublishedSchemas.Problems(Classification, record));
    }
}
