using CareCommunity.Testing;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Domain.Json;

namespace CareCommunity.Cli.Tests;

public sealed class CliApplicationSchemaTests
{
    [Fact]
    public void Schema_NoOptions_PrintsThePublishedCareCommunitySchema()
    {
        var result = CliRunner.Run("schema");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("docs/schemas/care-community.schema.json")), result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Schema_OutputDir_WritesEveryPublishedSchema()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "schemas");

        var result = CliRunner.Run("schema", "--output-dir", folder);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("", result.Out);
        var written = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(JsonSchemas.All().Select(s => s.FileName).Order(StringComparer.Ordinal), written);
        Assert.Superset(new HashSet<string> { "care-community.schema.json", "rule-catalogue.schema.json", "validation-report.schema.json" }, new HashSet<string>(written));
        foreach (var schema in JsonSchemas.All())
        {
            Assert.Equal(schema.Text, File.ReadAllText(Path.Combine(folder, schema.FileName)));
            Assert.Contains(schema.FileName, result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_OutputDir_FilesEqualTheCommittedOnes()
    {
        using var temp = new TempFolder();

        CliRunner.Run("schema", "-o", temp.Path);

        foreach (var schema in JsonSchemas.All())
        {
            Assert.Equal(
                File.ReadAllBytes(RepositoryFiles.PathOf("docs/schemas/" + schema.FileName)),
                File.ReadAllBytes(Path.Combine(temp.Path, schema.FileName)));
        }
    }
}
