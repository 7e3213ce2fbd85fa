using CareCommunity.Domain.OperatingModel;
using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests;

public sealed class CareCommunityDocumentTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryFiles.ValidSample);

    // ----- the valid sample

    [Fact]
    public void Validate_ValidSample_IsValidWithNoErrors()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(0, result.Report.ErrorCount);
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
        Assert.NotNull(result.Community);
        Assert.Equal("Nantwich & Rural", result.Community.Name);
        DocumentAssert.LocationsResolve(Sample, result.Report);
    }

    [Fact]
    public void ValidateFile_ValidSample_IsValid()
    {
        var result = CareCommunityDocument.ValidateFile(RepositoryFiles.ValidSample);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal("Nantwich & Rural", result.Community?.Name);
    }

    [Fact]
    public void Validate_Stream_SameAsBytes()
    {
        using var stream = new MemoryStream(RepositoryFiles.ValidSampleBytes());

        var result = CareCommunityDocument.Validate(stream);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
    }

    [Fact]
    public void Validate_SettingsAsOf_OverridesTheDocumentsDate()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes(), new DocumentValidationSettings { AsOf = new LocalDate(2027, 3, 1) });

        Assert.Equal(new LocalDate(2027, 3, 1), result.AsOf);
        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Rule?.ToString() == "CC-6");
    }

    [Fact]
    public void Validate_NoAsOfAnywhere_ReportsAsOfMissing()
    {
        var json = Mutate(d => d.Remove("asOf"));

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Code == CareCommunityDocument.AsOfMissing);
        Assert.Equal("$.asOf", issue.Location.ToString());
        Assert.Null(result.Community);
        Assert.Null(result.AsOf);
        Assert.Equal(11, result.Rules.Length);
    }

    [Fact]
    public void Validate_NoAsOfButAClock_UsesTheClocksLondonDate()
    {
        var json = Mutate(d => d.Remove("asOf"));
        var clock = TestClocks.AtLondonMidday(new LocalDate(2026, 11, 1));

        var result = DocumentAssert.Validate(json, new DocumentValidationSettings { Clock = clock });

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(new LocalDate(2026, 11, 1), result.AsOf);
    }

    [Fact]
    public void ValidateFile_MissingFile_ReportsUnreadableWithoutThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var result = CareCommunityDocument.ValidateFile(path);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(CareCommunityDocument.Unreadable, issue.Code);
        Assert.Contains(path, issue.Message, StringComparison.Ordinal);
    }

    // ----- strictness: structural problems are issues with their paths, never exceptions

    [Fact]
    public void Validate_UnknownMemberAtRoot_ReportsUnknownMemberNamingIt()
    {
        var json = Mutate(d => d["favouriteColour"] = "teal");

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.UnknownMember, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Null(issue.Rule);
        Assert.Contains("favouriteColour", issue.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("favouriteColour", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownMemberNested_PathNamesTheMemberInItsElement()
    {
        var json = Mutate(d => d["organisations"]![1]!["colour"] = "teal");

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.UnknownMember, issue.Code);
        Assert.Equal("$.organisations[1].colour", issue.Location.ToString());
        DocumentAssert.LocationsResolve(json, ValidationReport.FromIssues([issue]));
    }

    [Fact]
    public void Validate_MissingRequiredMember_ReportsMissingMemberNamingIt()
    {
        var json = Mutate(d => d.Remove("name"));

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.MissingMember, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Contains("name", issue.Message, StringComparison.Ordinal);
        DocumentAssert.LocationsResolve(json, ValidationReport.FromIssues([issue]));
    }

    [Fact]
    public void Validate_MissingRequiredNestedMember_ReportsMissingMember()
    {
        var json = Mutate(d => ((JsonObject)d["people"]![0]!).Remove("organisationId"));

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.MissingMember, issue.Code);
        Assert.Contains("organisationId", issue.Message, StringComparison.Ordinal);
        DocumentAssert.LocationsResolve(json, ValidationReport.FromIssues([issue]));
    }

    [Fact]
    public void Validate_NullForNonNullableMember_ReportsNullNotAllowedAtItsPath()
    {
        var json = Mutate(d => d["name"] = null);

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.NullValue, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal("$.name", issue.Location.ToString());
    }

    [Fact]
    public void Validate_NullForNonNullableMember_MessageNamesTheJsonMember()
    {
        var json = Mutate(d => d["name"] = null);

        var issue = SingleError(json);

        Assert.Contains("'name'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisations")]
    [InlineData("people")]
    [InlineData("coreGroup")]
    [InlineData("leadershipTeam")]
    [InlineData("widerMembers")]
    [InlineData("offer")]
    [InlineData("initiatives")]
    [InlineData("specifications")]
    [InlineData("alignedClinicalLeads")]
    public void Validate_NullArrayElement_ReportsAnIssueWithoutThrowing(string array)
    {
        var json = Mutate(d => d[array]![0] = null);

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Location.ToString() == $"$.{array}[0]");
    }

    [Theory]
    [InlineData("reporting", "submissions")]
    [InlineData("riskRegister", "risks")]
    [InlineData("costCentre", "posts")]
    [InlineData("costCentre", "changes")]
    public void Validate_NullNestedArrayElement_ReportsAnIssueWithoutThrowing(string parent, string array)
    {
        var json = Mutate(d => d[parent]![array]![0] = null);

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Location.ToString() == $"$.{parent}.{array}[0]");
        DocumentAssert.LocationsResolve(json, result.Report);
    }

    [Theory]
    [InlineData("alignedPcns")]
    public void Validate_NullStringArrayElement_ReportsAnIssueAtTheElement(string array)
    {
        var json = Mutate(d => d[array]![0] = null);

        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Location.ToString() == $"$.{array}[0]");
    }

    [Fact]
    public void Validate_NullForNonNullableArray_ReportsNullNotAllowed()
    {
        var json = Mutate(d => d["coreGroup"] = null);

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.NullValue, issue.Code);
        Assert.Equal("$.coreGroup", issue.Location.ToString());
    }

    [Fact]
    public void Validate_StringForRegisteredPopulation_ReportsWrongTypeAtItsPath()
    {
        var json = Mutate(d => d["registeredPopulation"] = "48200");

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.WrongType, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal("$.registeredPopulation", issue.Location.ToString());
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("01/11/2026")]
    [InlineData("2026-11-01T00:00:00Z")]
    public void Validate_BadDate_ReportsAStructureErrorNamingTheTextAtItsPath(string date)
    {
        var json = Mutate(d => d["asOf"] = date);

        var issue = SingleError(json);

        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal("$.asOf", issue.Location.ToString());
        Assert.Contains(date, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadNestedDate_ReportsItsPathAndText()
    {
        var json = Mutate(d => d["reporting"]!["submissions"]![3]!["date"] = "14/06/2025");

        var issue = SingleError(json);

        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal("$.reporting.submissions[3].date", issue.Location.ToString());
        Assert.Contains("14/06/2025", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NumberForDate_ReportsAStructureErrorAtItsPath()
    {
        var json = Mutate(d => d["asOf"] = 20261101);

        var issue = SingleError(json);

        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal("$.asOf", issue.Location.ToString());
    }

    [Theory]
    [InlineData("\"2026-13-01\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("20261101")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Validate_BadDate_IsCodedWrongType(string value)
    {
        var json = Mutate(d => d["asOf"] = JsonNode.Parse(value));

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.WrongType, issue.Code);
        Assert.DoesNotContain("well-formed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateProperty_ReportsDuplicateMember()
    {
        var json = Sample.Replace("\"name\": \"Nantwich & Rural\",", "\"name\": \"Nantwich & Rural\",\n  \"name\": \"Crewe\",", StringComparison.Ordinal);
        Assert.NotEqual(Sample, json);

        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.DuplicateMember, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
    }

    [Fact]
    public void Validate_MalformedJson_ReportsMalformedWithLine()
    {
        var issue = SingleError("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"crewe\"\n  \"name\": \"Crewe\"\n}");

        Assert.Equal(CareCommunityDocument.MalformedJson, issue.Code);
        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Contains("line", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t  \n")]
    public void Validate_EmptyOrWhitespace_ReportsEmptyDocument(string json)
    {
        var issue = SingleError(json);

        Assert.Equal(CareCommunityDocument.EmptyDocument, issue.Code);
        Assert.Equal(DocumentPath.Root, issue.Location);
    }

    [Fact]
    public void Validate_BomOnly_ReportsEmptyDocument() =>
        Assert.Equal(CareCommunityDocument.EmptyDocument, SingleError([.. Encoding.UTF8.Preamble]).Code);

    [Fact]
    public void Validate_JsonNull_ReportsWrongTypeAtRoot()
    {
        var issue = SingleError("null");

        Assert.Equal(CareCommunityDocument.WrongType, issue.Code);
        Assert.Equal(DocumentPath.Root, issue.Location);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"id\": \"x\"}]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("true")]
    public void Validate_TopLevelNotAnObject_ReportsAStructureError(string json)
    {
        var issue = SingleError(json);

        Assert.Equal(IssueKind.Structure, issue.Kind);
        Assert.Equal(DocumentPath.Root, issue.Location);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("{} {}")]
    [InlineData("{\"schemaVersion\": \"1.0\",}")]
    [InlineData("// comment\n{}")]
    [InlineData("\u00ff\u00fe")]
    public void Validate_OtherBadDocuments_ReportsErrorsWithoutThrowing(string json)
    {
        var result = DocumentAssert.Validate(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Community);
        Assert.All(result.Report.Issues, i => Assert.Equal(IssueKind.Structure, i.Kind));
    }

    [Fact]
    public void Validate_Utf8Bom_IsAccepted()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. RepositoryFiles.ValidSampleBytes()];

        var result = CareCommunityDocument.Validate(bytes);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
    }

    [Fact]
    public void Validate_UnsupportedSchemaVersion_ReportsValueError()
    {
        var json = Mutate(d => d["schemaVersion"] = "2.0");

        var issue = SingleError(json);

        Assert.Equal("document.unsupported-schema-version", issue.Code.ToString());
        Assert.Equal("$.schemaVersion", issue.Location.ToString());
        Assert.Equal("2.0", issue.OffendingValue);
    }

    // ----- value problems: all reported at once

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

    // ----- redaction

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

    // ----- round trip

    [Fact]
    public void Serialize_ValidSampleTwice_GivesIdenticalText()
    {
        var first = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());
        Assert.NotNull(first.Community);

        var text1 = CareCommunityDocument.Serialize(first.Community, first.AsOf);
        var second = DocumentAssert.Validate(text1);
        Assert.True(second.IsValid, DocumentAssert.Describe(second.Report));
        var text2 = CareCommunityDocument.Serialize(second.Community!, second.AsOf);

        Assert.Equal(text1, text2);
        Assert.Equal(first.AsOf, second.AsOf);
    }

    [Fact]
    public void Serialize_ValidSample_SameJsonAsTheSampleApartFromSchemaReference()
    {
        var result = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes());

        var written = JsonNode.Parse(CareCommunityDocument.Serialize(result.Community!, result.AsOf))!.AsObject();
        var sample = JsonNode.Parse(Sample)!.AsObject();
        sample.Remove("$schema");

        Assert.True(JsonNode.DeepEquals(sample, written), "The written document differs from the sample:\n" + written.ToJsonString());
    }

    [Fact]
    public void ToContract_ThenToDomain_GivesAnEqualContract()
    {
        var community = CareCommunityDocument.Validate(RepositoryFiles.ValidSampleBytes()).Community!;
        var contract = DocumentMapper.ToContract(community, new LocalDate(2026, 11, 1));
        var issues = new IssueCollector();

        var again = DocumentMapper.ToDraft(contract, issues);

        Assert.False(issues.HasErrors, string.Join("\n", issues.Issues));
        var contract2 = DocumentMapper.ToContract(LocalCareCommunity.Create(again).Value, new LocalDate(2026, 11, 1));
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(contract, CareCommunityJsonContext.Default.CareCommunityDocumentContract),
            System.Text.Json.JsonSerializer.Serialize(contract2, CareCommunityJsonContext.Default.CareCommunityDocumentContract));
    }

    [Fact]
    public void Serialize_AsOf_IsAnIsoCalendarDateString()
    {
        var community = LocalCareCommunityBuilder.BuildValid();

        var json = JsonNode.Parse(CareCommunityDocument.Serialize(community, new LocalDate(2026, 2, 8)))!.AsObject();

        Assert.Equal("2026-02-08", json["asOf"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_IsoDate_IsReadAsThatDate()
    {
        var json = Mutate(d => d["asOf"] = "2026-02-28");

        var result = CareCommunityDocument.Validate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(new LocalDate(2026, 2, 28), result.AsOf);
    }

    [Fact]
    public void Serialize_WithoutAsOf_OmitsTheMember()
    {
        var community = LocalCareCommunityBuilder.BuildValid();

        var json = JsonNode.Parse(CareCommunityDocument.Serialize(community))!.AsObject();

        Assert.False(json.ContainsKey("asOf"));
        Assert.Equal("1.0", json["schemaVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_BuilderCommunity_ValidatesOnItsAsOfDate()
    {
        var builder = LocalCareCommunityBuilder.Valid();
        var json = CareCommunityDocument.Serialize(builder.Build(), builder.AsOfDate);

        var result = DocumentAssert.Validate(json);

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(builder.AsOfDate, result.AsOf);
    }

    // ----- helpers

    private static string Mutate(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Sample)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private static ValidationIssue SingleError(string json) => SingleError(Encoding.UTF8.GetBytes(json));

    private static ValidationIssue SingleError(byte[] json)
    {
        var result = CareCommunityDocument.Validate(json);
        Assert.False(result.IsValid);
        var errors = result.Report.Issues.Where(i => i.Severity == Severity.Error).ToArray();
        Assert.True(errors.Length == 1, "Expected exactly one error:\n" + DocumentAssert.Describe(result.Report));
        return errors[0];
    }
}
