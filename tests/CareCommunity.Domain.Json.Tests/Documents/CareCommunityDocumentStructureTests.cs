using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Validation;
using CareCommunity.Domain.Json.Tests.Support;
using static CareCommunity.Domain.Json.Tests.Support.CareCommunityDocumentTestKit;

namespace CareCommunity.Domain.Json.Tests.Documents;

/// <summary>Strictness: structural problems (malformed or empty JSON, unknown, missing, duplicate and null members, wrong types) are issues with their paths, never exceptions.</summary>
public sealed class CareCommunityDocumentStructureTests
{
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
}
