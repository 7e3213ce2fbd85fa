using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Json.Governance;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using NodaTime.Text;

namespace CareCommunity.Domain.Json.Tests.Governance;

/// <summary>The dispute document: samples at instants, malformed ones refused at their paths, round trips, options.</summary>
public sealed class DisputeDocumentTests
{
    private const string Folder = "samples/data/governance/";

    private static string PathOf(string file) => RepositoryFiles.PathOf(Folder + file);

    private static JsonObject Json(string file) => JsonNode.Parse(File.ReadAllText(PathOf(file)))!.AsObject();

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static DisputeReadResult Read(JsonNode json, string at = "2021-12-31T00:00:00Z") =>
        DisputeDocument.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), new DisputeReadSettings { At = At(at) });

    public static TheoryData<string, string, string, string> Samples() => new()
    {
        { "dispute-stage-1-overdue.json", "2021-04-10T09:00:00Z", "stageOneExecutive", "stageI" },
        { "dispute-stage-1-overdue.json", "2021-05-01T09:00:00Z", "stageOneExecutive", "stageI" },
        { "dispute-resolved-at-stage-3.json", "2021-06-20T00:00:00Z", "stageThreeFacilitator", "stageIII" },
        { "dispute-resolved-at-stage-3.json", "2021-07-10T00:00:00Z", "resolved", "closed" },
        { "dispute-final-at-board.json", "2021-12-20T00:00:00Z", "finallyResolved", "closed" },
        { "dispute-final-at-board.json", "2021-12-05T00:00:00Z", "stageFourBoard", "stageIV" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadFile_SampleAtAnInstant_GivesItsStage(string file, string at, string state, string stage)
    {
        var result = DisputeDocument.ReadFile(PathOf(file), new DisputeReadSettings { At = At(at) });

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        var status = result.Status!.Value;
        Assert.Equal((state, stage), (EnumText.Format(status.State), EnumText.Format(status.Stage)));
        Assert.Equal(RuleStatus.Met == result.Rule.Status, result.Report.WarningCount == 0);
    }

    [Fact]
    public void ReadFile_Stage1AfterThirtyDays_ReferralIsOverdueAsAWarning()
    {
        var result = DisputeDocument.ReadFile(PathOf("dispute-stage-1-overdue.json"), new DisputeReadSettings { At = At("2021-05-01T09:00:00Z") });

        var overdue = Assert.Single(result.Status!.Value.Overdue);
        Assert.Equal(At("2021-04-23T23:00:00Z"), overdue.By);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((Severity.Warning, "dispute.referral-overdue"), (issue.Severity, issue.Code.ToString()));
        Assert.Contains(result.Status.Value.AllowedNext, n => n.Event == DisputeEventKind.ReferredToChiefOfficer);
    }

    [Fact]
    public void ReadFile_Stage1WithinThirtyDays_ResolutionIsDue()
    {
        var result = DisputeDocument.ReadFile(PathOf("dispute-stage-1-overdue.json"), new DisputeReadSettings { At = At("2021-04-10T09:00:00Z") });

        Assert.Empty(result.Status!.Value.Overdue);
        Assert.Equal(At("2021-04-23T23:00:00Z"), Assert.Single(result.Status.Value.Due).By);
        Assert.Empty(result.Report.Issues);
    }

    [Fact]
    public void ReadFile_BeforeLaterEvents_CountsThemWithoutErrors()
    {
        var result = DisputeDocument.ReadFile(PathOf("dispute-resolved-at-stage-3.json"), new DisputeReadSettings { At = At("2021-06-20T00:00:00Z") });

        Assert.True(result.IsValid);
        Assert.Equal(9, result.Status!.Value.EventsConsidered);
        Assert.Equal(10, result.History!.Events.Length);
    }

    [Fact]
    public void ReadFile_BeforeTheDisputeWasRaised_IsNotRaised()
    {
        var result = DisputeDocument.ReadFile(PathOf("dispute-stage-1-overdue.json"), new DisputeReadSettings { At = At("2021-01-01T00:00:00Z") });

        Assert.True(result.IsValid);
        Assert.Equal(DisputeState.NotRaised, result.Status!.Value.State);
    }

    [Fact]
    public void Read_WithoutAnInstant_BuildsTheHistoryButNoStatus()
    {
        var result = DisputeDocument.ReadFile(PathOf("dispute-final-at-board.json"));

        Assert.True(result.IsValid);
        Assert.Null(result.Status);
        Assert.Equal(RuleStatus.NotEvaluated, result.Rule.Status);
        Assert.Equal(DisputeState.FinallyResolved, result.History!.State);
    }

    [Fact]
    public void Read_WithAClock_TakesTheStatusAtItsInstant()
    {
        var clock = new NodaTime.Testing.FakeClock(At("2021-04-10T09:00:00Z"));

        var result = DisputeDocument.ReadFile(PathOf("dispute-stage-1-overdue.json"), new DisputeReadSettings { Clock = clock });

        Assert.Equal(At("2021-04-10T09:00:00Z"), result.At);
    }

    public static TheoryData<string> SampleFiles() => [.. Samples().Select(row => (string)row[0]).Distinct()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_ConformsToThePublishedSchema(string file) =>
        Assert.Empty(PublishedSchemas.Problems("dispute.schema.json", Json(file)));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Serialize_Sample_ReadsBackToTheSameEvents(string file)
    {
        var first = DisputeDocument.ReadFile(PathOf(file));

        var text = DisputeDocument.Serialize(first.History!, first.DisputeId);
        var second = DisputeDocument.Read(Encoding.UTF8.GetBytes(text));

        Assert.True(second.IsValid, DocumentAssert.Describe(second.Report));
        Assert.Equal(first.History!.Events.Select(e => (e.Kind, e.At, e.Describe())), second.History!.Events.Select(e => (e.Kind, e.At, e.Describe())));
        Assert.Equal(first.History.State, second.History.State);
        Assert.Equal(text, DisputeDocument.Serialize(second.History, second.DisputeId));
        Assert.Equal(first.DisputeId, second.DisputeId);
        Assert.Empty(PublishedSchemas.Problems("dispute.schema.json", JsonNode.Parse(text)));
    }

    [Fact]
    public void Serialize_HistoryNotStartingWithARaising_IsRefused() =>
        Assert.Throws<ArgumentException>(() => DisputeDocument.Serialize(DisputeHistory.Empty()));

    public static TheoryData<string, string, string, string> InvalidSamples() => new()
    {
        { "dispute-structure-bad-instant.json", "2021-12-31T00:00:00Z", "json.wrong-type", "$.raisedAt" },
        { "dispute-structure-unknown-kind.json", "2021-12-31T00:00:00Z", "value.not-allowed", "$.events[0].kind" },
        { "dispute-member-not-for-kind.json", "2021-12-31T00:00:00Z", "dispute-document.member-not-for-kind", "$.events[2].facilitator" },
        { "dispute-out-of-time-order.json", "2021-12-31T00:00:00Z", "dispute.event-out-of-order", "$.events[1]" },
        { "dispute-out-of-sequence.json", "2021-12-31T00:00:00Z", "dispute.event-out-of-sequence", "$.events[3]" },
    };

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void ReadFile_InvalidSample_IsRefusedWithItsErrorAtItsPath(string file, string at, string code, string location)
    {
        var result = DisputeDocument.ReadFile(PathOf("invalid/" + file), new DisputeReadSettings { At = At(at) });

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Code.ToString() == code && i.Location.ToString() == location);
        DocumentAssert.LocationsResolve(File.ReadAllText(PathOf("invalid/" + file)), result.Report, file);
    }

    [Fact]
    public void ReadFile_InvalidSamples_AreAllCovered() =>
        Assert.Equal(
            Directory.EnumerateFiles(RepositoryFiles.PathOf(Folder + "invalid"), "dispute-*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal),
            InvalidSamples().Select(row => (string)row[0]).Order(StringComparer.Ordinal));

    [Fact]
    public void Read_EventOutOfOrderAfterTheInstant_IsStillReported()
    {
        var result = DisputeDocument.ReadFile(PathOf("invalid/dispute-out-of-time-order.json"), new DisputeReadSettings { At = At("2021-03-21T00:00:00Z") });

        Assert.False(result.IsValid);
        Assert.Equal("$.events[1]", Assert.Single(result.Report.Issues, i => i.Code.ToString() == "dispute.event-out-of-order").Location.ToString());
    }

    [Fact]
    public void Read_MissingDataMemberOfItsKind_IsLocatedWhereItBelongs()
    {
        var json = Json("dispute-final-at-board.json");
        json["events"]![4]!.AsObject().Remove("recommendation");

        var issue = Assert.Single(Read(json).Report.Issues, i => i.Code.ToString() == "json.missing-member");

        Assert.Equal("$.events[4].recommendation", issue.Location.ToString());
        Assert.Contains("coordinationGroupVoted", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaisingAsAnEvent_IsRefused()
    {
        var json = Json("dispute-stage-1-overdue.json");
        json["events"]![0]!["kind"] = "disputeRaised";

        Assert.Equal("$.events[0].kind", Assert.Single(Read(json).Report.Issues, i => i.Code.ToString() == "value.not-allowed").Location.ToString());
    }

    [Fact]
    public void Read_BoardVoteInFavourAboveVoting_IsRefusedAtTheEvent()
    {
        var json = Json("dispute-final-at-board.json");
        json["events"]![9]!["membersInFavour"] = 15;

        var issue = Assert.Single(Read(json).Report.Issues, i => i.Code.ToString() == "value.not-allowed");

        Assert.Equal("$.events[9]", issue.Location.ToString());
    }

    [Theory]
    [InlineData("affectedPartners", "$.affectedPartners[0]")]
    [InlineData("referredBy", "$.referredBy")]
    public void Read_BadPartnerId_IsLocated(string member, string location)
    {
        var json = Json("dispute-stage-1-overdue.json");
        if (member == "referredBy")
        {
            json[member] = "Wirral Council";
        }
        else
        {
            json[member]![0] = "Wirral Council";
        }

        Assert.Equal(location, Assert.Single(Read(json).Report.Issues, i => i.Code.ToString() == "value.invalid-identifier").Location.ToString());
    }

    [Fact]
    public void Read_Options_AreTheDocumentsReadings()
    {
        var json = Json("dispute-stage-1-overdue.json");
        json["options"] = JsonNode.Parse("""{"windowDays": 60, "windowReading": "elapsedDuration", "timeZone": "Europe/London"}""");

        var result = Read(json, "2021-05-01T09:00:00Z");

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal((60, WindowReading.ElapsedDuration), (result.History!.Options.WindowDays, result.History.Options.WindowReading));
        Assert.Empty(result.Status!.Value.Overdue);
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus", "value.unknown-time-zone")]
    [InlineData("windowReading", "fortnights", "value.not-allowed")]
    [InlineData("stageThreeTrigger", "anyone", "value.not-allowed")]
    public void Read_BadOption_IsLocatedAndNothingIsEvaluated(string member, string value, string code)
    {
        var json = Json("dispute-stage-1-overdue.json");
        json["options"] = new JsonObject { [member] = value };

        var result = Read(json);

        Assert.Equal("$.options." + member, Assert.Single(result.Report.Issues, i => i.Code.ToString() == code).Location.ToString());
        Assert.Null(result.History);
        Assert.Equal(RuleStatus.NotEvaluated, result.Rule.Status);
    }

    [Fact]
    public void Read_SettingsOptions_ReplaceTheDocuments()
    {
        var bytes = File.ReadAllBytes(PathOf("dispute-stage-1-overdue.json"));

        var result = DisputeDocument.Read(bytes, new DisputeReadSettings { At = At("2021-05-01T09:00:00Z"), Options = DisputeOptions.Default with { WindowDays = 60 } });

        Assert.Empty(result.Status!.Value.Overdue);
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsNotRead()
    {
        using var stream = File.OpenRead(PathOf("dispute-final-at-board.json"));

        var result = DisputeDocument.Read(stream, new DisputeReadSettings { Limits = ValidationLimits.Default with { MaxDocumentBytes = 100 } });

        Assert.Equal("document.too-large", Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error).Code.ToString());
    }
}
