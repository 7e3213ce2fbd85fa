using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// Builds the issues the maturity factories report. Locations are relative to the factory's argument; codes start with
/// <c>maturity.</c>.
/// </summary>
internal static class MaturityIssues
{
    public static ValidationIssue Error(string code, DocumentPath at, string message, string? value = null) =>
        new(Severity.Error, IssueKind.Value, null, IssueCode.Create("maturity." + code), at, message, value);

    public static ValidationIssue Missing(string code, DocumentPath at, string message) =>
        new(Severity.Error, IssueKind.Required, null, IssueCode.Create("maturity." + code), at, message);

    public static ValidationIssue Invariant(string code, DocumentPath at, string message, string? value = null) =>
        new(Severity.Error, IssueKind.Invariant, null, IssueCode.Create("maturity." + code), at, message, value);

    public static string Cut(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200];
}
