using System.Text;
using System.Text.RegularExpressions;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Testing;

/// <summary>
/// Writes <c>docs/rules.md</c> from the rule types: for each rule of <see cref="RuleCatalogue.OperatingModel"/> its
/// heading, text, sources, quotes (with modality and a link to <c>docs/sources/</c>), issue codes and options; then
/// the shared <see cref="DocumentIntegrity"/> codes; then the JSON reader's codes, which the generator keeps as they
/// stand in the file (that section is maintained by hand and checked by CareCommunity.Domain.Json's tests).
/// </summary>
public static partial class RulesDocGenerator
{
    /// <summary>The environment variable that, set to 1, makes the test rewrite the file instead of failing.</summary>
    public const string UpdateVariable = "UPDATE_DOCS";

    /// <summary>The heading of the hand-maintained tail.</summary>
    public const string JsonReaderHeading = "## Codes of the JSON reader";

    /// <summary>The document, with <c>\n</c> line ends and a final newline.</summary>
    /// <param name="catalogue">The rules.</param>
    /// <param name="jsonReaderSection">The JSON reader's section, from its heading to the end of the file.</param>
    /// <returns>The text of docs/rules.md.</returns>
    public static string Generate(RuleCatalogue catalogue, string jsonReaderSection)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(jsonReaderSection);
        var w = new StringBuilder();
        w.Append("# Rule catalogue: the care community operating model (CC-1..CC-11)\n\n");
        w.Append("<!-- Generated from the code by RulesDocGenerator (tests/CareCommunity.Domain.Tests/Docs). Do not edit by hand,\n");
        w.Append("     but for the last section (the JSON reader's codes), which is kept as it stands. -->\n\n");
        w.Append("**This file is generated** from the rule types (`OperatingModelRules.All`, exposed as `RuleCatalogue.OperatingModel`)\n");
        w.Append("by `RulesDocGenerator` in `tests/CareCommunity.Domain.Tests/Docs`. The test `RulesDocGeneratorTests` fails when the file\n");
        w.Append("differs from what the code generates; as with the API snapshots (`UPDATE_API_SNAPSHOTS`), regenerate it with\n\n");
        w.Append("```sh\nUPDATE_DOCS=1 dotnet test tests/CareCommunity.Domain.Tests -c Release --filter \"FullyQualifiedName~RulesDocGenerator\"\n```\n\n");
        w.Append("and review the diff. Only the last section, the JSON reader's codes, is edited by hand.\n\n");
        w.Append("Each rule gives its text, the sentences of the sources it enforces (verbatim, with their modality and a link to the\n");
        w.Append("cited lines of the copy in [sources/](sources/README.md)), the issues it raises and the options that change its reading.\n");
        w.Append("The modality of a sentence fixes the default severity of what it reports\n");
        w.Append("([0015](decisions/0015-modality-and-severity.md)): *must* (must, will, required) → Error, *should* → Warning,\n");
        w.Append("*may* (may, can, suggested, could) → Information, *library reading* (the library's own reading, which the\n");
        w.Append("source does not state) → Information unless raised with `--severity code=level`, *document integrity* → Error.\n");
        w.Append("Where the sources are ambiguous the library's reading is recorded in [decisions/](decisions/README.md).\n\n");
        w.Append("**Kind** is the FHIR `IssueType` code the issue carries (`IssueKind`, see\n");
        w.Append("[0009](decisions/0009-validation-report-shape.md)). A `model.*` code is a shared document-integrity check,\n");
        w.Append("listed under each rule that raises it.\n");

        foreach (var rule in catalogue.Rules)
        {
            AppendRule(w, rule);
        }

        w.Append("\n## Codes shared by the rules\n\n");
        w.Append("These check that the document holds together, whichever rule looks at it (`DocumentIntegrity`); they are not\n");
        w.Append("sentences of any source. A rule raises them on the elements it looks at; on the lists no rule owns\n");
        w.Append("(organisations, people) they are reported with no rule id.\n\n");
        w.Append("| Code | Kind | Default severity | Modality | Summary |\n|---|---|---|---|---|\n");
        foreach (var d in DocumentIntegrity.All)
        {
            w.Append("| `").Append(d.Code).Append("` | ").Append(KindName(d.Kind)).Append(" | ").Append(d.DefaultSeverity)
                .Append(" | ").Append(ModalityName(d.Modality)).Append(" | ").Append(Cell(d.Summary)).Append(" |\n");
        }

        w.Append("\nA report lists at most `ValidationLimits.MaxIssues` issues (1,000, `--max-issues`); past that, errors are kept\n");
        w.Append("before warnings and information, and one last issue, `report.issues-left-out` (kind too-costly, no rule id), says how\n");
        w.Append("many issues of each code were left out ([0018](decisions/0018-validation-limits.md)).\n");

