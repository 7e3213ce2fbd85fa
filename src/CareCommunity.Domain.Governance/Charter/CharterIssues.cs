using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// Builds the issues the charter factories report. Locations are relative to the factory's argument; codes start with
/// <c>charter.</c>.
/// </summary>
internal static class CharterIssues
{
    public static ValidationIssue Error(string code, DocumentPath at, string message, string? value = null) =>
        new(Severity.Error, IssueKind.Value, null, IssueCode.Create("charter." + code), at, message, value);

    public static ValidationIssue Missing(string code, DocumentPath at, string message) =>
        new(Severity.Error, IssueKind.Required, null, IssueCode.Create("charter." + code), at, message);

    public static ValidationIssue Invariant(string code, DocumentPath at, string message, string? value = null) =>
        new(Severity.Error, IssueKind.Invariant, null, IssueCode.Create("charter." + code), at, message, value);

    public static string Cut(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200];
}
