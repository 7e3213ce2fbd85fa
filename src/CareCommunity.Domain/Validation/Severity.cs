namespace CareCommunity.Domain.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
public enum Severity
{
    /// <summary>The data breaks a rule: the document is not valid.</summary>
    Error = 0,

    /// <summary>The data is valid but something deserves attention (a vacancy, a report falling due).</summary>
    Warning = 1,

    /// <summary>For information only.</summary>
    Information = 2,
}
