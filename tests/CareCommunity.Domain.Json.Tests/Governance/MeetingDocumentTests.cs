using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Governance;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Json.Governance;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Json.Tests.Governance;

/// <summary>The meeting document: every sample decided as its README says, every malformed one refused at its path, round trips.</summary>
public sealed class MeetingDocumentTests
{
    private const string Folder = "samples/data/governance/";

    private static string PathOf(string file) => RepositoryFiles.PathOf(Folder + file);

    private static JsonObject Json(string file) => JsonNode.Parse(File.ReadAllText(PathOf(file)))!.AsObject();

    private static MeetingDecisionResult Decide(JsonNode json) => MeetingDocument.Decide(Encoding.UTF8.GetBytes(json.ToJsonString()));

    public static TheoryData<string, string> Samples() => new()
    {
        { "meeting-consensus.json", "carried-by-consensus" },
        { "meeting-capital-75-percent.json", "carried-under-75-percent-rule" },
        { "meeting-ordinary-no-consensus.json", "not-carried-referable" },
        { "meeting-not-quorate.json", "not-quorate" },
        { "meeting-outside-powers.json", "outside-board-powers" },
        { "meeting-delegated-forum.json", "outside-memorandum" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void DecideFile_Sample_IsDecidedWithTheOutcomeItsReadmeGives(string file, string outcome)
    {
        var result = MeetingDocument.DecideFile(PathOf(file));

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal(outcome, result.Decision!.Value.Outcome.Name);
        Assert.Equal("cm-hcp-mou-2020-11-draft", result.Version!.Id.Value);
        Assert.Equal(14, result.Meeting!.Board.Members.Length);
        Assert.Equal(["MOU-1", "MOU-2", "MOU-3", "MOU-4", "MOU-5", "MOU-6", "MOU-10"], result.Rules.Select(r => r.Rule.ToString()));
        Assert.DoesNotContain(result.Report.Issues, i => i.Code == MeetingDocument.NoVersionInForce);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ConformsToThePublishedSchema(string file, string outcome)
    {
        _ = outcome;
        Assert.Empty(PublishedSchemas.Problems("meeting.schema.json", Json(file)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_DecidedSample_ReadsBackToTheSameMeetingAndOutcome(string file, string outcome)
    {
        var first = MeetingDocument.DecideFile(PathOf(file));

        var text = MeetingDocument.Serialize(first.Meeting!, first.Options, first.Version!.Id.Value);
        var second = MeetingDocument.Decide(Encoding.UTF8.GetBytes(text));

        Assert.True(second.IsValid, DocumentAssert.Describe(second.Report));
        Assert.Equal(outcome, second.Decision!.Value.Outcome.Name);
        Assert.Equal(first.Meeting!.Board, second.Meeting!.Board);
        Assert.Equal(first.Meeting.Present.ToArray(), second.Meeting.Present.ToArray());
        Assert.Equal(first.Meeting.Positions.ToArray(), second.Meeting.Positions.ToArray());
        Assert.Equal(first.Options!.Quorum, second.Options!.Quorum);
        Assert.Equal(first.Options.SeventyFivePercentBase, second.Options.SeventyFivePercentBase);
        Assert.Equal(text, MeetingDocument.Serialize(second.Meeting, second.Options, second.Version!.Id.Value));
        Assert.Empty(PublishedSchemas.Problems("meeting.schema.json", JsonNode.Parse(text)));
    }

    [Fact]
    public void Decide_CapitalSample_GivesThe75PercentWorking()
    {
        var e = MeetingDocument.DecideFile(PathOf("meeting-capital-75-percent.json")).Decision!.Value;

        Assert.Equal(["emma-fox", "frank-gill", "liam-moss", "maya-nash", "noel-owen"], e.Eligible.Select(p => p.Value));
        Assert.False(e.Consensus);
        var test = e.SeventyFivePercent!;
        Assert.Equal((4, 5, 4, 0, true), (test.Numerator, test.Denominator, test.VotesRequired, test.Margin, test.IsCarried));
    }

    [Fact]
    public void Decide_OrdinarySample_IsReferableByTheAffectedPartners()
    {
        var outcome = MeetingDocument.DecideFile(PathOf("meeting-ordinary-no-consensus.json")).Decision!.Value.Outcome;

        Assert.True(outcome.TryPickT2(out var notCarried, out _));
        Assert.True(notCarried.ReferableToDisputeResolution);
        Assert.Equal(["wirral-council", "warrington-borough-council"], notCarried.MayBeReferredBy.Select(p => p.Value));
    }

    [Fact]
    public void Decide_BaseEligibleMembersPresent_CountsOnlyThosePresent()
    {
        var json = Json("meeting-capital-75-percent.json");
        json["members"]![11]!["present"] = false;
        json["members"]![11]!.AsObject().Remove("position");
        json["options"] = new JsonObject { ["seventyFivePercentBase"] = "eligibleMembersPresent" };

        var test = Decide(json).Decision!.Value.SeventyFivePercent!;

        Assert.Equal((3, 4, 3, true), (test.Numerator, test.Denominator, test.VotesRequired, test.IsCarried));
    }

    [Fact]
    public void Decide_SeatColumnsOption_MakesExecutivesEligibleOnFinancials()
    {
        var json = Json("meeting-capital-75-percent.json");
        foreach (var member in json["members"]!.AsArray())
        {
            member!.AsObject().Remove("column");
        }

        Assert.Equal(2, Decide(json).Decision!.Value.Eligible.Length);
        json["options"] = new JsonObject { ["seatColumns"] = new JsonArray(new JsonObject { ["seat"] = "partnershipExecutive", ["column"] = "nhsProviders" }) };

        Assert.Equal(5, Decide(json).Decision!.Value.Eligible.Length);
    }

    [Fact]
    public void Decide_QuorumWithRequiredSeats_NamesTheMissingGroup()
    {
        var json = Json("meeting-ordinary-no-consensus.json");
        foreach (var i in new[] { 4, 5 })
        {
            json["members"]![i]!["present"] = false;
            json["members"]![i]!.AsObject().Remove("position");
        }

        var quorum = Decide(json).Decision!.Value.Quorum;

        Assert.False(quorum.IsQuorate);
        Assert.Equal(["NHS commissioning"], quorum.MissingSeatGroups.ToArray());
    }

    [Fact]
    public void Decide_NoMemorandumVersion_IsInformationThatNoneIsInForce()
    {
        var json = Json("meeting-consensus.json");
        json.Remove("memorandumVersion");

        var result = Decide(json);

        Assert.True(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Code == MeetingDocument.NoVersionInForce);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Equal("$.memorandumVersion", issue.Location.ToString());
    }

    public static TheoryData<string, string, string> InvalidSamples() => new()
    {
        { "meeting-structure-malformed.json", "json.malformed", "$.matter.powersDelegatedBy[1]" },
        { "meeting-structure-missing-members.json", "json.missing-member", "$" },
        { "meeting-structure-unknown-seat.json", "value.not-allowed", "$.members[0].seat" },
        { "meeting-duplicate-member.json", "meeting.duplicate", "$.members[13].id" },
        { "meeting-position-of-absent-member.json", "meeting.position-of-absent-member", "$.members[9].position" },
        { "meeting-quorum-share-above-one.json", "value.not-allowed", "$.quorum" },
        { "meeting-unknown-memorandum-version.json", "value.unknown-memorandum-version", "$.memorandumVersion" },
    };

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void DecideFile_InvalidSample_IsRefusedWithItsErrorAtItsPath(string file, string code, string location)
    {
        var result = MeetingDocument.DecideFile(PathOf("invalid/" + file));

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.Severity == Severity.Error && i.Code.ToString() == code && i.Location.ToString() == location);
        Assert.All(result.Report.Issues.Where(i => i.Severity == Severity.Error), i => Assert.Equal(code, i.Code.ToString()));
        DocumentAssert.LocationsResolve(File.ReadAllText(PathOf("invalid/" + file)), result.Report, file);
    }

    [Fact]
    public void DecideFile_InvalidSamples_AreAllCovered() =>
        Assert.Equal(
            Directory.EnumerateFiles(RepositoryFiles.PathOf(Folder + "invalid"), "meeting-*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal),
            InvalidSamples().Select(row => (string)row[0]).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("seat", "mayor", "value.not-allowed", "$.members[2].seat")]
    [InlineData("position", "block", "value.not-allowed", "$.members[2].position")]
    [InlineData("column", "police", "value.not-allowed", "$.members[2].column")]
    [InlineData("subRegion", "lancashire", "value.not-allowed", "$.members[2].subRegion")]
    [InlineData("id", "Carol Dean", "value.invalid-identifier", "$.members[2].id")]
    [InlineData("organisation", "Wirral Council", "value.invalid-identifier", "$.members[2].organisation")]
    [InlineData("name", " ", "value.blank", "$.members[2].name")]
    public void Decide_BadMemberValue_IsLocatedOnTheMember(string member, string value, string code, string location)
    {
        var json = Json("meeting-consensus.json");
        json["members"]![2]![member] = value;

        var result = Decide(json);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal((code, location), (issue.Code.ToString(), issue.Location.ToString()));
        Assert.Null(result.Decision);
        Assert.All(result.Rules, r => Assert.Equal(Domain.Rules.RuleStatus.NotEvaluated, r.Status));
    }

    [Theory]
    [InlineData("element", "finance", "$.matter.element")]
    [InlineData("level", "partnership", "$.matter.level")]
    [InlineData("funding", "capital", "$.matter.funding")]
    public void Decide_BadMatterValue_IsLocated(string member, string value, string location)
    {
        var json = Json("meeting-consensus.json");
        json["matter"]![member] = value;

        Assert.Equal(location, Assert.Single(Decide(json).Report.Issues, i => i.Code.ToString() == "value.not-allowed").Location.ToString());
    }

    [Fact]
    public void Decide_UnknownPartnerDelegating_IsLocatedInTheList()
    {
        var json = Json("meeting-consensus.json");
        json["matter"]!["powersDelegatedBy"]![1] = "atlantis-council";

        var issue = Assert.Single(Decide(json).Report.Issues, i => i.Severity == Severity.Error);

        Assert.Equal(("meeting.unknown-reference", "$.matter.powersDelegatedBy[1]"), (issue.Code.ToString(), issue.Location.ToString()));
    }

    [Theory]
    [InlineData("""{"numerator": 1}""", "$.quorum.denominator")]
    [InlineData("""{"moreThan": true, "minimumMembers": 3}""", "$.quorum.numerator")]
    [InlineData("""{}""", "$.quorum")]
    public void Decide_IncompleteQuorum_IsAMissingMember(string quorum, string location)
    {
        var json = Json("meeting-consensus.json");
        json["quorum"] = JsonNode.Parse(quorum);

        var issue = Assert.Single(Decide(json).Report.Issues, i => i.Severity == Severity.Error);

        Assert.Equal(("json.missing-member", location), (issue.Code.ToString(), issue.Location.ToString()));
    }

    [Fact]
    public void Decide_SeatMappedTwice_IsADuplicate()
    {
        var json = Json("meeting-consensus.json");
        json["options"] = JsonNode.Parse("""{"seatColumns": [{"seat": "lay", "column": null}, {"seat": "lay", "column": "councils"}]}""");

        var issue = Assert.Single(Decide(json).Report.Issues, i => i.Severity == Severity.Error);

        Assert.Equal(("json.duplicate-member", "$.options.seatColumns[1].seat"), (issue.Code.ToString(), issue.Location.ToString()));
    }

    [Fact]
    public void Decide_RecordedCarriedWhenNotQuorate_BreaksMou4AtRecorded()
    {
        var json = Json("meeting-not-quorate.json");
        json["recorded"] = "carried";

        var result = Decide(json);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal(("MOU-4", "consensus.decided-without-quorum", "$.recorded"), (issue.Rule.ToString(), issue.Code.ToString(), issue.Location.ToString()));
    }

    [Fact]
    public void Decide_OverTheSizeLimit_IsNotRead()
    {
        var bytes = File.ReadAllBytes(PathOf("meeting-consensus.json"));

        var result = MeetingDocument.Decide(bytes, new MeetingReadSettings { Limits = ValidationLimits.Default with { MaxDocumentBytes = 100 } });

        Assert.Equal("document.too-large", Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error).Code.ToString());
    }

    [Fact]
    public void Decide_SettingsOptions_ReplaceTheDocuments()
    {
        var bytes = File.ReadAllBytes(PathOf("meeting-not-quorate.json"));

        var result = MeetingDocument.Decide(bytes, new MeetingReadSettings { Options = GovernanceOptions.Default with { Quorum = QuorumRule.AtLeast(5) } });

        Assert.Equal("carried-by-consensus", result.Decision!.Value.Outcome.Name);
    }

    private static Domain.Governance.Charter.MemorandumHistory DraftInForceFrom(NodaTime.LocalDate from) =>
        Domain.Governance.Charter.MemorandumHistory.Of(
            Domain.Governance.Charter.MemorandumVersion.November2020Draft.WithPeriod(Domain.Governance.Charter.EffectivePeriod.Starting(from)).Value,
            Memorandum.Draft2020).Value;

    [Fact]
    public void Decide_UnderAHistory_DecidesUnderTheVersionInForce()
    {
        var bytes = File.ReadAllBytes(PathOf("meeting-capital-75-percent.json"));

        var result = MeetingDocument.Decide(bytes, new MeetingReadSettings { History = DraftInForceFrom(new NodaTime.LocalDate(2020, 11, 1)) });

        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        Assert.Equal("carried-under-75-percent-rule", result.Decision!.Value.Outcome.Name);
        Assert.Equal(new NodaTime.LocalDate(2020, 11, 1), result.Version!.Period!.From);
    }

    [Fact]
    public void Decide_UnderAHistoryWithNoVersionInForce_IsRefusedAtHeldOn()
    {
        var json = Json("meeting-consensus.json");
        json.Remove("memorandumVersion");

        var result = MeetingDocument.Decide(Encoding.UTF8.GetBytes(json.ToJsonString()), new MeetingReadSettings { History = DraftInForceFrom(new NodaTime.LocalDate(2022, 7, 1)) });

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Report.Issues, i => i.Severity == Severity.Error);
        Assert.Equal(("meeting.no-memorandum-in-force", "$.heldOn"), (issue.Code.ToString(), issue.Location.ToString()));
    }

    [Fact]
    public void Decide_Stream_ReadsLikeBytes()
    {
        using var stream = File.OpenRead(PathOf("meeting-consensus.json"));

        Assert.Equal("carried-by-consensus", MeetingDocument.Decide(stream).Decision!.Value.Outcome.Name);
    }

    [Fact]
    public void DecideFile_MissingFile_IsAnIssue() =>
        Assert.Equal("document.unreadable", Assert.Single(MeetingDocument.DecideFile(PathOf("no-such-meeting.json")).Report.Issues, i => i.Severity == Severity.Error).Code.ToString());
}
