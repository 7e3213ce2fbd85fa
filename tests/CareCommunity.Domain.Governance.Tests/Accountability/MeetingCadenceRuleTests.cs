using CareCommunity.Domain.Governance.Accountability;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class MeetingCadenceRuleTests
{
    private static readonly MeetingCadenceRule Rule = new();

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static MeetingCadenceContext BoardOnly(LocalDate asOf) => new(asOf, CadenceOptions.Default with { Forums = [Forum.PartnershipBoard] });

    [Fact]
    public void ABoardThatMetEveryMonth_IsMet()
    {
        var draft = new MeetingRecordDraft
        {
            From = D(2026, 1, 1),
            Meetings = [new MeetingEntry(Forum.PartnershipBoard, D(2026, 1, 8)), new MeetingEntry(Forum.PartnershipBoard, D(2026, 2, 12))],
        };

        var result = Rule.Check(draft, BoardOnly(D(2026, 2, 28)));

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("2", result.Figures["partnershipBoardPeriods"]);
    }

    [Fact]
    public void AMonthWithoutABoardMeeting_IsAnError_QuotingTheMemorandum()
    {
        var draft = new MeetingRecordDraft { From = D(2026, 1, 1), Meetings = [new MeetingEntry(Forum.PartnershipBoard, D(2026, 1, 8))] };

        var result = Rule.Check(draft, BoardOnly(D(2026, 2, 28)));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(MeetingCadenceRule.MeetingsMissed.Code, issue.Code);
        Assert.Contains("\"The Partnership Board meets monthly.\"", issue.Message, StringComparison.Ordinal);
        Assert.Contains("from 2026-02-01 to 2026-02-28", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableAndOutOfRangeMeetings_AreIntegrityErrors_AndNotCounted()
    {
        var draft = new MeetingRecordDraft
        {
            From = D(2026, 1, 1),
            Meetings = [null, new MeetingEntry(null, D(2026, 1, 3)), new MeetingEntry(Forum.PartnershipBoard, D(2026, 3, 3)), new MeetingEntry(Forum.PartnershipBoard, D(2026, 1, 9))],
        };

        var result = Rule.Check(draft, BoardOnly(D(2026, 1, 31)));

        Assert.Equal(["$.meetings[0]", "$.meetings[1]", "$.meetings[2]"], result.Issues.Select(i => i.Location.ToString()));
        Assert.All(result.Issues, i => Assert.Equal(MeetingCadenceRule.UnreadableMeeting.Code, i.Code));
    }

    [Fact]
    public void WithoutAStartDate_TheRuleIsNotEvaluated()
    {
        var result = Rule.Check(new MeetingRecordDraft(), new MeetingCadenceContext(D(2026, 1, 31), CadenceOptions.Default));

        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
    }

    [Fact]
    public void AllFiveForums_AreCheckedByDefault()
    {
        var result = Rule.Check(new MeetingRecordDraft { From = D(2025, 1, 1) }, new MeetingCadenceContext(D(2025, 12, 31), CadenceOptions.Default));

        Assert.Equal(12 + 12 + 4 + 12 + 1, result.Issues.Length);
        Assert.Equal("1", result.Figures["partnershipAssemblyPeriodsMissed"]);
        Assert.Equal("4", result.Figures["peopleBoardPeriods"]);
    }
}
