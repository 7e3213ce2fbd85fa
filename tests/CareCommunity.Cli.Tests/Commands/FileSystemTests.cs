using CareCommunity.Cli.Commands;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>Output files are replaced, not rewritten in place (decision 0063).</summary>
public sealed class FileSystemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cc-fs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Replace_AnExistingFile_GivesANewFileAndLeavesTheOldBytesToWhoeverHasThemOpen()
    {
        var path = Path.Combine(_folder, "out.ndjson");
        File.WriteAllText(path, "old content, longer than the new one\n");
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        using (var file = FileSystem.Replace(path, 4096))
        {
            file.Write("new\n"u8);
        }

        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal("old content, longer than the new one\n", new StreamReader(reader).ReadToEnd());
    }

    [Fact]
    public void Replace_NoFileYet_CreatesIt()
    {
        var path = Path.Combine(_folder, "new.ndjson");

        using (var file = FileSystem.Replace(path, 4096))
        {
            file.Write("x"u8);
        }

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void Replace_ASymbolicLink_WritesThroughIt()
    {
        var target = Path.Combine(_folder, "target.ndjson");
        var link = Path.Combine(_folder, "link.ndjson");
        File.WriteAllText(target, "old old old");
        File.CreateSymbolicLink(link, target);

        using (var file = FileSystem.Replace(link, 4096))
        {
            file.Write("new"u8);
        }

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void Replace_TheNullDevice_IsOpenedAsItIs()
    {
        if (!File.Exists("/dev/null"))
        {
            return; // not a Unix machine
        }

        using (var file = FileSystem.Replace("/dev/null", 4096))
        {
            file.Write("x"u8);
        }

        Assert.True(File.Exists("/dev/null"));
    }
}
