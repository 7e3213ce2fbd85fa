using CareCommunity.Testing;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Json.Tests.Support;

namespace CareCommunity.Domain.Json.Tests.Schemas;

public sealed class JsonSchemasTests
{
    private const string Regenerate = "dotnet run --project src/CareCommunity.Cli -- schema --output-dir docs/schemas";

    private const string CareCommunitySchemaFile = "care-community.schema.json";

    private static JsonObject CareCommunitySchema() =>
        JsonNode.Parse(JsonSchemas.All().Single(s => s.FileName == CareCommunitySchemaFile).Text)!.AsObject();

    public static TheoryData<string> SchemaFileNames() => [.. JsonSchemas.All().Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(SchemaFileNames))]
    public void All_EachSchema_EqualsThePublishedFileByteForByte(string fileName)
    {
        var expected = JsonSchemas.All().Single(s => s.FileName == fileName).Text;
        var path = Path.Combine(RepositoryFiles.SchemasFolder, fileName);
        Assert.True(File.Exists(path), $"docs/schemas/{fileName} is missing: run `{Regenerate}`.");

        var published = File.ReadAllBytes(path);

        Assert.True(published.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(expected)),
            $"docs/schemas/{fileName} is stale (it differs from what the contracts generate): run `{Regenerate}` and commit the result.");
    }

    [Fact]
    public void All_PublishedFolder_HoldsNoOtherSchema()
    {
        var published = Directory.EnumerateFiles(RepositoryFiles.SchemasFolder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

        Assert.Equal(JsonSchemas.All().Select(s => s.FileName).Order(StringComparer.Ordinal), published);
    }

    [Fact]
    public void All_Schemas_AreDraft202012WithIdsUnderTheBaseUri()
    {
        foreach (var schema in JsonSchemas.All())
        {
            var json = JsonNode.Parse(schema.Text)!;
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", json["$schema"]!.GetValue<string>());
            Assert.Equal(JsonSchemas.BaseUri + schema.FileName, json["$id"]!.GetValue<string>());
            Assert.EndsWith("}\n", schema.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", schema.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void All_EveryObjectSchema_DisallowsAdditionalProperties()
    {
        foreach (var schema in JsonSchemas.All())
        {
            var objects = Descendants(JsonNode.Parse(schema.Text)!).OfType<JsonObject>().Where(o => o["properties"] is JsonObject).ToArray();
            Assert.NotEmpty(objects);
            Assert.All(objects, o => Assert.False(o["additionalProperties"]!.GetValue<bool>(), $"{schema.FileName}: {o.GetPath()} allows additional properties."));
        }
    }

    [Fact]
    public void CareCommunitySchema_Root_MarksAdditionalPropertiesFalse() =>
        Assert.False(CareCommunitySchema()["additionalProperties"]!.GetValue<bool>());

    [Fact]
    public void CareCommunitySchema_EveryEnum_EqualsEnumTextAllowedValues()
    {
        var checkedEnums = 0;
        Walk(typeof(CareCommunityDocumentContract), CareCommunitySchema(), ref checkedEnums);

        var enumsInSchema = Descendants(CareCommunitySchema()).OfType<JsonObject>().Count(o => o.ContainsKey("enum"));
        Assert.Equal(enumsInSchema, checkedEnums);
        Assert.True(checkedEnums >= 10);
    }

    [Fact]
    public void CareCommunitySchema_ValidSampleTopLevelMembers_AreAllDefined()
    {
        var properties = CareCommunitySchema()["properties"]!.AsObject();
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))!.AsObject();

        Assert.All(sample.Select(p => p.Key), name => Assert.True(properties.ContainsKey(name), $"'{name}' is not in the schema."));
    }

    [Fact]
    public void CareCommunitySchema_RequiredMembers_AreTheContractsNonOptionalParameters()
    {
        var required = CareCommunitySchema()["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal);
        var expected = typeof(CareCommunityDocumentContract).GetConstructors().Single().GetParameters()
            .Where(p => !p.HasDefaultValue).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, required);
    }

    [Fact]
    public void CareCommunitySchema_ValidSample_Conforms() =>
        Assert.Empty(PublishedSchemas.Problems(CareCommunitySchemaFile, JsonNode.Parse(File.ReadAllText(RepositoryFiles.ValidSample))));

    [Theory]
    [MemberData(nameof(InvalidSamplesTests.InvalidSamples), MemberType = typeof(InvalidSamplesTests))]
    public void CareCommunitySchema_InvalidSample_ConformsExactlyWhenItBreaksOnlyRules(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.InvalidSamplesFolder, fileName));
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            Assert.StartsWith("structure-", fileName, StringComparison.Ordinal);
            return;
        }

        var problems = PublishedSchemas.Problems(CareCommunitySchemaFile, json);

        if (fileName.StartsWith("cc-", StringComparison.Ordinal))
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.NotEmpty(problems);
        }
    }

    [Fact]
    public void CareCommunitySchema_SerializedBuilderCommunity_Conforms()
    {
        var builder = Testing.LocalCareCommunityBuilder.Valid();
        var json = JsonNode.Parse(CareCommunityDocument.Serialize(builder.Build(), builder.AsOfDate));

        Assert.Empty(PublishedSchemas.Problems(CareCommunitySchemaFile, json));
    }

    private static void Walk(Type contract, JsonObject schema, ref int checkedEnums)
    {
        var properties = schema["properties"]!.AsObject();
        foreach (var property in contract.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var node = properties[name] as JsonObject;
            Assert.True(node is not null, $"{contract.Name}.{property.Name} ('{name}') is not in the schema.");

            if (property.GetCustomAttribute<EnumValuesAttribute>() is { } enumValues)
            {
                var target = node["items"] as JsonObject ?? node;
                var actual = target["enum"]!.AsArray().Select(v => v?.GetValue<string>()).ToArray();
                var expected = EnumText.AllowedValues(enumValues.EnumType).Select(v => (string?)v).ToList();
                if (actual.Contains(null))
                {
                    expected.Add(null);
                }

                Assert.True(expected.SequenceEqual(actual), $"{contract.Name}.{property.Name}: schema enum [{string.Join(", ", actual)}] differs from EnumText.AllowedValues({enumValues.EnumType.Name}).");
                checkedEnums++;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = ContractTypes.ElementType(type);
            if (ContractTypes.All.Contains(type))
            {
                Walk(type, node, ref checkedEnums);
            }
            else if (element is not null && ContractTypes.All.Contains(element))
            {
                Walk(element, node["items"]!.AsObject(), ref checkedEnums);
            }
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