        w.Append('\n').Append(jsonReaderSection.ReplaceLineEndings("\n").TrimEnd('\n')).Append('\n');
        return w.ToString();
    }

    /// <summary>
    /// Generates a rules document for rule sets other than the operating model's (e.g. the quality package's MAT and
    /// QUA rules): a title, an introduction, then each rule as in <c>docs/rules.md</c>.
    /// </summary>
    /// <param name="title">The document's title.</param>
    /// <param name="intro">The introduction, Markdown, ending with a newline.</param>
    /// <param name="regenerate">The command that regenerates the file.</param>
    /// <param name="sets">The rule sets, in order.</param>
    /// <returns>The text, with <c>\n</c> line ends and a final newline.</returns>
    public static string GenerateSets(string title, string intro, string regenerate, params IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var w = new StringBuilder();
        w.Append("# ").Append(title).Append("\n\n");
        w.Append("<!-- Generated from the code by RulesDocGenerator (tests/CareCommunity.Testing). Do not edit by hand. -->\n\n");
        w.Append("**This file is generated** from the rule types; a test fails when it differs from what the code generates.\n");
        w.Append("Regenerate it with\n\n```sh\n").Append(regenerate).Append("\n```\n\n");
        w.Append(intro);
        foreach (var set in sets)
        {
            w.Append("\n## ").Append(set.Name).Append('\n');
            foreach (var rule in set.Rules)
            {
                AppendRule(w, rule, level: "###");
            }
        }

        return w.ToString();
    }

    /// <summary>Appends one rule: heading, text, sources, quotes, issue codes and options.</summary>
    /// <param name="w">The text so far.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="level">The heading's level.</param>
    public static void AppendRule(StringBuilder w, Rule rule, string level = "##")
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rule);
        w.Append('\n').Append(level).Append(' ').Append(rule.Id).Append(' ').Append(rule.Title).Append("\n\n");
        w.Append(rule.Text).Append("\n\n");
        w.Append("Sources: ").Append(string.Join("; ", rule.Sources.Select(s => s.ToString()))).Append('\n');

        if (!rule.Quotes.IsEmpty)
        {
            w.Append("\nQuotes:\n");
            foreach (var quote in rule.Quotes)
            {
                w.Append("\n> ").Append(OneLine(quote.Text)).Append("\n>\n> — ").Append(ModalityName(quote.Modality))
                    .Append(", ").Append(Link(quote.Citation)).Append('\n');
            }
        }

        w.Append("\nIssue codes:\n\n");
        w.Append("| Code | Kind | Default severity | Modality | Summary |\n|---|---|---|---|---|\n");
        foreach (var d in rule.IssueDefinitions)
        {
            w.Append("| `").Append(d.Code).Append("` | ").Append(KindName(d.Kind)).Append(" | ").Append(d.DefaultSeverity)
                .Append(" | ").Append(ModalityName(d.Modality)).Append(" | ").Append(Cell(d.Summary)).Append(" |\n");
        }

        if (!rule.Options.IsEmpty)
        {
            w.Append("\nOptions:\n\n");
            w.Append("| Option | Command line | Default | Description |\n|---|---|---|---|\n");
            foreach (var o in rule.Options)
            {
                w.Append("| `").Append(Cell(o.Name)).Append("` | ").Append(o.CommandLine.Length == 0 ? "—" : "`" + Cell(o.CommandLine) + "`")
                    .Append(" | `").Append(Cell(o.Default)).Append("` | ").Append(Cell(o.Description)).Append(" |\n");
            }
        }
    }

    /// <summary>The JSON reader's section of an existing docs/rules.md: from its heading to the end.</summary>
    /// <param name="existing">The file's text.</param>
    /// <returns>The section.</returns>
    /// <exception cref="InvalidOperationException">The file has no such section.</exception>
    public static string JsonReaderSection(string existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var text = existing.ReplaceLineEndings("\n");
        var at = text.StartsWith(JsonReaderHeading, StringComparison.Ordinal) ? 0 : text.IndexOf("\n" + JsonReaderHeading, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"docs/rules.md has no '{JsonReaderHeading}' section to keep.");
        }

        return at == 0 ? text : text[(at + 1)..];
    }

    /// <summary>The modality as the doc spells it.</summary>
    /// <param name="modality">The modality.</param>
    /// <returns>e.g. <c>must</c>, <c>library reading</c>.</returns>
    public static string ModalityName(Modality modality) => modality switch
    {
        Modality.Must => "must",
        Modality.Should => "should",
        Modality.May => "may",
        Modality.LibraryReading => "library reading",
        Modality.DocumentIntegrity => "document integrity",
        _ => modality.ToString(),
    };

    /// <summary>A link to the cited lines, e.g. <c>[001 l.95](sources/001_66a02ae51481bc0b.txt)</c>.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The Markdown link.</returns>
    public static string Link(SourceCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var file = citation.Document.FileName;
        return $"[{file[..Math.Min(3, file.Length)]} {citation.Location}](sources/{file})";
    }

    private static string KindName(CareCommunity.Domain.Validation.IssueKind kind) => UpperCase().Replace(kind.ToString(), m => (m.Index > 0 ? "-" : "") + m.Value.ToLowerInvariant());

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();
}
