using System.Collections.Immutable;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The issue codes of the streaming resident reader (<c>carecommunity classify</c>): one line, one record; a line with
/// an error is rejected with the first error found, a warning leaves the resident accepted. Structural codes name the
/// rule <see cref="DocumentIntegrityRule"/>, codes about a resident's values name POP-1 (know the population's needs:
/// a record that cannot be classified is not known). Every code is listed in docs/rules.md.
/// </summary>
public static class ResidentIssues
{
    /// <summary>The rule named by structural issues: the line does not hold together as a resident record.</summary>
    public const string DocumentIntegrityRule = "document-integrity";

    /// <summary>The rule named by issues about a resident's values: POP-1 (know the population).</summary>
    public const string PopulationRule = "POP-1";

    /// <summary>The line is not well-formed JSON: truncated, a stray character, a second value after the record.</summary>
    public static IssueCode MalformedJson { get; } = IssueCode.Create("resident.json.malformed");

    /// <summary>The line is JSON but not an object.</summary>
    public static IssueCode NotAnObject { get; } = IssueCode.Create("resident.json.not-an-object");

    /// <summary>The line is not valid UTF-8.</summary>
    public static IssueCode InvalidUtf8 { get; } = IssueCode.Create("resident.line.invalid-utf8");

    /// <summary>The line is longer than the reader's limit (1 MiB by default); it is not read.</summary>
    public static IssueCode LineTooLong { get; } = IssueCode.Create("resident.line.too-long");

    /// <summary>A member (or CSV column) the resident format does not define.</summary>
    public static IssueCode UnknownMember { get; } = IssueCode.Create("resident.member.unknown");

    /// <summary>A member appears twice in one record.</summary>
    public static IssueCode RepeatedMember { get; } = IssueCode.Create("resident.member.repeated");

    /// <summary>A value of the wrong JSON type (including null), or a CSV boolean that is not true/false.</summary>
    public static IssueCode WrongType { get; } = IssueCode.Create("resident.member.wrong-type");

    /// <summary>A required member (<c>id</c>, <c>birthDate</c>, <c>careCommunity</c>) is missing or empty.</summary>
    public static IssueCode MissingMember { get; } = IssueCode.Create("resident.member.missing");

    /// <summary>The id is not 1-64 characters of <c>[A-Za-z0-9._-]</c>.</summary>
    public static IssueCode InvalidId { get; } = IssueCode.Create("resident.id.invalid");

    /// <summary>The birth date is not a real date written <c>yyyy-MM-dd</c>.</summary>
    public static IssueCode InvalidBirthDate { get; } = IssueCode.Create("resident.birth-date.invalid");

    /// <summary>The birth date is after the reference date or before 1900-01-01.</summary>
    public static IssueCode BirthDateOutOfRange { get; } = IssueCode.Create("resident.birth-date.out-of-range");

    /// <summary>The care community is not one of those accepted (Cheshire East's eight by default).</summary>
    public static IssueCode UnknownCareCommunity { get; } = IssueCode.Create("resident.care-community.unknown");

    /// <summary>A condition name that is not one of the 21.</summary>
    public static IssueCode UnknownCondition { get; } = IssueCode.Create("resident.condition.unknown");

    /// <summary>A condition named twice.</summary>
    public static IssueCode RepeatedCondition { get; } = IssueCode.Create("resident.condition.repeated");

    /// <summary>Frailty that is not exactly one of a level, an eFI from 0 to 1 or a CFS score from 1 to 9.</summary>
    public static IssueCode InvalidFrailty { get; } = IssueCode.Create("resident.frailty.invalid");

    /// <summary>An IMD decile that is not a whole number from 1 to 10.</summary>
    public static IssueCode InvalidImdDecile { get; } = IssueCode.Create("resident.imd-decile.invalid");

    /// <summary>A list (diagnoses) longer than <see cref="ValidationLimits.MaxListLength"/>.</summary>
    public static IssueCode ListTooLong { get; } = IssueCode.Create("resident.list.too-long");

    /// <summary>Warning: an ICD-10 code the mapping does not know (or that is not a code); the resident is still accepted.</summary>
    public static IssueCode UnknownDiagnosis { get; } = IssueCode.Create("resident.diagnosis.unknown");

    /// <summary>Warning: a resident id already seen on an earlier accepted line; both lines are named (decision 0046).</summary>
    public static IssueCode DuplicateId { get; } = IssueCode.Create("resident.id.duplicate");

    /// <summary>The CSV header is missing, names an unknown column, a column twice, or lacks a required one.</summary>
    public static IssueCode InvalidCsvHeader { get; } = IssueCode.Create("resident.csv.invalid-header");

    /// <summary>A CSV row with more or fewer fields than the header.</summary>
    public static IssueCode CsvFieldCount { get; } = IssueCode.Create("resident.csv.field-count");

    /// <summary>
    /// A CSV line with a quote that is not closed on it (an odd number of <c>"</c>): a resident record is one line, since no
    /// field of the contract holds a line break, so the line is rejected and the next line is read as the next record
    /// (decision 0068).
    /// </summary>
    public static IssueCode CsvUnterminatedQuote { get; } = IssueCode.Create("resident.csv.unterminated-quote");

