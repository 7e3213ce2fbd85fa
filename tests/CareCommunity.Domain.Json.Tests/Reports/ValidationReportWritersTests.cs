using CareCommunity.Testing;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests.Reports;

public sealed class ValidationReportWritersTests
{
    private static readonly RuleId Cc4 = RuleId.Parse("CC-4");

    /// <summary>One issue of every severity and kind, with and without rule and value.</summary>
    private static ValidationReport Mixed() => ValidationReport.FromIssues(
    [
        new ValidationIssue(Severity.Error, IssueKind.Structure, null, IssueCode.Create("json.unknown-member"), DocumentPath.FromText("$.colour"), "Unknown member 'colour'."),
        new ValidationIssue(Severity.Error, IssueKind.Required, null, IssueCode.Create("value.blank"), DocumentPath.FromText("$.name"), "Blank.", ""),
        new ValidationIssue(Severity.Error, IssueKind.Value, null, IssueCode.Create("value.invalid-identifier"), DocumentPath.FromText("$.people[0].id"), "'P 001' is not a valid person id.", "P 001"),
        new ValidationIssue(Severity.Warning, IssueKind.Invariant, null, IssueCode.Create("model.unknown-person"), DocumentPath.FromText("$.coreGroup[1].personId"), "Unknown person.", "p-099"),
        new ValidationIssue(Severity.Information, IssueKind.BusinessRule, Cc4, IssueCode.Create("leadership.not-core-member"), DocumentPath.FromText("$.leadershipTeam[3]"), "Not a core member."),
    ]);

    private static ValidationReport SampleReport(string invalidSample) =>
        CareCommunityDocument.ValidateFile(Path.Combine(RepositoryFiles.InvalidSamplesFolder, invalidSample)).Report;

    // ----- ValidationReportJson

    [Fact]
    public void ValidationReportJsonSerialize_MixedReport_MatchesThePublishedSchema()
    {
        var json = JsonNode.Parse(ValidationReportJson.Serialize(Mixed()));
        Assert.Empty(PublishedSchemas.Problems("validation-report.schema.json", json));
    }

    [Theory]
    [MemberData(nameof(InvalidSamplesTests.InvalidSamples), MemberType = typeof(InvalidSamplesTests))]
    public void ValidationReportJsonSerialize_InvalidSampleReport_MatchesThePublishedSchema(string fileName)
    {
        var json = JsonNode.Parse(ValidationReportJson.Serialize(SampleReport(fileName)));
        Assert.Empty(PublishedSchemas.Problems("validation-report.schema.json", json));
    }

