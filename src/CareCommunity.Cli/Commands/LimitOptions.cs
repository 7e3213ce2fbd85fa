using System.CommandLine;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// The limits on what a document-reading command reads and reports (<see cref="ValidationLimits"/>, decision 0018),
/// defined once: a command adds <see cref="All"/> and reads <see cref="Read"/>.
/// </summary>
internal sealed class LimitOptions
{
    private static readonly ValidationLimits Defaults = ValidationLimits.Default;

    private readonly Option<int> _documentBytes = SharedOptions.WholeNumber("--max-document-bytes", "bytes", 1, int.MaxValue, (int)Defaults.MaxDocumentBytes,
        "The largest document read, in bytes; a larger one is reported (document.too-large) without being read.");

    private readonly Option<int> _listLength = SharedOptions.WholeNumber("--max-list-length", "entries", 1, int.MaxValue, Defaults.MaxListLength,
        "The most entries read from one list; the rest are counted in a document.list-too-long issue.");

    private readonly Option<int> _textLength = SharedOptions.WholeNumber("--max-text-length", "characters", 1, int.MaxValue, Defaults.MaxTextLength,
        "The longest name, title or reference accepted; a longer one is a value.too-long issue.");

    private readonly Option<int> _issues = SharedOptions.WholeNumber("--max-issues", "issues", 1, int.MaxValue, Defaults.MaxIssues,
        "The most issues listed per document; one more issue says how many of which code were left out.");

    private readonly Option<int> _valueLength = SharedOptions.WholeNumber("--max-value-length", "characters", 1, int.MaxValue, Defaults.MaxEchoedValueLength,
        "The longest offending value echoed in an issue; longer ones are cut, their length stated.");

    /// <summary>Every limit option, to add to a command.</summary>
    public IEnumerable<Option> All => [_documentBytes, _listLength, _textLength, _issues, _valueLength];

    /// <summary>The limits chosen.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The limits (ranges are checked while parsing).</returns>
    public ValidationLimits Read(ParseResult parse) => new()
    {
        MaxDocumentBytes = parse.GetValue(_documentBytes),
        MaxListLength = parse.GetValue(_listLength),
        MaxTextLength = parse.GetValue(_textLength),
        MaxIssues = parse.GetValue(_issues),
        MaxEchoedValueLength = parse.GetValue(_valueLength),
    };
}
