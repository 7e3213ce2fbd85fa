using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.QualityDocuments;

/// <summary>The maturity-record document: valid sample, located bad values, structure, limits, round trip.</summary>
public sealed class MaturityDocumentTests
{
    private static readonly string Sample = RepositoryFiles.PathOf("samples/data/quality/maturity-record.json");

    private static JsonObject SampleJson() => JsonNode.Parse(File.ReadAllText(Sample))!.AsObject();

    private static MaturityValidationResult Validate(JsonNode json, MaturityValidationSettings? settings = null) =>
        MaturityDocument.Validate(Encoding.UTF8.GetBytes(json.ToJsonString()), settings);

    private static ValidationIssue Single(MaturityValidationResult result, string code) =>
        Assert.Single(result.Report.Issues, i => i.Code.ToString() == code);

    [Fact]
    public void ValidateFile_ValidSample_IsValidWithTheRecordAndEveryMatRuleMet()
    {
        var result = MaturityDocument.ValidateFile(Sample, new MaturityValidationSettings { Explain = true });

        Assert.True(result.IsValid, result.Report.ToString() + string.Join("\n", result.Report.Issues));
        Assert.NotNull(result.Record);
        Assert.Equal(SciroccoMatrix.MatrixId, result.Record.Matrix.Id);
        Assert.Equal(new LocalDate(2023, 12, 31), result.AsOf);
        Assert.Equal(["MAT-1", "MAT-2", "MAT-3"], result.Rules.Select(r => r.Rule.ToString()));
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.Met, r.Status));
        Assert.Equal(DevelopmentPhase.Phase2, result.Record.Standing(AssessmentKind.Objective, result.AsOf!.Value)!.Phase);
        Assert.Equal(3, result.Why!.Rules.Length);
    }

    [Fact]
    public void ValidSample_ConformsToThePublishedSchema() =>
        Assert.Empty(PublishedSchemas.Problems("maturity-record.schema.json", SampleJson()));

    [Fact]
    public void InvalidSample_ScoreNotALevel_IsLocated()
    {
        var result = MaturityDocument.ValidateFile(RepositoryFiles.PathOf("samples/data/quality/invalid/maturity-record.score-not-a-level.json"));

        Assert.False(result.IsValid);
        Assert.Equal("$.assessments[40].score", Single(result, "maturity.record.score-not-a-level").Location.ToString());
        Assert.Null(result.Record);
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.NotEvaluated, r.Status));
    }

    [Theory]
    [InlineData("kind", "selfish", "value.not-allowed", "$.assessments[3].kind")]
    [InlineData("dimensionId", "Readiness", "maturity.assessment.invalid-dimension-id", "$.assessments[3].dimensionId")]
    [InlineData("dimensionId", "no-such-dimension", "maturity.record.unknown-dimension", "$.assessments[3].dimensionId")]
    public void Validate_BadAssessmentValue_IsLocated(string member, string value, string code, string location)
    {
        var json = SampleJson();
        json["assessments"]![3]![member] = value;

        var result = Validate(json);

        Assert.False(result.IsValid);
        Assert.Equal(location, Single(result, code).Location.ToString());
    }

    [Fact]
    public void Validate_ObjectiveWithoutEvidence_IsLocated()
    {
        var json = SampleJson();
        json["assessments"]![12]!.AsObject().Remove("evidenceReference");

        Assert.Equal("$.assessments[12].evidenceReference", Single(Validate(json), "maturity.assessment.evidence-missing").Location.ToString());
    }

    [Fact]
    public void Validate_SubjectiveWithoutAssessors_IsLocated()
    {
        var json = SampleJson();
        json["assessments"]![0]!.AsObject().Remove("assessors");

        Assert.Equal("$.assessments[0].assessors", Single(Validate(json), "maturity.assessment.assessor-missing").Location.ToString());
    }

    [Fact]
    public void Validate_BadCommunityId_IsLocated()
    {
        var json = SampleJson();
        json["communityId"] = "Nantwich & Rural";

        Assert.Equal("$.communityId", Single(Validate(json), "value.invalid-identifier").Location.ToString());
    }

    [Fact]
    public void Validate_CustomMatrixWithLevelsOutOfOrder_IsLocatedUnderMatrix()
    {
        var json = SampleJson();
        json["matrix"] = JsonNode.Parse("""
            {"id": "local", "name": "Local matrix", "dimensions": [{"id": "readiness-to-change", "name": "Readiness", "levels": [
              {"score": 1, "descriptor": "a"}, {"score": 0, "descriptor": "b"}]}],
             "phases": {"aggregate": "mean", "phase2From": 1, "phase3From": 2}}
            """);

        var result = Validate(json);

        Assert.Equal("$.matrix.dimensions[0].levels[1].score", Single(result, "maturity.matrix.levels-out-of-order").Location.ToString());
    }

    [Fact]
    public void Validate_CustomMatrix_IsUsedForTheRecord()
    {
        var json = SampleJson();
        json["matrix"] = JsonNode.Parse("""
            {"id": "local", "name": "Local matrix", "dimensions": [{"id": "readiness-to-change", "name": "Readiness", "levels": [
              {"score": 0, "descriptor": "a"}, {"score": 5, "descriptor": "b"}]}],
             "phases": {"aggregate": "mean", "phase2From": 1, "phase3From": 4}}
            """);
        json["assessments"] = JsonNode.Parse("""
            [{"kind": "subjective", "dimensionId": "readiness-to-change", "assessedOn": "2022-01-01", "score": 5, "assessors": ["A"]},
             {"kind": "objective", "dimensionId": "readiness-to-change", "assessedOn": "2022-02-01", "score": 5, "basis": "evidence", "evidenceReference": "E1"}]
            """);

        var result = Validate(json);

        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        Assert.Equal("local", result.Record!.Matrix.Id);
        Assert.Equal(ScoreAggregate.Mean, result.Record.Matrix.Phases.Aggregate);
    }

    [Fact]
    public void Validate_FrameworkMissingAPhase_IsLocatedUnderFramework()
    {
        var json = SampleJson();
        json["framework"] = JsonNode.Parse("""{"phases": [{"phase": 1, "freedoms": []}, {"phase": 2, "freedoms": [{"kind": "determineSpend", "delegatedLimit": 1000}]}]}""");

        Assert.Equal("$.framework.phases", Single(Validate(json), "maturity.framework.phase-missing").Location.ToString());
    }

    [Fact]
    public void Validate_NoObjectiveAssessment_BreaksMat2ButTheRecordIsBuilt()
    {
        var json = SampleJson();
        var subjective = json["assessments"]!.AsArray().Where(a => a!["kind"]!.GetValue<string>() == "subjective").Select(a => a!.DeepClone()).ToArray();
        json["assessments"] = new JsonArray(subjective);

        var result = Validate(json);

        Assert.False(result.IsValid);
        Assert.NotNull(result.Record);
        Assert.Equal(RuleStatus.NotMet, result.Rules.Single(r => r.Rule.ToString() == "MAT-2").Status);
    }

    [Fact]
    public void Validate_BasisOnSubjective_IsLocated()
    {
        var json = SampleJson();
        json["assessments"]![0]!["basis"] = "evidence";

        Assert.Equal("$.assessments[0].basis", Single(Validate(json), "maturity-document.objective-member-on-subjective").Location.ToString());
    }

    [Fact]
    public void Validate_NoAsOf_IsAnIssueAndRulesAreNotEvaluated()
    {
        var json = SampleJson();
        json.Remove("asOf");

        var result = Validate(json);

        Assert.Equal("$.asOf", Single(result, "document.as-of-missing").Location.ToString());
        Assert.All(result.Rules, r => Assert.Equal(RuleStatus.NotEvaluated, r.Status));
    }

    [Fact]
    public void Validate_AsOfSetting_OverridesTheDocument()
    {
        var result = MaturityDocument.ValidateFile(Sample, new MaturityValidationSettings { AsOf = new LocalDate(2022, 6, 1) });

        Assert.Equal(new LocalDate(2022, 6, 1), result.AsOf);
        Assert.Equal(DevelopmentPhase.Phase1, result.Record!.Standing(AssessmentKind.Objective, result.AsOf!.Value)!.Phase);
        Assert.Contains(result.Report.Issues, i => i.Code.ToString() == "maturity.not-working-towards-phase-3");
    }

    [Theory]
    [InlineData("{", "json.malformed", "$")]
    [InlineData("", "document.empty", "$")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a", "assessments": [], "colour": "red"}""", "json.unknown-member", "$.colour")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a"}""", "json.missing-member", "$")]
    [InlineData("""{"schemaVersion": "1.0", "communityId": "a", "assessments": [null]}""", "json.null-not-allowed", "$.assessments[0]")]
    [InlineData("""{"schemaVersion": "2.0", "communityId": "a", "assessments": []}""", "document.unsupported-schema-version", "$.schemaVersion")]
    public void Validate_StructuralProblem_IsAClearIssue(string text, string code, string location)
    {
        var result = MaturityDocument.Validate(Encoding.UTF8.GetBytes(text), new MaturityValidationSettings { AsOf = new LocalDate(2023, 1, 1) });

        Assert.False(result.IsValid);
        Assert.Equal(location, Single(result, code).Location.ToString());
        Assert.Equal(3, result.Rules.Length);
    }

    [Fact]
    public void Validate_TooLarge_IsNotRead()
    {
        var settings = new MaturityValidationSettings { Limits = new ValidationLimits { MaxDocumentBytes = 100 } };

        var fromBytes = MaturityDocument.Validate(File.ReadAllBytes(Sample), settings);
        using var stream = File.OpenRead(Sample);
        var fromStream = MaturityDocument.Validate(stream, settings);
        var fromFile = MaturityDocument.ValidateFile(Sample, settings);

        Assert.All([fromBytes, fromStream, fromFile], r => Single(r, "document.too-large"));
    }

    [Fact]
    public void ValidateFile_Missing_IsAnIssue() =>
        Single(MaturityDocument.ValidateFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.json")), "document.unreadable");

    [Fact]
    public void Serialize_ThenValidate_RoundTrips()
    {
        var first = MaturityDocument.ValidateFile(Sample);

        var text = MaturityDocument.Serialize(first.Record!, first.AsOf);
        var second = MaturityDocument.Validate(Encoding.UTF8.GetBytes(text));

        Assert.True(second.IsValid, string.Join("\n", second.Report.Issues));
        Assert.Equal(text, MaturityDocument.Serialize(second.Record!, second.AsOf));
        Assert.Equal(first.Record!.Assessments.Select(a => a.ToString()), second.Record!.Assessments.Select(a => a.ToString()));
        Assert.Empty(PublishedSchemas.Problems("maturity-record.schema.json", JsonNode.Parse(text)));
    }
}
