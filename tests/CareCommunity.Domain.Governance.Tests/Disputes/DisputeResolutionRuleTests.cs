using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeResolutionRuleTests
{
    private static readonly DisputeResolutionRule Rule = DisputeRules.DisputeResolution;

    private static DisputeHistoryDraft Draft(params DisputeEvent?[] events) => new() { Events = [.. events] };

    [Fact]
    public void AHistoryInSequence_WithinTheWindow_IsMet()
    {
        var result = Rule.Check(Draft(ToStageOne()), new DisputeContext(London(2026, 3, 20), DisputeOptions.Default));

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("stageOneExecutive", result.Figures["state"]);
        Assert.Equal("11", result.Figures["daysElapsed"]);
        Assert.Contains("at 'I. Partnership Executive seeks to resolve (30 days)' (stageI)", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void StageOneUnresolvedAfter30Days_IsAWarning_ShouldBeReferred()
    {
        var result = Rule.Check(Draft(ToStageOne()), new DisputeContext(London(2026, 4, 20), DisputeOptions.Default));

        Assert.Equal(RuleStatus.NotMet, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(DisputeResolutionRule.ReferralOverdue.Code, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Contains("42 day(s) into stage I", issue.Message, StringComparison.Ordinal);
        Assert.Contains("should be referred to Partnership Chief Officer", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRejectedEvent_IsReported_AndTheRestReplayed()
    {
        var result = Rule.Check(
            Draft(
                Raised(London(2026, 3, 2)),
                DisputeEvent.ReferredToIndependentFacilitator(London(2026, 3, 3), "Facilitator"),
                null,
                DisputeEvent.GoodFaithAttemptFailed(London(2026, 3, 5)),
                DisputeEvent.ReferredToPartnershipExecutive(London(2026, 3, 4)),
                DisputeEvent.ReferredToPartnershipExecutive(London(2026, 3, 9)),
                DisputeEvent.ResolvedByAgreement(London(2026, 5, 1), "Agreed")),
            new DisputeContext(London(2026, 4, 1), DisputeOptions.Default));

        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal(
            ["$.events[1] dispute.event-out-of-sequence", "$.events[2] dispute.event-unreadable", "$.events[4] dispute.event-out-of-order", "$.events[6] dispute.event-unreadable"],
            result.Issues.Select(i => $"{i.Location} {i.Code}"));
        Assert.Equal("4", result.Figures["eventsRejected"]);
        Assert.Equal("3", result.Figures["eventsAccepted"]);
    }

    [Fact]
    public void AMatterOutsideTheProcess_IsAnError()
    {
        var raised = DisputeEvent.DisputeRaised(London(2026, 3, 2), DisputeMatter.Create(DisputeMatterKind.CapitalOrTransformationFunding, "Capital priorities"), Affected, CheshireEastCouncil);

        var result = Rule.Check(Draft(raised), new DisputeContext(London(2026, 3, 3), DisputeOptions.Default));

        Assert.Equal(Severity.Error, Assert.Single(result.Issues, i => i.Code == DisputeResolutionRule.OutsideTheProcess.Code).Severity);
    }

    [Fact]
    public void AnEarlyReferral_UnderTheLiteralReading_IsInformation_AndCanBeRaised()
    {
        var events = Draft([.. ToStageOne(), DisputeEvent.ReferredToChiefOfficer(London(2026, 3, 20))]);
        var options = DisputeOptions.Default with { EarlyReferral = EarlyReferral.NotBeforeWindowEnds };

        var lenient = Rule.Check(events, new DisputeContext(London(2026, 3, 21), options));
        Assert.Equal(Severity.Information, Assert.Single(lenient.Issues).Severity);

        var raised = Rule.Check(events, new DisputeContext(London(2026, 3, 21), options with
        {
            SeverityOverrides = ImmutableDictionary<IssueCode, Severity>.Empty.Add(DisputeResolutionRule.ReferralBeforeWindowEnds.Code, Severity.Error),
        }));
        Assert.Equal(RuleStatus.NotMet, raised.Status);
    }

    [Fact]
    public void VoteFigures_AreReported()
    {
        var result = Rule.Check(Draft([.. ToCoordinationGroup(), GroupTie(London(2026, 4, 21))]), new DisputeContext(London(2026, 4, 22), DisputeOptions.Default));

        Assert.Equal("2", result.Figures["voteInFavour"]);
        Assert.Equal("4", result.Figures["voteBase"]);
        Assert.Equal("false", result.Figures["voteMajority"]);
    }

    [Fact]
    public void AnEmptyHistory_IsMet_NoDisputeRaised()
    {
        var result = Rule.Check(new DisputeHistoryDraft(), new DisputeContext(London(2026, 3, 3), DisputeOptions.Default));

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("none", result.Figures["stage"]);
    }
}
