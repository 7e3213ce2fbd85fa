using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public class ReportOrderingTests
{
    private static ValidationIssue At(string path) =>
        new(Severity.Error, IssueKind.Value, null, IssueCode.Create("x.y"), DocumentPath.FromText(path), "m");

    [Fact]
    public void FromIssues_ArrayIndices_SortNumerically()
    {
        var report = ValidationReport.FromIssues([At("$.a[10].b"), At("$.a[2].b"), At("$.a[1]"), At("$.b")]);

        Assert.Equal(["$.a[1]", "$.a[2].b", "$.a[10].b", "$.b"], report.Issues.Select(i => i.Location.ToString()));
    }
}