    [Fact]
    public void ValidationReportJsonSerialize_MixedReport_UsesTheSchemasPropertyNamesAndValues()
    {
        var json = JsonNode.Parse(ValidationReportJson.Serialize(Mixed()))!.AsObject();

        Assert.Equal(["valid", "errorCount", "warningCount", "informationCount", "rulesBroken", "rulesWithInformation", "issues"], json.Select(p => p.Key));
        Assert.False(json["valid"]!.GetValue<bool>());
        Assert.Equal(3, json["errorCount"]!.GetValue<int>());
        Assert.Equal(1, json["warningCount"]!.GetValue<int>());
        Assert.Equal(1, json["informationCount"]!.GetValue<int>());
        Assert.Empty(json["rulesBroken"]!.AsArray());
        Assert.Equal(["CC-4"], json["rulesWithInformation"]!.AsArray().Select(r => r!.GetValue<string>()));
        var issues = json["issues"]!.AsArray();
        Assert.Equal(5, issues.Count);
        var withRule = issues.Single(i => i!["rule"] is not null)!.AsObject();
        Assert.Equal(["severity", "kind", "code", "location", "message", "rule"], withRule.Select(p => p.Key));
        Assert.Equal("information", withRule["severity"]!.GetValue<string>());
        Assert.Equal("businessRule", withRule["kind"]!.GetValue<string>());
        Assert.Equal("$.leadershipTeam[3]", withRule["location"]!.GetValue<string>());
        var withValue = issues.Single(i => i!["value"]?.GetValue<string>() == "P 001")!.AsObject();
        Assert.Equal("value.invalid-identifier", withValue["code"]!.GetValue<string>());
        Assert.Equal("$.people[0].id", withValue["location"]!.GetValue<string>());
        Assert.Equal(["error", "information", "warning"], issues.Select(i => i!["severity"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["businessRule", "invariant", "required", "structure", "value"], issues.Select(i => i!["kind"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidationReportJsonSerialize_EmptyReport_IsValidWithNoIssues()
    {
        var json = JsonNode.Parse(ValidationReportJson.Serialize(ValidationReport.Empty))!;

        Assert.True(json["valid"]!.GetValue<bool>());
        Assert.Empty(json["issues"]!.AsArray());
        Assert.Empty(json["rulesBroken"]!.AsArray());
        Assert.Empty(json["rulesWithInformation"]!.AsArray());
    }

    [Fact]
    public void ValidationReportJsonSerialize_ValidSample_BreaksNoRuleAndListsCc6AsInformation()
    {
        var report = CareCommunityDocument.ValidateFile(RepositoryFiles.ValidSample).Report;
        var json = JsonNode.Parse(ValidationReportJson.Serialize(report))!;
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.SchemasFolder, "validation-report.schema.json")))!;

        Assert.True(json["valid"]!.GetValue<bool>());
        Assert.Equal(1, json["informationCount"]!.GetValue<int>());
        Assert.Empty(json["rulesBroken"]!.AsArray());
        Assert.Equal(["CC-6"], json["rulesWithInformation"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(PublishedSchemas.Problems("validation-report.schema.json", json));
    }

    [Theory]
    [InlineData(Severity.Error)]
    [InlineData(Severity.Warning)]
    public void ValidationReportJsonSerialize_RuleWithErrorOrWarningAndInformation_IsBrokenOnly(Severity severity)
    {
        var report = ValidationReport.FromIssues(
        [
            new ValidationIssue(severity, IssueKind.BusinessRule, Cc4, IssueCode.Create("leadership.not-core-member"), DocumentPath.FromText("$.leadershipTeam[3]"), "Not a core member."),
            new ValidationIssue(Severity.Information, IssueKind.BusinessRule, Cc4, IssueCode.Create("leadership.note"), DocumentPath.FromText("$.leadershipTeam[2]"), "A note."),
        ]);

        var json = JsonNode.Parse(ValidationReportJson.Serialize(report))!;

        Assert.Equal(["CC-4"], json["rulesBroken"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(json["rulesWithInformation"]!.AsArray());
    }

    [Fact]
    public void ValidationReportJsonSerialize_ApostrophesAndQuotes_AreWrittenReadably()
    {
        var report = ValidationReport.FromIssues(
        [
            new ValidationIssue(Severity.Error, IssueKind.Structure, null, IssueCode.Create("json.unknown-member"), DocumentPath.FromText("$.colour"),
                "Unknown member 'colour' — the \"Place\" doesn't know it (£0 & <none>).", "it's"),
        ]);

        var text = ValidationReportJson.Serialize(report);
        var batch = ValidationReportJson.SerializeBatch([("crewe's.json", DocumentKind.CareCommunity, report, null)]);
        var outcome = OperationOutcomeJson.Serialize(report);

        foreach (var json in new[] { text, batch, outcome })
        {
            Assert.Contains("Unknown member 'colour' — the \\\"Place\\\" doesn't know it (£0 & <none>).", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u0027", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u0022", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u00A3", json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("\"value\": \"it's\"", text, StringComparison.Ordinal);
        Assert.Contains("\"file\": \"crewe's.json\"", batch, StringComparison.Ordinal);
        Assert.Equal("Unknown member 'colour' — the \"Place\" doesn't know it (£0 & <none>).", JsonNode.Parse(text)!["issues"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void RuleCatalogueWriterSerializeJson_Apostrophes_AreWrittenReadably()
    {
        var json = RuleCatalogueWriter.SerializeJson(RuleCatalogue.OperatingModel);

        Assert.Contains("'core'", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationReportJsonSerialize_RedactedReport_HasNoOffendingValues()
    {
        var text = ValidationReportJson.Serialize(Mixed().Redact());
        var issues = JsonNode.Parse(text)!["issues"]!.AsArray();

        Assert.All(issues.Where(i => i!["value"] is not null), i => Assert.Equal(ValidationIssue.RedactedValue, i!["value"]!.GetValue<string>()));
        Assert.DoesNotContain("\"value\": \"P 001\"", text, StringComparison.Ordinal);
    }

    // ----- OperationOutcomeJson

    [Fact]
    public void OperationOutcomeJsonSerialize_MixedReport_MapsSeverityCodeExpressionAndDetails()
    {
        var report = Mixed();
        var json = JsonNode.Parse(OperationOutcomeJson.Serialize(report))!;

        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        var issues = json["issue"]!.AsArray();
        Assert.Equal(report.Issues.Length, issues.Count);
        foreach (var (issue, node) in report.Issues.Zip(issues))
        {
            var expectedSeverity = issue.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "information" };
            var expectedCode = issue.Kind switch
            {
                IssueKind.Structure => "structure",
                IssueKind.Required => "required",
                IssueKind.Value => "value",
                IssueKind.Invariant => "invariant",
                _ => "business-rule",
            };
            Assert.Equal(expectedSeverity, node!["severity"]!.GetValue<string>());
            Assert.Equal(expectedCode, node["code"]!.GetValue<string>());
            Assert.Equal([issue.Location.ToString()], node["expression"]!.AsArray().Select(e => e!.GetValue<string>()));
            var coding = Assert.Single(node["details"]!["coding"]!.AsArray())!;
            Assert.Equal(issue.Code.ToString(), coding["code"]!.GetValue<string>());
            Assert.Equal(OperationOutcomeJson.IssueCodeSystem, coding["system"]!.GetValue<string>());
            Assert.Equal(issue.Message, node["details"]!["text"]!.GetValue<string>());
            Assert.Contains(issue.Message, node["diagnostics"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OperationOutcomeJsonToContract_EachKind_MapsToItsFhirIssueType()
    {
        var codes = Enum.GetValues<IssueKind>().ToDictionary(k => k, k => OperationOutcomeJson.ToContract(ValidationReport.FromIssues(
            [new ValidationIssue(Severity.Error, k, null, IssueCode.Create("x.y"), DocumentPath.Root, "m")])).Issue.Single().Code);

        Assert.Equal("structure", codes[IssueKind.Structure]);
        Assert.Equal("required", codes[IssueKind.Required]);
        Assert.Equal("value", codes[IssueKind.Value]);
        Assert.Equal("invariant", codes[IssueKind.Invariant]);
        Assert.Equal("business-rule", codes[IssueKind.BusinessRule]);
    }

    [Fact]
    public void OperationOutcomeJsonSerialize_IssueWithRuleAndValue_DiagnosticsNameBoth()
    {
        var report = ValidationReport.FromIssues(
            [new ValidationIssue(Severity.Error, IssueKind.BusinessRule, Cc4, IssueCode.Create("leadership.not-core-member"), DocumentPath.FromText("$.leadershipTeam[3].personId"), "Not a core member.", "p-010")]);

        var diagnostics = JsonNode.Parse(OperationOutcomeJson.Serialize(report))!["issue"]![0]!["diagnostics"]!.GetValue<string>();

        Assert.Equal("CC-4 [leadership.not-core-member] Not a core member. (value: p-010)", diagnostics);
    }

    [Fact]
    public void OperationOutcomeJsonSerialize_EmptyReport_GivesOneInformationalIssue()
    {
        var json = JsonNode.Parse(OperationOutcomeJson.Serialize(ValidationReport.Empty))!;

        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        var issue = Assert.Single(json["issue"]!.AsArray())!;
        Assert.Equal("information", issue["severity"]!.GetValue<string>());
        Assert.Equal("informational", issue["code"]!.GetValue<string>());
    }

    [Fact]
    public void OperationOutcomeJsonSerialize_InvalidSample_HasAnErrorNamingTheRule()
    {
        var json = JsonNode.Parse(OperationOutcomeJson.Serialize(SampleReport("cc-4-leader-not-in-core-group.json")))!;

        Assert.Contains(json["issue"]!.AsArray(), i => i!["severity"]!.GetValue<string>() == "error"
            && i["code"]!.GetValue<string>() == "invariant"
            && i["expression"]![0]!.GetValue<string>() == "$.leadershipTeam[3].personId"
            && i["diagnostics"]!.GetValue<string>().StartsWith("CC-4 [leadership.not-core-member] ", StringComparison.Ordinal));
    }

    // ----- RuleCatalogueWriter

    [Fact]
    public void RuleCatalogueWriterSerializeJson_OperatingModel_ListsCc1ToCc11WithSeedCitations()
    {
        var json = JsonNode.Parse(RuleCatalogueWriter.SerializeJson(RuleCatalogue.OperatingModel))!;
        var rules = json["rules"]!.AsArray();
        var seeds = SeedDocument.All.Select(s => s.FileName).ToHashSet();

        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"CC-{n}"), rules.Select(r => r!["id"]!.GetValue<string>()));
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r!["title"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(r["text"]!.GetValue<string>()));
            var sources = r["sources"]!.AsArray();
            Assert.NotEmpty(sources);
            Assert.All(sources, s =>
            {
                var document = s!["document"]!.GetValue<string>();
                Assert.Contains(document, seeds);
                Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt$", document);
                Assert.StartsWith(document + " ", s["citation"]!.GetValue<string>(), StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void RuleCatalogueWriterSerializeJson_OperatingModel_MatchesThePublishedSchema()
    {
        var json = JsonNode.Parse(RuleCatalogueWriter.SerializeJson(RuleCatalogue.OperatingModel));
        Assert.Empty(PublishedSchemas.Problems("rule-catalogue.schema.json", json));
    }

    [Fact]
    public void RuleCatalogueWriterFormatText_OperatingModel_ListsEveryRuleWithItsSources()
    {
        var text = RuleCatalogueWriter.FormatText(RuleCatalogue.OperatingModel);

        foreach (var rule in RuleCatalogue.OperatingModel.Rules)
        {
            Assert.Contains($"{rule.Id}  {rule.Title}\n", text, StringComparison.Ordinal);
            foreach (var source in rule.Sources)
            {
                Assert.Contains(source.ToString(), text, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    // ----- ValidationReportText

    [Fact]
    public void ValidationReportTextFormat_MixedReport_OneLinePerIssueThenSummary()
    {
        var report = Mixed();

        var lines = ValidationReportText.Format(report).Split('\n');

        Assert.Equal(report.Issues.Length + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Equal(report.ToString(), lines[^2]);
        Assert.Equal("invalid: 3 error(s), 1 warning(s), 1 information", lines[^2]);
        Assert.Contains(lines, l => l.StartsWith("ERROR [value.invalid-identifier] $.people[0].id: ", StringComparison.Ordinal) && l.EndsWith(" (value: P 001)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("INFORMATION CC-4 [leadership.not-core-member] $.leadershipTeam[3]: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidationReportTextFormat_WithCatalogue_ListsTheBrokenRulesWithSources()
    {
        var text = ValidationReportText.Format(SampleReport("cc-4-leader-not-in-core-group.json"), RuleCatalogue.OperatingModel);
        var rule = RuleCatalogue.OperatingModel[Cc4];

        Assert.Contains("\nRules:\n", text, StringComparison.Ordinal);
        Assert.Contains($"  CC-4 {rule.Title} — {string.Join("; ", rule.Sources)}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationReportTextFormat_EmptyReport_IsTheSummaryOnly() =>
        Assert.Equal("valid: 0 error(s), 0 warning(s), 0 information\n", ValidationReportText.Format(ValidationReport.Empty, RuleCatalogue.OperatingModel));

    [Fact]
    public void ValidationReportTextFormat_RedactedReport_ShowsRedactedValues()
    {
        var text = ValidationReportText.Format(Mixed().Redact());

        Assert.DoesNotContain("(value: P 001)", text, StringComparison.Ordinal);
        Assert.Contains("(value: [redacted])", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_NullReport_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ValidationReportText.Format(null!));
        Assert.Throws<ArgumentNullException>(() => ValidationReportJson.ToContract(null!));
        Assert.Throws<ArgumentNullException>(() => OperationOutcomeJson.ToContract(null!));
        Assert.Throws<ArgumentNullException>(() => RuleCatalogueWriter.ToContract(null!));
    }
}
