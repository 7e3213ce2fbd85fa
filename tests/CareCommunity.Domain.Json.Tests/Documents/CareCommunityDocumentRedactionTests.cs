using CareCommunity.Domain.Validation;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>Redaction: a report with its offending values replaced, and everything else kept.</summary>
public sealed class CareCommunityDocumentRedactionTests
{
    [Fact]
    public void Redact_ReportWithOffendingValues_ReplacesEveryValueAndKeepsTheRest()
    {
        var json = Mutate(d =>
        {
            d["people"]![0]!["id"] = "P 001";
            d["coreGroup"]![2]!["role"] = "coach";
            d["riskRegister"]!["risks"]![0]!["impact"] = 9;
        });
        var report = DocumentAssert.Validate(json).Report;
        Assert.Equal(3, report.Issues.Count(i => i.Severity == Severity.Error && i.OffendingValue is not null));

        var redacted = report.Redact();

        Assert.Equal(report.Issues.Length, redacted.Issues.Length);
        foreach (var (before, after) in report.Issues.Zip(redacted.Issues))
        {
            Assert.Equal(before.Code, after.Code);
            Assert.Equal(before.Location, after.Location);
            Assert.Equal(
                before.OffendingValue is { } value ? before.Message.Replace($"'{value}'", "'[redacted]'", StringComparison.Ordinal) : before.Message,
                after.Message);
            Assert.Equal(before.Severity, after.Severity);
            Assert.Equal(before.Rule, after.Rule);
            Assert.Equal(before.OffendingValue is null ? null : ValidationIssue.RedactedValue, after.OffendingValue);
        }

        Assert.DoesNotContain(redacted.Issues, i => i.OffendingValue is "P 001" or "coach" or "9");
        Assert.DoesNotContain(redacted.Issues, i => i.Message.Contains("'P 001'", StringComparison.Ordinal) || i.Message.Contains("'coach'", StringComparison.Ordinal));
        Assert.Contains(redacted.Issues, i => i.Message.Contains("coachOrServiceManager", StringComparison.Ordinal));
    }
}
