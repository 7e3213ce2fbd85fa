using System.Text.Json.Nodes;
using CareCommunity.Domain.Validation;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>Value problems (ids, enums, blank texts, ratings, amounts, the schema version), all reported at once with their paths.</summary>
public sealed class CareCommunityDocumentValueTests
{
    [Fact]
    public void Validate_UnsupportedSchemaVersion_ReportsValueError()
    {
        var json = Mutate(d => d["schemaVersion"] = "2.0");

        var issue = SingleError(json);

        Assert.Equal("document.unsupported-schema-version", issue.Code.ToString());
        Assert.Equal("$.schemaVersion", issue.Location.ToString());
        Assert.Equal("2.0", issue.OffendingValue);
    }

    [Fact]
    public void Validate_TwoBadIdsAndABadEnum_ReportsAllThreeWithTheirPaths()
    {
        var json = Mutate(d =>
        {
            d["people"]![0]!["id"] = "P 001";
            d["organisations"]![2]!["id"] = "CWP!";
            d["coreGroup"]![2]!["role"] = "coach";
        });

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Community);
        Assert.Equal(
            ["$.coreGroup[2].role", "$.organisations[2].id", "$.people[0].id"],
            result.Report.Issues.Where(i => i.Severity == Severity.Error).Select(i => i.Location.ToString()).Order(StringComparer.Ordinal));
        Assert.All(result.Report.Issues.Where(i => i.Severity == Severity.Error), i =>
        {
            Assert.Equal(IssueKind.Value, i.Kind);
            Assert.Null(i.Rule);
        });
        Assert.Equal(["CWP!", "P 001", "coach"], result.Report.Issues.Where(i => i.Severity == Severity.Error).Select(i => i.OffendingValue!).Order(StringComparer.Ordinal));
        DocumentAssert.LocationsResolve(json, result.Report);
    }

    [Fact]
    public void Validate_BadEnum_MessageListsTheAllowedValues()
    {
        var json = Mutate(d => d["coreGroup"]![2]!["role"] = "coach");

        var issue = SingleError(json);

        Assert.Equal("value.not-allowed", issue.Code.ToString());
        foreach (var allowed in EnumText.AllowedValues(typeof(Domain.OperatingModel.CoreRole)))
        {
            Assert.Contains(allowed, issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_BlankName_ReportsRequiredAtItsPath()
    {
        var json = Mutate(d => d["people"]![4]!["name"] = "   ");

        var issue = SingleError(json);

        Assert.Equal(IssueKind.Required, issue.Kind);
        Assert.Equal("$.people[4].name", issue.Location.ToString());
    }

    [Fact]
    public void Validate_RiskRatingOutOfRange_ReportsValueAtItsPath()
    {
        var json = Mutate(d => d["riskRegister"]!["risks"]![1]!["likelihood"] = 6);

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal("$.riskRegister.risks[1].likelihood", issue.Location.ToString());
        Assert.Equal("6", issue.OffendingValue);
    }

    [Fact]
    public void Validate_NegativeMoney_ReportsCostCentreRuleAtItsPath()
    {
        var json = Mutate(d => d["costCentre"]!["posts"]![0]!["onCosts"] = -1.5m);

        var issue = SingleError(json);

        Assert.Equal("CC-8", issue.Rule?.ToString());
        Assert.Equal("$.costCentre.posts[0].onCosts", issue.Location.ToString());
    }

    [Theory]
    [InlineData("annualCost", "79228162514264337593543950335")]
    [InlineData("onCosts", "79228162514264337593543950335")]
    [InlineData("onCosts", "1000000000000.01")]
    public void Validate_MoneyBeyondWhatTheModelHolds_IsAnIssueAtItsPath_NotAnOverflow(string member, string pounds)
    {
        // decimal.MaxValue as on-costs once overflowed the post's total (pay + on-costs) and threw.
        var json = Mutate(d => d["costCentre"]!["posts"]![0]![member] = decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture));

        var issue = SingleError(json);

        Assert.Equal("model.amount-too-large", issue.Code.ToString());
        Assert.Equal("CC-8", issue.Rule?.ToString());
        Assert.Equal($"$.costCentre.posts[0].{member}", issue.Location.ToString());
        Assert.Equal(pounds, issue.OffendingValue);
    }

    [Fact]
    public void Validate_ChangeInCostBeyondWhatTheModelHolds_IsAnIssueAtItsPath()
    {
        var json = Mutate(d => d["costCentre"]!["changes"]![0]!["annualCostChange"] = -decimal.MaxValue);

        var issue = SingleError(json);

        Assert.Equal("model.amount-too-large", issue.Code.ToString());
        Assert.Equal("$.costCentre.changes[0].annualCostChange", issue.Location.ToString());
    }

    [Fact]
    public void Validate_MoneyAtTheLargestAmount_IsRead()
    {
        var json = Mutate(d => d["costCentre"]!["posts"]![0]!["onCosts"] = CareCommunity.Domain.Money.MaxPounds);

        Assert.DoesNotContain(DocumentAssert.Validate(json).Report.Issues, i => i.Code.ToString() == "model.amount-too-large");
    }

    [Fact]
    public void Validate_WiderMemberNamingNothing_ReportsCc5AtTheElement()
    {
        var json = Mutate(d => d["widerMembers"]![1] = new JsonObject { ["kind"] = "police" });

        var issue = SingleError(json);

        Assert.Equal("CC-5", issue.Rule?.ToString());
        Assert.Equal("$.widerMembers[1]", issue.Location.ToString());
    }

    [Fact]
    public void Validate_NoCostCentre_IssuesPointToAMemberThatExists()
    {
        var json = Mutate(d => d.Remove("costCentre"));

        var result = DocumentAssert.Validate(json);

        DocumentAssert.LocationsResolve(json, result.Report);
    }

    [Fact]
    public void Validate_NoCostCentre_ReportsCc8Warning()
    {
        var json = Mutate(d => d.Remove("costCentre"));

        var result = DocumentAssert.Validate(json);

        Assert.Contains(result.Report.Issues, i => i.Rule?.ToString() == "CC-8" && i.Location.ToString().StartsWith("$.costCentre", StringComparison.Ordinal));
    }
}
