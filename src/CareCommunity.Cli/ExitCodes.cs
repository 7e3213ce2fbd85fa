namespace CareCommunity.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Success: the data is valid (warnings allowed) or the command did its work.</summary>
    public const int Ok = 0;

    /// <summary>The data broke rules or records were rejected.</summary>
    public const int RulesBroken = 1;

    /// <summary>Usage error: bad arguments, a missing file, a file or folder that cannot be read or written.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error.</summary>
    public const int Internal = 3;
}

/// <summary>A mistake on the command line or in the files it names: reported on one line, exit code 2.</summary>
/// <param name="message">What is wrong, in the command line's words, naming the option or path.</param>
internal sealed class UsageException(string message) : Exception(message);
