namespace CareCommunity.Domain.Json.Contracts;

/// <summary>A validation report as JSON (<c>docs/schemas/validation-report.schema.json</c>).</summary>
/// <param name="Valid">True when no issue is an error.</param>
/// <param name="ErrorCount">Number of errors.</param>
/// <param name="WarningCount">Number of warnings.</param>
/// <param name="InformationCount">Number of information issues.</param>
/// <param name="RulesBroken">The distinct rule ids named by an error or a warning, in id order: the rules the document breaks or is at risk of breaking.</param>
/// <param name="RulesWithInformation">The distinct rule ids named only by information issues (e.g. a report falling due, CC-6), in id order: not broken.</param>
/// <param name="Issues">The issues, in the report's stable order.</param>
/// <param name="Checks">When an explanation was asked for: every rule checked, met or not, and the figures it looked at.</param>
public sealed record ValidationReportContract(bool Valid, int ErrorCount, int WarningCount, int InformationCount, IReadOnlyList<string> RulesBroken,
    IReadOnlyList<string> RulesWithInformation, IReadOnlyList<ValidationIssueContract> Issues,
    IReadOnlyList<RuleCheckContract>? Checks = null);

/// <summary>The reports of several documents validated together (<c>carecommunity validate a.json b.json --format json</c>).</summary>
/// <param name="Documents">One entry per document, in the order given.</param>
/// <param name="ValidCount">How many documents are valid.</param>
/// <param name="InvalidCount">How many are not.</param>
public sealed record ValidationBatchContract(IReadOnlyList<DocumentReportContract> Documents, int ValidCount, int InvalidCount);

/// <summary>One document's report within a batch.</summary>
/// <param name="File">The file as given.</param>
/// <param name="Kind">careCommunity or place.</param>
/// <param name="Report">Its report.</param>
public sealed record DocumentReportContract(string File, string Kind, ValidationReportContract Report);

/// <summary>How one rule bore on a validation: whether it was met, why, and the inputs it looked at.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Met">True when no error names the rule.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Inputs">The figures the rule looked at, by name.</param>
public sealed record RuleCheckContract(string Rule, bool Met, string Reason, IReadOnlyDictionary<string, string> Inputs);

/// <summary>One validation issue as JSON.</summary>
/// <param name="Severity">error, warning or information.</param>
/// <param name="Kind">structure, required, value, invariant or businessRule.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Location">A JSON-path-like expression into the document, e.g. <c>$.coreGroup[2].personId</c>.</param>
/// <param name="Message">What, where and why.</param>
/// <param name="Rule">The rule id, e.g. <c>CC-4</c>, if any.</param>
/// <param name="Value">The offending value, <c>[redacted]</c>, or absent.</param>
public sealed record ValidationIssueContract(string Severity, string Kind, string Code, string Location, string Message, string? Rule = null, string? Value = null);

/// <summary>The rule catalogue as JSON (<c>carecommunity rules --format json</c>).</summary>
/// <param name="Rules">Every rule, in id order.</param>
public sealed record RuleCatalogueContract(IReadOnlyList<RuleContract> Rules);

/// <summary>One rule as JSON.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Text">The rule.</param>
/// <param name="Sources">Where it comes from.</param>
public sealed record RuleContract(string Id, string Title, string Text, IReadOnlyList<SourceCitationContract> Sources);

/// <summary>A citation of a seed document as JSON.</summary>
/// <param name="Document">The seed's file name.</param>
/// <param name="DocumentTitle">What the seed is.</param>
/// <param name="Location">The location as text, e.g. <c>l.93-110</c> or <c>para 9-10</c>.</param>
/// <param name="Citation">The whole citation as text, e.g. <c>001_66a02ae51481bc0b.txt l.93-110</c>.</param>
/// <param name="FirstLine">The first line cited, for a line citation.</param>
/// <param name="LastLine">The last line cited, for a line citation.</param>
/// <param name="Section">The section, for a section citation.</param>
public sealed record SourceCitationContract(string Document, string DocumentTitle, string Location, string Citation, int? FirstLine = null, int? LastLine = null, string? Section = null);

/// <summary>A FHIR R4 OperationOutcome, the subset this library writes.</summary>
/// <param name="ResourceType">Always <c>OperationOutcome</c>.</param>
/// <param name="Issue">The issues; FHIR requires at least one.</param>
public sealed record OperationOutcomeContract(string ResourceType, IReadOnlyList<OperationOutcomeIssueContract> Issue);

/// <summary>A FHIR OperationOutcome issue.</summary>
/// <param name="Severity">fatal, error, warning or information.</param>
/// <param name="Code">The FHIR IssueType code: structure, required, value, invariant, business-rule or informational.</param>
/// <param name="Details">The library's stable code as a coding, with the message as text.</param>
/// <param name="Diagnostics">The rule id, code and message, for people.</param>
/// <param name="Expression">The location(s) in the document.</param>
public sealed record OperationOutcomeIssueContract(string Severity, string Code, CodeableConceptContract? Details = null, string? Diagnostics = null, IReadOnlyList<string>? Expression = null);

/// <summary>A FHIR CodeableConcept.</summary>
/// <param name="Coding">The codings.</param>
/// <param name="Text">The text.</param>
public sealed record CodeableConceptContract(IReadOnlyList<CodingContract> Coding, string? Text = null);

/// <summary>A FHIR Coding.</summary>
/// <param name="System">The code system's URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">The display text.</param>
public sealed record CodingContract(string System, string Code, string? Display = null);
