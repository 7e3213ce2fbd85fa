using CareCommunity.Testing;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Domain.Json;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>carecommunity schema: the published JSON Schemas.</summary>
public sealed class SchemaCommandTests
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

    [Fact]
    public void Schema_OutputDirUnderAFile_ExitsTwoNamingTheFile()
    {
        // e.g. carecommunity schema --output-dir README.md/schemas (was exit 3, "internal error").
        using var temp = new TempFolder();
        var file = temp.Write("README.md", "# readme");
        var folder = Path.Combine(file, "schemas");

        var result = CliRunner.Run("schema", "--output-dir", folder);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot create the folder '{folder}': '{file}' is a file, not a folder.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.False(CliRunner.HasStackTrace(result.Error));
    }

    [Fact]
    public void Schema_OutputDirIsAFile_ExitsTwoSayingSo()
    {
        using var temp = new TempFolder();
        var file = temp.Write("schemas", "");

        var result = CliRunner.Run("schema", "--output-dir", file);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot create the folder '{file}': it is a file.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_SchemaFileIsAFolder_ExitsTwoNamingIt()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "place.schema.json"));

        var result = CliRunner.Run("schema", "--output-dir", temp.Path);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"Cannot write '{Path.Combine(temp.Path, "place.schema.json")}': it is a folder.", result.Error, StringComparison.Ordinal);
    }
}
