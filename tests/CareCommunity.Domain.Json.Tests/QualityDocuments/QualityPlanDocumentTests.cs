using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Quality.Planning;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.QualityDocuments;

/// <summary>The quality-plan document: valid sample, located bad values, structure and limits.</summary>
public sealed class QualityPlanDocumentTests
{
    private static readonly string Sample = RepositoryFiles.PathOf("samples/data/quality/quality-plan.json");

    private static JsonObject SampleJson() => JsonNode.Parse(File.ReadAllText(Sample))!.AsObject();

    private static QualityPlanValidationResult Validate(JsonNode json) =>
        QualityPlanDocument.Validate(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static ValidationIssue Single(QualityPlanValidationResult result, string code) =>
        Assert.Single(result.Report.Issues, i => i.Code.ToString() == code);

    [Fact]
    public void ValidateFile_ValidSample_IsValidWithTwoGoalsIn2023()
    {
        var result = QualityPlanDocument.ValidateFile(Sample, new QualityPlanValidationSettings { Explain = true });

        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        Assert.Equal(2, result.Plan!.Goals.Count(g => g!.Year == FinancialYear.Starting(2023)));
        Assert.Equal(["QUA-1", "QUA-2", "QUA-3"], result.Rules.Select(r => r.Rule.ToString()));
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.Met, r.Status));
        Assert.Equal(3, result.Why!.Rules.Length);
    }

    [Fact]
    public void ValidSample_ConformsToThePublishedSchema() =>
        Assert.Empty(PublishedSchemas.Problems("quality-plan.schema.json", SampleJson()));

    [Fact]
    public void InvalidSample_BadYear_IsLocated()
    {
        var result = QualityPlanDocument.ValidateFile(RepositoryFiles.PathOf("samples/data/quality/invalid/quality-plan.bad-year.json"));

        Assert.False(result.IsValid);
        var issue = Single(result, "value.invalid-financial-year");
        Assert.Equal("$.goals[1].year", issue.Location.ToString());
        Assert.Equal("2023/25", issue.OffendingValue);
    }

    [Theory]
    [InlineData("year", "2023-2024", "value.invalid-financial-year", "$.goals[0].year")]
    [InlineData("year", "23/24", "value.invalid-financial-year", "$.goals[0].year")]
    [InlineData("source", "gossip", "value.not-allowed", "$.goals[0].source")]
    [InlineData("direction", "sideways", "value.not-allowed", "$.goals[0].direction")]
    [InlineData("id", "Falls With Harm", "value.invalid-identifier", "$.goals[0].id")]
    [InlineData("owner", "Nursing Lead", "value.invalid-identifier", "$.goals[0].owner")]
    [InlineData("title", " ", "value.blank", "$.goals[0].title")]
    public void Validate_BadGoalValue_IsLocated(string member, string value, string code, string location)
    {
        var json = SampleJson();
        json["goals"]![0]![member] = value;

        var result = Validate(json);

        Assert.False(result.IsValid);
        Assert.Equal(location, Single(result, code).Location.ToString());
    }

    [Fact]
    public void Validate_BadLeadershipId_IsLocated()
    {
        var json = SampleJson();
        json["leadershipTeam"]![1] = "GP Lead";

        Assert.Equal("$.leadershipTeam[1]", Single(Validate(json), "value.invalid-identifier").Location.ToString());
    }

    [Fact]
    public void Validate_OwnerOutsideTheLeadershipTeam_BreaksQua3()
    {
        var json = SampleJson();
        json["goals"]![0]!["owner"] = "someone-else";

        var issue = Single(Validate(json), "quality.owner-not-in-leadership-team");

        Assert.Equal("$.goals[0].owner", issue.Location.ToString());
        Assert.Equal("QUA-3", issue.Rule.ToString());
    }

    [Fact]
    public void Validate_BadImprovementProject_IsLocatedUnderProject()
    {
        var json = SampleJson();
        json["improvements"]![0]!["project"]!["aim"] = "profit";

        Assert.Equal("$.improvements[0].project.aim", Single(Validate(json), "value.not-allowed").Location.ToString());
    }

    [Fact]
    public void Validate_OneGoalIn2023_BreaksQua2()
    {
        var json = SampleJson();
        json["goals"]!.AsArray().RemoveAt(1);

        Assert.Equal("QUA-2", Single(Validate(json), "quality.too-few-goals-2023-24").Rule.ToString());
    }

    [Theory]
    [InlineData("{\"schemaVersion\": ", "json.malformed")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a", "leadershipTeam": [], "goals": [], "extra": 1}""", "json.unknown-member")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a", "goals": []}""", "json.missing-member")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a", "leadershipTeam": [], "goals": [{"id": 3}]}""", "json.wrong-type")]
    public void Validate_StructuralProblem_IsAClearIssue(string text, string code)
    {
        var result = QualityPlanDocument.Validate(Encoding.UTF8.GetBytes(text));

        Assert.False(result.IsValid);
        Single(result, code);
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.NotEvaluated, r.Status));
    }

    [Fact]
    public void Validate_TooLarge_IsNotRead()
    {
        var settings = new QualityPlanValidationSettings { Limits = new ValidationLimits { MaxDocumentBytes = 10 } };

        using var stream = File.OpenRead(Sample);
        Assert.All([QualityPlanDocument.Validate(File.ReadAllBytes(Sample), settings), QualityPlanDocument.Validate(stream, settings), QualityPlanDocument.ValidateFile(Sample, settings)],
            r => Single(r, "document.too-large"));
    }

    [Fact]
    public void Validate_AsOfBefore2023_AsksForNoGoals()
    {
        var json = SampleJson();
        json["goals"] = new JsonArray();
        json["improvements"] = new JsonArray();

        var result = QualityPlanDocument.Validate(Encoding.UTF8.GetBytes(json.ToJsonString()), new QualityPlanValidationSettings { AsOf = new LocalDate(2022, 12, 1) });

        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
    }
}