    /// <summary>
    /// A CSV line with a carriage return that does not end it: a record is one line, ended by LF or CR LF, so the line is
    /// rejected rather than read as two rows (decision 0068).
    /// </summary>
    public static IssueCode CsvCarriageReturn { get; } = IssueCode.Create("resident.csv.carriage-return");

    /// <summary>Every code, with its severity, rule and summary (for documentation and tests).</summary>
    public static ImmutableArray<ResidentIssueDefinition> All { get; } =
    [
        new(MalformedJson, Severity.Error, DocumentIntegrityRule, "The line is not well-formed JSON: truncated, a stray character, nesting deeper than 64, a second value after the record."),
        new(NotAnObject, Severity.Error, DocumentIntegrityRule, "The line is JSON but not an object."),
        new(InvalidUtf8, Severity.Error, DocumentIntegrityRule, "The line is not valid UTF-8."),
        new(LineTooLong, Severity.Error, DocumentIntegrityRule, "The line is longer than the limit (1 MiB by default); it is skipped up to the next newline, not read."),
        new(UnknownMember, Severity.Error, DocumentIntegrityRule, "A member or column the resident format does not define."),
        new(RepeatedMember, Severity.Error, DocumentIntegrityRule, "A member appears twice in one record."),
        new(WrongType, Severity.Error, DocumentIntegrityRule, "A value of the wrong type (null included), or a CSV boolean that is not true or false."),
        new(MissingMember, Severity.Error, DocumentIntegrityRule, "A required member (id, birthDate, careCommunity) is missing or empty."),
        new(InvalidCsvHeader, Severity.Error, DocumentIntegrityRule, "The CSV header is missing, names an unknown column or one twice, or lacks id, birthDate or careCommunity: no row is read."),
        new(CsvFieldCount, Severity.Error, DocumentIntegrityRule, "A CSV row has more or fewer fields than the header."),
        new(CsvUnterminatedQuote, Severity.Error, DocumentIntegrityRule, "A CSV line has a quote that is not closed on it (an odd number of '\"'): a record is one line, so the line is rejected and the next line is the next record."),
        new(CsvCarriageReturn, Severity.Error, DocumentIntegrityRule, "A CSV line holds a carriage return that does not end it: a record is one line, ended by LF or CR LF, so the line is rejected rather than read as two rows."),
        new(ListTooLong, Severity.Error, DocumentIntegrityRule, "A list has more entries than ValidationLimits.MaxListLength (10,000)."),
        new(InvalidId, Severity.Error, PopulationRule, "The id is not 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'."),
        new(InvalidBirthDate, Severity.Error, PopulationRule, "The birth date is not a real date written yyyy-MM-dd."),
        new(BirthDateOutOfRange, Severity.Error, PopulationRule, "The birth date is after the reference date (--as-of) or before 1900-01-01."),
        new(UnknownCareCommunity, Severity.Error, PopulationRule, "The care community is not one of those accepted (Cheshire East's eight unless others are added)."),
        new(UnknownCondition, Severity.Error, PopulationRule, "A condition that is not one of the 21 names."),
        new(RepeatedCondition, Severity.Error, PopulationRule, "A condition named twice."),
        new(InvalidFrailty, Severity.Error, PopulationRule, "Frailty that is not exactly one of level (fit, mild, moderate, severe), efi (0 to 1) or cfs (1 to 9)."),
        new(InvalidImdDecile, Severity.Error, PopulationRule, "An IMD decile that is not a whole number from 1 to 10."),
        new(UnknownDiagnosis, Severity.Warning, PopulationRule, "An ICD-10 code the mapping does not know; the resident is accepted without it."),
        new(DuplicateId, Severity.Warning, PopulationRule, "An id already used on an earlier accepted line; both lines are named and both residents are classified."),
    ];
}

/// <summary>One issue code of the resident reader.</summary>
/// <param name="Code">The code.</param>
/// <param name="Severity">Error (the line is rejected) or warning (accepted).</param>
/// <param name="Rule">The rule it names: POP-1 or document-integrity.</param>
/// <param name="Summary">When it is raised.</param>
public sealed record ResidentIssueDefinition(IssueCode Code, Severity Severity, string Rule, string Summary);

/// <summary>
/// What the reader found on one line: the line, the code, the rule, the member or column, a message and the offending
/// value, cut to <see cref="ValidationLimits.MaxEchoedValueLength"/> characters with its full length stated.
/// </summary>
/// <param name="Line">The line's 1-based number in the input (for a CSV row, the line it starts on).</param>
/// <param name="Severity">Error (the line was rejected) or warning (it was accepted).</param>
/// <param name="Code">The issue code.</param>
/// <param name="Rule">POP-1 or document-integrity.</param>
/// <param name="Member">The member or column, e.g. <c>birthDate</c> or <c>frailty.efi</c>; empty for the whole line.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Value">The offending value (cut when long), or null.</param>
/// <param name="ValueLength">The offending value's full length in characters when it was cut, else null.</param>
/// <param name="FirstLine">For a duplicate id, the earlier line holding the same id.</param>
public sealed record ResidentIssue(long Line, Severity Severity, IssueCode Code, string Rule, string Member, string Message, string? Value = null,
    int? ValueLength = null, long? FirstLine = null)
{
    /// <summary>True for an error: the line was rejected.</summary>
    public bool IsRejection => Severity == Severity.Error;
}
