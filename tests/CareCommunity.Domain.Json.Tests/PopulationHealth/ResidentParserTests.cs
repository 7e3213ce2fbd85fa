using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The resident reader: each rejection code in its own words, the bounded echo, warnings, and the hot path's allocations.</summary>
public sealed class ResidentParserTests
{
    private static ResidentParser Parser() =>
        new(new CommunityTable([.. CheshireEast.Place.CareCommunities.Select(c => c.Id)]), PopulationTestKit.AsOf, Icd10Mapping.Default, ValidationLimits.Default);

    private const string Good = "{\"id\":\"ce-0000001\",\"birthDate\":\"1948-03-12\",\"careCommunity\":\"crewe\",\"conditions\":[\"hypertension\",\"diabetes\"],\"frailty\":{\"efi\":0.27},\"learningDisability\":false,\"autism\":false,\"seriousMentalIllness\":false,\"imdDecile\":3,\"diagnoses\":[\"I10\",\"E11.9\"]}";

    [Fact]
    public void TryReadJson_TheContractsExample_ReadsEveryMember()
    {
        var parser = Parser();

        Assert.True(parser.TryReadJson(Encoding.UTF8.GetBytes(Good), 1));

        var r = parser.Resident;
        Assert.Equal("ce-0000001", r.Id.Value);
        Assert.Equal(new NodaTime.LocalDate(1948, 3, 12), r.BirthDate);
        Assert.Equal("crewe", r.CareCommunity.Value);
        Assert.Equal(ConditionSet.Of(Condition.Hypertension, Condition.Diabetes), r.Conditions);
        Assert.Equal(FrailtyAssessment.Efi(0.27), r.Frailty);
        Assert.Equal(3, r.Deprivation!.Value.Value);
        Assert.Empty(parser.Warnings);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1948-03-12\"", "resident.json.malformed", "")]
    [InlineData("[\"a\"]", "resident.json.not-an-object", "")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1948-03-12\",\"careCommunity\":\"crewe\",\"nhsNumber\":\"1\"}", "resident.member.unknown", "")]
    [InlineData("{\"id\":\"a\",\"id\":\"b\"}", "resident.member.repeated", "id")]
    [InlineData("{\"id\":7}", "resident.member.wrong-type", "id")]
    [InlineData("{\"id\":\"a\",\"autism\":null}", "resident.member.wrong-type", "autism")]
    [InlineData("{\"id\":\"a\",\"careCommunity\":\"crewe\"}", "resident.member.missing", "birthDate")]
    [InlineData("{\"id\":\"a b\"}", "resident.id.invalid", "id")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1948-13-12\"}", "resident.birth-date.invalid", "birthDate")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"12/03/1948\"}", "resident.birth-date.invalid", "birthDate")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1948,03-12\"}", "resident.birth-date.invalid", "birthDate")] // a byte below '0' in a digit's place (was an overflow)
    [InlineData("{\"id\":\"a\",\"birthDate\":\"2026-11-29\"}", "resident.birth-date.out-of-range", "birthDate")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1899-12-31\"}", "resident.birth-date.out-of-range", "birthDate")]
    [InlineData("{\"id\":\"a\",\"careCommunity\":\"wirral\"}", "resident.care-community.unknown", "careCommunity")]
    [InlineData("{\"id\":\"a\",\"conditions\":[\"gout\"]}", "resident.condition.unknown", "conditions[0]")]
    [InlineData("{\"id\":\"a\",\"conditions\":[\"asthma\",\"copd\",\"asthma\"]}", "resident.condition.repeated", "conditions[2]")]
    [InlineData("{\"id\":\"a\",\"frailty\":{}}", "resident.frailty.invalid", "frailty")]
    [InlineData("{\"id\":\"a\",\"frailty\":{\"level\":\"fit\",\"cfs\":3}}", "resident.frailty.invalid", "frailty")]
    [InlineData("{\"id\":\"a\",\"frailty\":{\"level\":\"frail\"}}", "resident.frailty.invalid", "frailty.level")]
    [InlineData("{\"id\":\"a\",\"frailty\":{\"efi\":1.01}}", "resident.frailty.invalid", "frailty.efi")]
    [InlineData("{\"id\":\"a\",\"frailty\":{\"cfs\":0}}", "resident.frailty.invalid", "frailty.cfs")]
    [InlineData("{\"id\":\"a\",\"imdDecile\":11}", "resident.imd-decile.invalid", "imdDecile")]
    [InlineData("{\"id\":\"a\",\"imdDecile\":2.5}", "resident.imd-decile.invalid", "imdDecile")]
    public void TryReadJson_BadLine_IsRejectedWithItsCodeAndMember(string line, string code, string member)
    {
        var parser = Parser();

        Assert.False(parser.TryReadJson(Encoding.UTF8.GetBytes(line), 42));

        var issue = parser.Rejection!;
        Assert.Equal(code, issue.Code.ToString());
        Assert.Equal(member, issue.Member);
        Assert.Equal(42, issue.Line);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Contains(issue.Rule, new[] { "POP-1", "document-integrity" });
    }

    [Fact]
    public void TryReadJson_InvalidUtf8_IsRejected()
    {
        var parser = Parser();
        byte[] line = [.. "{\"id\":\"a"u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.False(parser.TryReadJson(line, 3));
        Assert.Equal(ResidentIssues.InvalidUtf8, parser.Rejection!.Code);
    }

    [Fact]
    public void TryReadJson_HugeValue_IsEchoedCutTo200CharactersWithItsLength()
    {
        var parser = Parser();
        var id = new string('x', 100_000);

        Assert.False(parser.TryReadJson(Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"), 1));

        var issue = parser.Rejection!;
        Assert.Equal(ResidentIssues.InvalidId, issue.Code);
        Assert.Equal(201, issue.Value!.Length); // 200 characters and an ellipsis
        Assert.Equal(100_000, issue.ValueLength);
    }

    [Fact]
    public void TryReadJson_UnknownDiagnosis_WarnsAndStillAccepts()
    {
        var parser = Parser();

        Assert.True(parser.TryReadJson("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"smash\",\"diagnoses\":[\"I10\",\"Q99.9\",\"not-a-code\"]}"u8, 5));

        var warning = Assert.Single(parser.Warnings);
        Assert.Equal(ResidentIssues.UnknownDiagnosis, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("Q99.9;not-a-code", warning.Value);
        Assert.True(parser.Resident.Conditions.Contains(Condition.Hypertension));
    }

    [Fact]
    public void TryReadJson_DiagnosesMapToFlags()
    {
        var parser = Parser();

        Assert.True(parser.TryReadJson("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"smash\",\"diagnoses\":[\"F20\",\"F84.0\"]}"u8, 1));

        Assert.True(parser.Resident.SeriousMentalIllness);
        Assert.True(parser.Resident.Autism);
    }

    [Fact]
    public void TryReadJson_EscapedStrings_AreUnescapedBeforeTheyAreChecked()
    {
        var parser = Parser();

        Assert.True(parser.TryReadJson("{\"\\u0069d\":\"ce\\u002d1\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"cr\\u0065we\"}"u8, 1));

        Assert.Equal("ce-1", parser.Resident.Id.Value);
    }

    [Fact]
    public void TryReadJson_PerRecordHotPath_AllocatesAtMostTheIdString()
    {
        var parser = Parser();
        var line = Encoding.UTF8.GetBytes(Good);
        for (var i = 0; i < 50_000; i++)
        {
            parser.TryReadJson(line, i);
            _ = parser.Resident;
        }

        // The least of five rounds: a per-record allocation shows in every round, while the runtime's own occasional
        // allocations on this thread (tiered compilation, type loading) do not.
        const int Records = 20_000;
        var perRecord = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Records; i++)
            {
                parser.TryReadJson(line, i);
                _ = parser.Resident;
            }

            perRecord = Math.Min(perRecord, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Records);
        }

        // "ce-0000001" is a 10-character string, 42 bytes rounded to 48. Any other allocation per record would add at least
        // 24 bytes (the smallest object) to every record, so under 48 + 24 means the id string is the only one; a fraction
        // of a byte is the runtime's own, now and then.
        Assert.True(perRecord >= 48 && perRecord < 48 + 24, $"{perRecord} bytes per record");
    }
}
