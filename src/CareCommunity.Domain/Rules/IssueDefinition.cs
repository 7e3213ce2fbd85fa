using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// One kind of issue a rule raises: its stable code, what kind of problem it is, and the modality that fixes its
/// default severity. Rules raise issues only through their definitions, so the severity of every code follows the
/// source's wording (or an option the user set).
/// </summary>
/// <param name="Code">The stable code, e.g. <c>core-group.role-vacant</c>.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Modality">How strongly the source states what the issue reports.</param>
/// <param name="Summary">One sentence: when the issue is raised.</param>
public sealed record IssueDefinition(IssueCode Code, IssueKind Kind, Modality Modality, string Summary)
{
    /// <summary>The severity of the issue unless an option overrides it.</summary>
    public Severity DefaultSeverity => Modality.DefaultSeverity();

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({DefaultSeverity})";
}
