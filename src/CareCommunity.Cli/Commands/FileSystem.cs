namespace CareCommunity.Cli.Commands;

/// <summary>
/// The commands' file-system access. Every failure becomes a <see cref="UsageException"/> (exit 2) naming the path and
/// the reason in plain words, never an internal error.
/// </summary>
internal static class FileSystem
{
    /// <summary>Checks that every input exists and is a file, before any is read.</summary>
    /// <param name="paths">The paths as given.</param>
    public static void RequireInputFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                continue;
            }

            if (Directory.Exists(path))
            {
                throw new UsageException($"'{path}' is a folder, not a file.");
            }

            throw new UsageException(FileUnder(path) is { } file
                ? $"File not found: '{path}': '{file}' is a file, not a folder."
                : $"File not found: '{path}'.");
        }
    }

    /// <summary>The length of an input file in bytes, without reading it.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The length.</returns>
    public static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            throw new UsageException($"Cannot read '{path}': {Reason(path, e)}.");
        }
    }

    /// <summary>Reads an input file.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            throw new UsageException($"Cannot read '{path}': {Reason(path, e)}.");
        }
    }

    /// <summary>Writes a result file, replacing it.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="text">The text.</param>
    public static void WriteText(string path, string text)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"Cannot write '{path}': it is a folder.");
        }

        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            throw new UsageException($"Cannot write '{path}': {Reason(path, e)}.");
        }
    }

    /// <summary>
    /// Opens a new file for writing at <paramref name="path"/>, replacing what is there (decision 0063): a regular file with
    /// content is removed and a new file created in its place, rather than cut to nothing and rewritten in place — a
    /// program still reading the old file keeps its bytes, and the file system is not asked to flush the whole new file
    /// when it is closed (ext4 does that for a file truncated to nothing and rewritten). A symbolic link, an empty file and
    /// a device (<c>/dev/null</c>) are opened as they are.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="bufferSize">The stream's buffer.</param>
    /// <returns>The open file.</returns>
    public static FileStream Replace(string path, int bufferSize)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && existing.LinkTarget is null && existing.Length > 0)
        {
            existing.Delete();
        }

        try
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by someone else in between, or a device: open it as it is.
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize);
        }
    }

    /// <summary>Creates (or replaces) a result file for streaming output.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The open file, buffered.</returns>
    public static FileStream CreateFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"Cannot write '{path}': it is a folder.");
        }

        try
        {
            return Replace(path, 1 << 16);
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            throw new UsageException($"Cannot write '{path}': {Reason(path, e)}.");
        }
    }

    /// <summary>Creates a folder (and its parents) for output.</summary>
    /// <param name="path">The path as given.</param>
    public static void CreateFolder(string path)
    {
        if (File.Exists(path))
        {
            throw new UsageException($"Cannot create the folder '{path}': it is a file.");
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (IsFileSystemFailure(e))
        {
            throw new UsageException($"Cannot create the folder '{path}': {Reason(path, e)}.");
        }
    }

    private static bool IsFileSystemFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException;

    /// <summary>Why an access failed, in words: the .NET messages repeat the full path and say "part of the path".</summary>
    private static string Reason(string path, Exception e)
    {
        if (FileUnder(path) is { } file)
        {
            return $"'{file}' is a file, not a folder";
        }

        if (e is DirectoryNotFoundException)
        {
            return Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent ? $"the folder '{parent}' does not exist" : "its folder does not exist";
        }

        return e switch
        {
            FileNotFoundException => "it does not exist",
            UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
            PathTooLongException => "the path is too long",
            ArgumentException or NotSupportedException => "not a valid path",
            _ => e.Message.TrimEnd('.'),
        };
    }

    /// <summary>The nearest existing ancestor of <paramref name="path"/> that is a file, if any (e.g. <c>README.md</c> in <c>README.md/schemas</c>).</summary>
    private static string? FileUnder(string path)
    {
        string? full;
        try
        {
            full = Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        for (var ancestor = full; !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return ancestor;
            }

            if (Directory.Exists(ancestor))
            {
                return null;
            }
        }

        return null;
    }
}
