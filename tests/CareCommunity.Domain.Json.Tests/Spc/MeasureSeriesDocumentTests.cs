using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Json.Spc;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Spc;

/// <summary>Measure series read from JSON documents and CSV: valid samples chart, every bad value or line is located.</summary>
public sealed class MeasureSeriesDocumentTests
{
    private static readonly string SampleCsv = RepositoryFiles.PathOf("samples/data/quality/falls-with-harm.csv");
    private static readonly string SampleJson = RepositoryFiles.PathOf("samples/data/quality/falls-with-harm.json");
    private static readonly string MalformedCsv = RepositoryFiles.PathOf("samples/data/quality/invalid/falls-with-harm.malformed.csv");

    private static MeasureSeriesValidationResult Csv(string text, MeasureSeriesSettings? settings = null) =>
        MeasureSeriesDocument.ValidateCsv(Encoding.UTF8.GetBytes(text), settings);

    private static MeasureSeriesValidationResult Json(string text, MeasureSeriesSettings? settings = null) =>
        MeasureSeriesDocument.Validate(Encoding.UTF8.GetBytes(text), settings);

    private static string Points(int count, Func<int, string>? value = null) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $"{{\"date\":\"2024-{i + 1:00}-01\",\"value\":{value?.Invoke(i) ?? "1"}}}"));

    private static ValidationIssue Single(MeasureSeriesValidationResult result, IssueCode code) =>
        Assert.Single(result.Report.Issues, i => i.Code == code);

    [Fact]
    public void ValidateFile_SampleCsv_ChartsTwentyFourMonthlyPointsWithAShift()
    {
        var result = MeasureSeriesDocument.ValidateFile(SampleCsv, new MeasureSeriesSettings { Direction = ImprovementDirection.Down });

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.Empty(result.Report.Issues);
        Assert.Equal("falls-with-harm", result.Series!.Title);
        Assert.Equal(24, result.Chart!.Points.Length);
        Assert.False(result.Chart.IsRunChartOnly);
        Assert.Contains(result.Chart.Signals, s => s.Rule == SpecialCauseRule.Shift && s.Variation == VariationIcon.SpecialCauseImprovement);
        Assert.Equal(VariationIcon.SpecialCauseImprovement, result.Chart.Variation.Value);
    }

    [Fact]
    public void ValidateFile_SampleJson_ChartsWithItsDirectionAndTarget()
    {
        var result = MeasureSeriesDocument.ValidateFile(SampleJson);

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.Equal(ImprovementDirection.Down, result.Series!.Direction);
        Assert.Equal(0.6m, result.Series.Target);
        Assert.Equal(AssuranceIcon.HitAndMiss, result.Chart!.Assurance.Value);
    }

    [Fact]
    public void ValidateFile_SampleJson_MatchesThePublishedSchema() =>
        Assert.Empty(PublishedSchemas.Problems("measure-series.schema.json", JsonNode.Parse(File.ReadAllText(SampleJson))));

    [Fact]
    public void ValidateFile_CsvAndJsonSamples_HaveTheSamePoints()
    {
        var csv = MeasureSeriesDocument.ValidateFile(SampleCsv).Series!;
        var json = MeasureSeriesDocument.ValidateFile(SampleJson).Series!;

        Assert.Equal(json.Points.Select(p => (p.Date, (double)p.Value!.Value, p.IsGhosted)), csv.Points.Select(p => (p.Date, (double)p.Value!.Value, p.IsGhosted)));
    }

    [Fact]
    public void ValidateFile_MalformedCsv_LocatesEveryBadLine()
    {
        var result = MeasureSeriesDocument.ValidateFile(MalformedCsv);

        Assert.False(result.IsValid);
        Assert.Null(result.Series);
        Assert.Null(result.Chart);
        var located = result.Report.Issues.Select(i => (i.Code.ToString(), i.Location.ToString(), i.Message[..i.Message.IndexOf(':', StringComparison.Ordinal)])).ToArray();
        Assert.Equal(
            [
                ("value.invalid-date", "$.points[1].date", "line 3"),
                ("value.invalid-flag", "$.points[2].ghosted", "line 4"),
                ("value.invalid-number", "$.points[3].value", "line 5"),
                ("csv.field-count", "$.points[4]", "line 6"),
                ("spc.missing-value", "$.points[5].value", "line 7"),
                ("spc.duplicate-date", "$.points[6].date", "line 8"),
            ],
            located.OrderBy(l => l.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public void ValidateCsv_QuotedFieldsCrlfBomAndGhostedColumnInAnyOrder_AreRead()
    {
        var text = "\uFEFF\"value\",Date,ghosted\r\n\"1.5\",2024-01-01,\r\n\"2\",\"2024-02-01\",yes\r\n3,2024-03-01,false\r\n";

        var result = Csv(text);

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.Equal([1.5m, 2m, 3m], result.Series!.Points.Select(p => p.Value!.Value));
        Assert.Equal([false, true, false], result.Series.Points.Select(p => p.IsGhosted));
    }

    [Fact]
    public void ValidateCsv_QuotedValueWithComma_IsOneFieldAndReportedAsNotANumber()
    {
        var issue = Single(Csv("date,value\n2024-01-01,\"1,5\"\n"), MeasureSeriesDocument.InvalidNumber);

        Assert.Equal("$.points[0].value", issue.Location.ToString());
        Assert.StartsWith("line 2: '1,5'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCsv_QuotedFieldOverTwoLines_KeepsLaterLineNumbers()
    {
        var issue = Single(Csv("date,value\n2024-01-01,\"1\n\"\n2024-02-01,x\n"), MeasureSeriesDocument.InvalidNumber);

        Assert.Equal("$.points[1].value", issue.Location.ToString());
        Assert.StartsWith("line 4:", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCsv_EmptyValue_IsAGapReportedAtItsPointAndLine()
    {
        var result = Csv("date,value\n2024-01-01,1\n2024-02-01,\n2024-03-01,2\n");

        var issue = Single(result, SpcIssueCodes.MissingValue);
        Assert.Equal("$.points[1].value", issue.Location.ToString());
        Assert.StartsWith("line 3:", issue.Message, StringComparison.Ordinal);
        Assert.Null(result.Chart);
    }

    [Theory]
    [InlineData("2024-01-01,1\n2024-02-01,2\n")]
    [InlineData("when,amount\n2024-01-01,1\n")]
    [InlineData("date\n2024-01-01\n")]
    public void ValidateCsv_HeaderMissing_IsReportedOnLineOne(string text)
    {
        var issue = Single(Csv(text), MeasureSeriesDocument.CsvMissingHeader);

        Assert.StartsWith("line 1:", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCsv_UnknownOrRepeatedColumn_IsReported()
    {
        var result = Csv("date,value,comment,value\n2024-01-01,1,x,1\n");

        Assert.Equal(2, result.Report.Issues.Count(i => i.Code == MeasureSeriesDocument.CsvUnknownColumn));
        Assert.Null(result.Chart);
    }

    [Fact]
    public void ValidateCsv_UnclosedQuote_IsMalformedNamingItsLine()
    {
        var issue = Single(Csv("date,value\n2024-01-01,1\n2024-02-01,\"2\n2024-03-01,3\n"), MeasureSeriesDocument.CsvMalformed);

        Assert.StartsWith("line 3:", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCsv_TextAfterClosingQuote_IsMalformed() =>
        Assert.StartsWith("line 2:", Single(Csv("date,value\n2024-01-01,\"1\"2\n"), MeasureSeriesDocument.CsvMalformed).Message, StringComparison.Ordinal);

    [Fact]
    public void ValidateCsv_BlankLine_IsAWarningAndNotAPoint()
    {
        var result = Csv("date,value\n2024-01-01,1\n\n2024-02-01,2\n");

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.Equal(2, result.Series!.Points.Length);
        Assert.StartsWith("line 3:", Single(result, MeasureSeriesDocument.CsvBlankLine).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateCsv_EveryLine_IsAPointOrAnIssue()
    {
        var lines = new[] { "2024-01-01,1", "2024-02-01,x", "bad,2", "2024-04-01,4,5", "2024-05-01,5" };

        var result = Csv("date,value\n" + string.Join("\n", lines));

        Assert.Equal(3, result.Report.ErrorCount);
        Assert.Equal(["line 3", "line 4", "line 5"], result.Report.Issues.Select(i => i.Message[..6]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void ValidateCsv_Empty_IsReported(string text) =>
        Single(Csv(text), CareCommunityDocument.EmptyDocument);

    [Fact]
    public void ValidateCsv_InvalidUtf8_IsMalformed() =>
        Single(MeasureSeriesDocument.ValidateCsv(new byte[] { (byte)'d', 0xFF, 0xFE, (byte)'\n' }), MeasureSeriesDocument.CsvMalformed);

    [Fact]
    public void ValidateCsv_TooLarge_IsReportedWithoutReading()
    {
        var result = Csv("date,value\n2024-01-01,1\n", new MeasureSeriesSettings { Limits = new ValidationLimits { MaxDocumentBytes = 10 } });

        Assert.Equal(CareCommunityDocument.TooLarge, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ValidateFile_TooLarge_IsReportedWithoutReading()
    {
        var result = MeasureSeriesDocument.ValidateFile(SampleCsv, new MeasureSeriesSettings { Limits = new ValidationLimits { MaxDocumentBytes = 100 } });

        Assert.Equal(CareCommunityDocument.TooLarge, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ValidateCsv_MorePointsThanTheListLimit_IsReported()
    {
        var result = Csv("date,value\n2024-01-01,1\n2024-02-01,2\n2024-03-01,3\n", new MeasureSeriesSettings { Limits = new ValidationLimits { MaxListLength = 2 } });

        Assert.Contains("3 points", Single(result, CareCommunityDocument.ListTooLong).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateFile_Missing_IsAnIssueNotAnException() =>
        Single(MeasureSeriesDocument.ValidateFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv")), CareCommunityDocument.Unreadable);

    [Fact]
    public void Validate_JsonNullValue_IsAGapLocatedAtThePoint()
    {
        var result = Json($"{{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"direction\":\"up\",\"points\":[{Points(3, i => i == 1 ? "null" : "1")}]}}");

        Assert.Equal("$.points[1].value", Single(result, SpcIssueCodes.MissingValue).Location.ToString());
    }

    [Fact]
    public void Validate_JsonBadDirectionAndBlankTitle_AreBothLocated()
    {
        var result = Json($"{{\"schemaVersion\":\"1.0\",\"title\":\" \",\"direction\":\"sideways\",\"points\":[{Points(2)}]}}");

        Assert.Equal("$.direction", Single(result, CareCommunityDocument.ValueNotAllowed).Location.ToString());
        Assert.Equal("$.title", Single(result, CareCommunityDocument.BlankText).Location.ToString());
        Assert.Null(result.Chart);
    }

    [Fact]
    public void Validate_JsonWrongTypeForValue_IsLocated()
    {
        var result = Json("{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"direction\":\"up\",\"points\":[{\"date\":\"2024-01-01\",\"value\":\"3\"}]}");

        Assert.StartsWith("$.points[0]", Single(result, CareCommunityDocument.WrongType).Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JsonRecalculationAndBaseline_AreCheckedBySeries()
    {
        var result = Json($"{{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"direction\":\"up\",\"points\":[{Points(3)}],\"recalculations\":[\"2030-01-01\"]}}");

        Assert.Equal("$.recalculations[0]", Single(result, SpcIssueCodes.UnknownRecalculation).Location.ToString());
    }

    [Fact]
    public void Validate_SettingsOverrideDirectionAndTarget()
    {
        var bytes = File.ReadAllBytes(SampleJson);

        var result = MeasureSeriesDocument.Validate(bytes, new MeasureSeriesSettings { Direction = ImprovementDirection.Up, Target = 2m });

        Assert.Equal(ImprovementDirection.Up, result.Series!.Direction);
        Assert.Equal(2m, result.Series.Target);
        Assert.Equal(VariationIcon.SpecialCauseConcern, result.Chart!.Variation.Value);
    }

    [Fact]
    public void SpcResultJson_SampleResult_MatchesThePublishedSchema()
    {
        var result = MeasureSeriesDocument.ValidateFile(SampleJson);

        var json = JsonNode.Parse(SpcResultJson.Serialize(result, "falls-with-harm.json", "mdc-excel"));

        Assert.Empty(PublishedSchemas.Problems("spc-result.schema.json", json));
        Assert.Equal(24, json!["chart"]!["points"]!.AsArray().Count);
    }

    [Fact]
    public void SpcResultJson_RefusedSeries_HasTheReportAndNoChart()
    {
        var json = JsonNode.Parse(SpcResultJson.Serialize(MeasureSeriesDocument.ValidateFile(MalformedCsv)))!;

        Assert.Empty(PublishedSchemas.Problems("spc-result.schema.json", json));
        Assert.False(json["report"]!["valid"]!.GetValue<bool>());
        Assert.Null(json["chart"]);
    }
}
