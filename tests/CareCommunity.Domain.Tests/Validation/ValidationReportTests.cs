using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public sealed class ValidationReportTests
{
    private static ValidationIssue Issue(Severity severity, string at, string code, string message, string? rule = null, string? value = null) =>
        new(severity, IssueKind.BusinessRule, rule is null ? null : RuleId.Parse(rule), IssueCode.Create(code), DocumentPath.FromText(at), message, value);

    [Fact]
    public void FromIssues_OrdersByLocationThenSeverityThenCodeThenMessage()
    {
        var report = ValidationReport.FromIssues(
        [
            Issue(Severity.Warning, "$.offer", "b.code", "Z"),
            Issue(Severity.Error, "$.coreGroup", "z.code", "A"),
            Issue(Severity.Error, "$.offer", "b.code", "B"),
            Issue(Severity.Error, "$.offer", "b.code", "A"),
            Issue(Severity.Error, "$.offer", "a.code", "Z"),
        ]);
        Assert.Equal(
            ["$.coreGroup z.code A", "$.offer a.code Z", "$.offer b.code A", "$.offer b.code B", "$.offer b.code Z"],
            report.Issues.Select(i => $"{i.Location} {i.Code} {i.Message}"));
        Assert.Equal(Severity.Warning, report.Issues[^1].Severity);
    }

    [Fact]
    public void FromIssues_None_IsTheEmptyReport()
    {
        Assert.Same(ValidationReport.Empty, ValidationReport.FromIssues([]));
        Assert.True(ValidationReport.Empty.IsValid);
        Assert.Equal("valid: 0 error(s), 0 warning(s), 0 information", ValidationReport.Empty.ToString());
    }

    [Fact]
    public void Counts_CountEachSeverity()
    {
        var report = ValidationReport.FromIssues(
        [
            Issue(Severity.Error, "$", "a", "1"), Issue(Severity.Error, "$", "a", "2"),
            Issue(Severity.Warning, "$", "a", "3"), Issue(Severity.Information, "$", "a", "4"),
        ]);
        Assert.Equal(2, report.ErrorCount);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal(1, report.InformationCount);
        Assert.False(report.IsValid);
        Assert.Equal("invalid: 2 error(s), 1 warning(s), 1 information", report.ToString());
    }

    [Fact]
    public void IsValid_OnlyWarnings_IsTrue() =>
        Assert.True(ValidationReport.FromIssues([Issue(Severity.Warning, "$", "a", "w"), Issue(Severity.Information, "$", "a", "i")]).IsValid);

    [Fact]
    public void RulesBroken_AreDistinctInIdOrder()
    {
        var report = ValidationReport.FromIssues(
        [
            Issue(Severity.Error, "$.a", "a", "1", "CC-10"), Issue(Severity.Error, "$.b", "a", "2", "CC-2"),
            Issue(Severity.Error, "$.c", "a", "3", "CC-10"), Issue(Severity.Error, "$.d", "a", "4"),
        ]);
        Assert.Equal(["CC-2", "CC-10"], report.RulesBroken.Select(r => r.ToString()));
        Assert.Equal(2, report.For(RuleId.Parse("CC-10")).Count());
        Assert.Empty(report.For(RuleId.Parse("CC-1")));
    }

    [Fact]
    public void Combine_MergesAndReorders()
    {
        var first = ValidationReport.FromIssues([Issue(Severity.Error, "$.z", "a", "1")]);
        var second = ValidationReport.FromIssues([Issue(Severity.Warning, "$.a", "a", "2")]);
        var both = first.Combine(second);
        Assert.Equal(["$.a", "$.z"], both.Issues.Select(i => i.Location.ToString()));
        Assert.Equal(1, both.ErrorCount);
        Assert.Equal(1, both.WarningCount);
        Assert.Same(ValidationReport.Empty, ValidationReport.Empty.Combine(ValidationReport.Empty));
        Assert.Throws<ArgumentNullException>(() => first.Combine(null!));
    }

    [Fact]
    public void Redact_ReplacesEveryValueAndKeepsTheRest()
    {
        var report = ValidationReport.FromIssues(
        [
            Issue(Severity.Error, "$.people[0].name", "a", "1", "CC-2", "Dr Asha Patel"),
            Issue(Severity.Warning, "$.offer", "b", "2"),
        ]);
        var redacted = report.Redact();
        Assert.Equal(report.Issues.Length, redacted.Issues.Length);
        // Ordinal order puts $.offer before $.people[0].name.
        Assert.Equal(["$.offer", "$.people[0].name"], redacted.Issues.Select(i => i.Location.ToString()));
        Assert.Null(redacted.Issues[0].OffendingValue);
        Assert.Equal(ValidationIssue.RedactedValue, redacted.Issues[1].OffendingValue);
        Assert.True(redacted.Issues[1].IsRedacted);
        Assert.DoesNotContain(redacted.Issues, i => i.OffendingValue == "Dr Asha Patel");
        Assert.Equal(report.Issues.Select(i => (i.Location, i.Code, i.Message, i.Severity)), redacted.Issues.Select(i => (i.Location, i.Code, i.Message, i.Severity)));
        Assert.Equal("Dr Asha Patel", report.Issues[1].OffendingValue);
    }

    [Fact]
    public void IssueCollector_CollectsAndAnchors()
    {
        var collector = new IssueCollector();
        Assert.False(collector.HasErrors);
        collector.Information(IssueKind.BusinessRule, null, IssueCode.Create("i"), DocumentPath.Root, "i");
        collector.Warning(IssueKind.BusinessRule, null, IssueCode.Create("w"), DocumentPath.Root, "w");
        Assert.False(collector.HasErrors);
        collector.Error(IssueKind.Value, RuleId.Parse("CC-2"), IssueCode.Create("e"), DocumentPath.Root, "e", "v");
        collector.AddRange([Issue(Severity.Error, "$[1].role", "x", "x")], DocumentPath.Root.Property("coreGroup"));
        Assert.True(collector.HasErrors);
        Assert.Equal(4, collector.Issues.Count);
        Assert.Equal("$.coreGroup[1].role", collector.Issues[3].Location.ToString());
        var report = collector.ToReport();
        Assert.Equal(2, report.ErrorCount);
        Assert.Throws<ArgumentNullException>(() => collector.Add(null!));
    }
}
