using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public sealed class ValidationIssueTests
{
    private static readonly IssueCode Code = IssueCode.Create("leadership.not-core-member");

    [Fact]
    public void Constructor_KeepsEveryPart()
    {
        var at = DocumentPath.Root.Property("leadershipTeam").Index(1).Property("personId");
        var issue = new ValidationIssue(Severity.Error, IssueKind.Invariant, RuleId.Parse("CC-4"), Code, at, "Not a member.", "p-x");
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(IssueKind.Invariant, issue.Kind);
        Assert.Equal(RuleId.Parse("CC-4"), issue.Rule);
        Assert.Equal(Code, issue.Code);
        Assert.Equal(at, issue.Location);
        Assert.Equal("Not a member.", issue.Message);
        Assert.Equal("p-x", issue.OffendingValue);
        Assert.False(issue.IsRedacted);
        Assert.Equal("ERROR CC-4 [leadership.not-core-member] $.leadershipTeam[1].personId: Not a member.", issue.ToString());
    }

    [Fact]
    public void ToString_NoRule_OmitsTheRule() =>
        Assert.Equal("WARNING [leadership.not-core-member] $: M.",
            new ValidationIssue(Severity.Warning, IssueKind.Structure, null, Code, DocumentPath.Root, "M.").ToString());

    [Fact]
    public void Constructor_DefaultCodeOrRuleOrBlankMessage_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ValidationIssue(Severity.Error, IssueKind.Value, null, default, DocumentPath.Root, "M."));
        Assert.Throws<ArgumentException>(() => new ValidationIssue(Severity.Error, IssueKind.Value, default(RuleId), Code, DocumentPath.Root, "M."));
        Assert.Throws<ArgumentException>(() => new ValidationIssue(Severity.Error, IssueKind.Value, null, Code, DocumentPath.Root, " "));
    }

    [Fact]
    public void Redacted_WithValue_ReplacesOnlyTheValue()
    {
        var issue = new ValidationIssue(Severity.Error, IssueKind.Invariant, RuleId.Parse("CC-4"), Code, DocumentPath.Root, "M.", "Dr Asha Patel");
        var redacted = issue.Redacted();
        Assert.Equal(ValidationIssue.RedactedValue, redacted.OffendingValue);
        Assert.True(redacted.IsRedacted);
        Assert.Equal(new ValidationIssue(Severity.Error, IssueKind.Invariant, RuleId.Parse("CC-4"), Code, DocumentPath.Root, "M.", "[redacted]"), redacted);
    }

    [Fact]
    public void Redacted_WithoutValue_ReturnsTheSameIssue()
    {
        var issue = new ValidationIssue(Severity.Error, IssueKind.Invariant, null, Code, DocumentPath.Root, "M.");
        Assert.Same(issue, issue.Redacted());
    }

    [Fact]
    public void At_Prefix_AnchorsTheLocation()
    {
        var issue = new ValidationIssue(Severity.Error, IssueKind.Invariant, null, Code, DocumentPath.Root.Index(3).Property("role"), "M.");
        Assert.Equal("$.coreGroup[3].role", issue.At(DocumentPath.Root.Property("coreGroup")).Location.ToString());
    }
}
