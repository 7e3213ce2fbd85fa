using System.CommandLine;
using CareCommunity.Domain.Json;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// <c>carecommunity schema [--output-dir DIR]</c>: the care-community document's JSON Schema on standard output, or
/// every published schema written into a folder (how <c>docs/schemas</c> is regenerated).
/// </summary>
internal sealed class SchemaCommand : ICliCommand
{
    private readonly Option<string?> _directory = new("--output-dir", "-o")
    {
        Description = "Write every schema into this folder (e.g. docs/schemas) instead of printing the care-community schema.",
        HelpName = "folder",
    };

    /// <inheritdoc/>
    public Command Build() =>
        new("schema", "Print the JSON Schema of the care-community document, or write all published schemas to a folder.") { _directory };

    /// <inheritdoc/>
    public int Run(ParseResult parse, CliContext context)
    {
        var all = JsonSchemas.All();
        var directory = parse.GetValue(_directory);
        if (directory is null)
        {
            context.Out.Write(all.First(s => s.FileName == "care-community.schema.json").Text);
            return ExitCodes.Ok;
        }

        FileSystem.CreateFolder(directory);
        foreach (var schema in all)
        {
            var path = Path.Combine(directory, schema.FileName);
            FileSystem.WriteText(path, schema.Text);
            context.Error.WriteLine($"wrote {path}");
        }

        return ExitCodes.Ok;
    }
}
