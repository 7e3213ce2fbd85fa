using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Disputes.DisputeFixtures;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class DisputeHistoryTests
{
    [Fact]
    public void StatusAt_BeforeAnyEvent_IsNotRaised_AndOnlyRaisingIsAllowed()
    {
        var history = History(ToStageOne());

        var status = history.StatusAt(London(2026, 3, 1)).Value;

        Assert.Equal(DisputeState.NotRaised, status.State);
        Assert.Equal(DisputeStage.None, status.Stage);
        Assert.Equal(0, status.EventsConsidered);
        Assert.Equal([DisputeEventKind.DisputeRaised], status.AllowedNext.Select(n => n.Event));
    }

    [Fact]
    public void Raised_PartnersWillAttemptToResolveInGoodFaith()
    {
        var status = History([Raised(London(2026, 3, 2))]).StatusAt(London(2026, 3, 3)).Value;

        Assert.Equal(DisputeState.GoodFaith, status.State);
        Assert.Equal(DisputeStage.BeforeTheProcess, status.Stage);
        var due = Assert.Single(status.Due);
        Assert.Contains("resolve in good faith", due.What, StringComparison.Ordinal);
        Assert.Equal(Modality.Must, due.Modality);
        Assert.Equal("l.1298", due.Source.Citation.Location);
        Assert.Contains(status.AllowedNext, n => n.Event == DisputeEventKind.ResolvedByAgreement);
        Assert.DoesNotContain(status.AllowedNext, n => n.Event == DisputeEventKind.ReferredToPartnershipExecutive);
    }

    [Fact]
    public void GoodFaith_ResolvesTheDispute_BeforeTheProcess()
    {
        var history = History([Raised(London(2026, 3, 2)), DisputeEvent.ResolvedByAgreement(London(2026, 3, 4), "Agreed directly between the two partners")]);

        var status = history.StatusAt(London(2026, 3, 4)).Value;

        Assert.Equal(DisputeState.Resolved, status.State);
        Assert.True(status.IsClosed);
        Assert.Empty(status.AllowedNext);
        Assert.Contains("Nothing further is expected", history.StatusAt(London(2026, 3, 4)).Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void WhereNecessary_PlaceOrSectorArrangements_ThenTheProcess()
    {
        var history = History(
        [
            Raised(London(2026, 3, 2)),
            DisputeEvent.GoodFaithAttemptFailed(London(2026, 3, 5)),
            DisputeEvent.PlaceOrSectorArrangementUsed(London(2026, 3, 6), "Cheshire East Place Partnership Board"),
        ]);

        Assert.Equal(DisputeState.PlaceOrSectorArrangement, history.State);
        var next = history.Append(DisputeEvent.ReferredToPartnershipExecutive(London(2026, 3, 20))).Value;
        Assert.Equal(DisputeState.StageOneExecutive, next.State);
        Assert.Equal(DisputeStage.StageI, next.StatusAt(London(2026, 3, 20)).Value.Stage);
    }

    [Fact]
    public void StageOne_TheExecutiveResolvesTheDispute_ToTheMutualSatisfactionOfEachOfTheAffectedParties()
    {
        var history = History([.. ToStageOne(), DisputeEvent.ResolvedByAgreement(London(2026, 3, 30), "Executive brokered agreement")]);

        Assert.Equal(DisputeState.Resolved, history.State);
    }

    [Fact]
    public void StageOne_Within30Days_IsDueByTheEndOfThe30thDay_AndNothingIsOverdue()
    {
        var history = History(ToStageOne());

        var explained = history.StatusAt(London(2026, 4, 8, 23, 59, 59));
        var status = explained.Value;

        Assert.Equal(DisputeState.StageOneExecutive, status.State);
        Assert.Empty(status.Overdue);
        var due = Assert.Single(status.Due);
        Assert.Equal(London(2026, 4, 9, 0, 0), due.By);
        Assert.Equal(London(2026, 4, 9, 0, 0), status.Window!.Ends);
        var window = Assert.Single(explained.Why.Rules, r => r.Inputs.ContainsKey("windowEnds"));
        Assert.Equal("30", window.Inputs["daysElapsed"]);
        Assert.Equal("2026-04-09T00:00:00 Europe/London (+01)", window.Inputs["windowEnds"]);
    }

    [Fact]
    public void StageOne_NotResolvedWithin30Days_ShouldBeReferredToPartnershipChiefOfficer()
    {
        var history = History(ToStageOne());

        var status = history.StatusAt(London(2026, 4, 9, 0, 0)).Value;

        var overdue = Assert.Single(status.Overdue);
        Assert.Equal(Modality.Should, overdue.Modality);
        Assert.Contains("should be referred to Partnership Chief Officer", overdue.What, StringComparison.Ordinal);
        Assert.Empty(status.Due);
        Assert.Contains(status.AllowedNext, n => n.Event == DisputeEventKind.ReferredToChiefOfficer);
    }

    [Fact]
    public void StageTwo_ChiefOfficerWillLikelyInvolveTheCoordinationGroup()
    {
        var history = History([.. ToStageOne(), DisputeEvent.ReferredToChiefOfficer(London(2026, 4, 10))]);

        var status = history.StatusAt(London(2026, 4, 11)).Value;

        Assert.Equal(DisputeState.StageTwoChiefOfficer, status.State);
        Assert.Equal(DisputeStage.StageII, status.Stage);
        Assert.Equal(Modality.May, Assert.Single(status.Due).Modality);
        Assert.Empty(status.Overdue);
    }

    [Fact]
    public void StageTwo_MajorityOfThoseNotAffected_Recommendation_AdviceInWriting_Accepted_Resolves()
    {
        var events = new List<DisputeEvent>(ToCoordinationGroup()) { GroupMajority(London(2026, 4, 21)) };
        var history = History(events);

        var recommended = history.StatusAt(London(2026, 4, 21));
        Assert.Equal(DisputeState.StageTwoRecommended, recommended.Value.State);
        Assert.Equal(new MajorityVote(3, 5), recommended.Value.LastVote);
        Assert.Contains("will advise the affected Partners of its decision in writing", Assert.Single(recommended.Value.Due).What, StringComparison.Ordinal);
        var vote = Assert.Single(recommended.Why.Rules, r => r.Inputs.ContainsKey("voteBase"));
        Assert.Equal("3", vote.Inputs["voteInFavour"]);
        Assert.Equal("5", vote.Inputs["voteBase"]);
        Assert.True(vote.Applied);

        history = History([.. events, DisputeEvent.AffectedPartnersAdvisedInWriting(London(2026, 4, 22)), DisputeEvent.RecommendationAccepted(London(2026, 5, 1))]);
        Assert.Equal(DisputeState.Resolved, history.State);
    }

    [Fact]
    public void StageTwo_ATie_IsNotAMajority_TheCoordinationGroupCannotComeToADecision()
    {
        var history = History([.. ToCoordinationGroup(), GroupTie(London(2026, 4, 21))]);

        var status = history.StatusAt(London(2026, 4, 21)).Value;

        Assert.Equal(DisputeState.StageTwoNoMajority, status.State);
        Assert.Equal(new MajorityVote(2, 4), status.LastVote);
        Assert.True(status.LastVote!.Value.IsTie);
        Assert.Contains(status.AllowedNext, n => n.Event == DisputeEventKind.ReferredToIndependentFacilitator);
        Assert.Contains(status.AllowedNext, n => n.Event == DisputeEventKind.CoordinationGroupVoted);
    }

    [Fact]
    public void StageThree_ThePartiesDoNotAcceptTheDecision_IndependentFacilitator_ThenStageFour_BoardMajority_FinalResolution()
    {
        var history = History(
        [
            .. ToCoordinationGroup(),
            GroupMajority(London(2026, 4, 21)),
            DisputeEvent.AffectedPartnersAdvisedInWriting(London(2026, 4, 22)),
            DisputeEvent.RecommendationRejected(London(2026, 5, 1), [CheshireCcg]),
        ]);
        Assert.Equal(DisputeState.StageTwoNotAccepted, history.State);
        Assert.Contains("independent facilitator selected by Partnership's Chief Officer", Assert.Single(history.StatusAt(London(2026, 5, 1)).Value.Due).What, StringComparison.Ordinal);

        history = History(
        [
            .. history.Events,
            DisputeEvent.ReferredToIndependentFacilitator(London(2026, 5, 5), "An independent facilitator from outside the Partnership"),
        ]);
        Assert.Equal(DisputeStage.StageIII, history.StatusAt(London(2026, 5, 6)).Value.Stage);

        history = History(
        [
            .. history.Events,
            DisputeEvent.FacilitatorCouldNotResolve(London(2026, 6, 1)),
            DisputeEvent.PartnershipBoardVoted(London(2026, 6, 10), 12, 7, "Adopt the Place's pathway"),
        ]);
        var decided = history.StatusAt(London(2026, 6, 10)).Value;
        Assert.Equal(DisputeState.StageFourDecided, decided.State);
        Assert.Equal(new MajorityVote(7, 12), decided.LastVote);
        Assert.Contains("advise the parties of its decision", Assert.Single(decided.Due).What, StringComparison.Ordinal);

        history = history.Append(DisputeEvent.PartiesAdvisedOfBoardDecision(London(2026, 6, 11))).Value;
        Assert.Equal(DisputeState.FinallyResolved, history.State);
        var closed = history.StatusAt(London(2026, 7, 1)).Value;
        Assert.Equal(DisputeStage.Closed, closed.Stage);
        Assert.Equal(new MajorityVote(7, 12), closed.LastVote);   // the Board's final vote, not the Co-ordination Group's earlier one
    }

    [Fact]
    public void StageFour_ABoardTieIsNoMajority_TheBoardVotesAgain()
    {
        var history = History(
        [
            .. ToCoordinationGroup(),
            GroupTie(London(2026, 4, 21)),
            DisputeEvent.ReferredToIndependentFacilitator(London(2026, 4, 28), "Facilitator"),
            DisputeEvent.FacilitatorCouldNotResolve(London(2026, 6, 1)),
            DisputeEvent.PartnershipBoardVoted(London(2026, 6, 10), 12, 6, "Option A"),
        ]);
        Assert.Equal(DisputeState.StageFourNoMajority, history.State);

        history = history.Append(DisputeEvent.PartnershipBoardVoted(London(2026, 7, 8), 11, 6, "Option A")).Value;
        Assert.Equal(DisputeState.StageFourDecided, history.State);
    }

    [Fact]
    public void StageThreeTrigger_PartnershipBoard_ACoordinationGroupTieDoesNotOpenStageThree_TheBoardsFailureDoes()
    {
        var options = DisputeOptions.Default with { StageThreeTrigger = StageThreeTrigger.PartnershipBoard };
        var history = History([.. ToCoordinationGroup(), GroupTie(London(2026, 4, 21))], options);

        var rejected = history.Append(DisputeEvent.ReferredToIndependentFacilitator(London(2026, 4, 28), "Facilitator"));
        Assert.False(rejected.IsSuccess);
        Assert.Equal("dispute.event-out-of-sequence", Assert.Single(rejected.Issues).Code.ToString());

        history = history.Append(DisputeEvent.PartnershipBoardCouldNotDecide(London(2026, 5, 12))).Value;
        Assert.Equal(DisputeState.StageTwoBoardNoDecision, history.State);
        history = history.Append(DisputeEvent.ReferredToIndependentFacilitator(London(2026, 5, 14), "Facilitator")).Value;
        Assert.Equal(DisputeState.StageThreeFacilitator, history.State);
    }

    [Fact]
    public void StageThreeTrigger_CoordinationGroup_TheBoardsFailureIsOutOfSequence()
    {
        var history = History(ToCoordinationGroup());

        var rejection = history.Check(DisputeEvent.PartnershipBoardCouldNotDecide(London(2026, 5, 12)));

        Assert.NotNull(rejection);
        Assert.Equal(DisputeRejectionKind.OutOfSequence, rejection.Kind);
    }

    [Fact]
    public void Append_AnEventDatedBeforeTheLast_IsRejected_NamingBothEvents()
    {
        var history = History(ToStageOne());

        var result = history.Append(DisputeEvent.ReferredToChiefOfficer(London(2026, 3, 8)));

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("MOU-7", issue.Rule.ToString());
        Assert.Equal("dispute.event-out-of-order", issue.Code.ToString());
        Assert.Equal("$.events[3]", issue.Location.ToString());
        Assert.Contains("Event 3 (referredToChiefOfficer", issue.Message, StringComparison.Ordinal);
        Assert.Contains("event 2 (referredToPartnershipExecutive", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_AFacilitatorAtStageOne_IsOutOfSequence_SayingWhatWasExpected()
    {
        var history = History(ToStageOne());

        var rejection = history.Check(DisputeEvent.ReferredToIndependentFacilitator(London(2026, 3, 20), "Facilitator"));

        Assert.NotNull(rejection);
        Assert.Equal(DisputeRejectionKind.OutOfSequence, rejection.Kind);
        Assert.Equal(DisputeState.StageOneExecutive, rejection.State);
        Assert.Equal("one of referredToChiefOfficer, resolvedByAgreement", rejection.Expected);
        Assert.Contains("l.1618", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_AfterTheDisputeIsClosed_ExpectsNoFurtherEvent()
    {
        var history = History([Raised(London(2026, 3, 2)), DisputeEvent.ResolvedByAgreement(London(2026, 3, 4), "Agreed")]);

        var rejection = history.Check(DisputeEvent.GoodFaithAttemptFailed(London(2026, 3, 5)));

        Assert.Equal("no further event (the dispute is closed)", rejection!.Expected);
    }

    [Fact]
    public void Append_GoodFaithSkipped_ReferralToTheExecutiveIsOutOfSequence()
    {
        var history = History([Raised(London(2026, 3, 2))]);

        var rejection = history.Check(DisputeEvent.ReferredToPartnershipExecutive(London(2026, 3, 3)));

        Assert.Equal(DisputeRejectionKind.OutOfSequence, rejection!.Kind);
        Assert.Contains("l.1298", rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisputeMatterKind.CapitalOrTransformationFunding, "75%")]
    [InlineData(DisputeMatterKind.DelegatedToCollaborativeForum, "relevant collaborative forum")]
    [InlineData(DisputeMatterKind.IndividualOrganisationDecision, "individual sovereignty")]
    public void Raise_AMatterOutsideTheProcess_IsRejected(DisputeMatterKind kind, string reason)
    {
        var raised = DisputeEvent.DisputeRaised(London(2026, 3, 2), DisputeMatter.Create(kind, "Capital priorities 2026/27"), Affected, CheshireEastCouncil);

        var rejection = DisputeHistory.Empty().Check(raised);

        Assert.Equal(DisputeRejectionKind.OutsideTheProcess, rejection!.Kind);
        Assert.Contains(reason, rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raise_ByAPartnerNotAffected_IsRejected()
    {
        var raised = DisputeEvent.DisputeRaised(London(2026, 3, 2), BoardMatter, Affected, Halton);

        var rejection = DisputeHistory.Empty().Check(raised);

        Assert.Equal(DisputeRejectionKind.InconsistentParties, rejection!.Kind);
        Assert.Contains("any of the affected Partners", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vote_InFavourByANonParticipant_AndRejectionByAPartnerNotAffected_AreRejected()
    {
        var history = History(ToCoordinationGroup());
        var vote = DisputeEvent.CoordinationGroupVoted(London(2026, 4, 21), [Halton, Knowsley], [Halton, Sefton], "R");
        Assert.Equal(DisputeRejectionKind.InconsistentParties, history.Check(vote)!.Kind);

        history = History([.. ToCoordinationGroup(), GroupMajority(London(2026, 4, 21)), DisputeEvent.AffectedPartnersAdvisedInWriting(London(2026, 4, 22))]);
        var rejection = history.Check(DisputeEvent.RecommendationRejected(London(2026, 5, 1), [Halton]));
        Assert.Equal(DisputeRejectionKind.InconsistentParties, rejection!.Kind);
        Assert.Contains("halton-mbc", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EarlyReferral_NotBeforeWindowEnds_RejectsAReferralOnDay20_AndAllowsItFromTheWindowsEnd()
    {
        var options = DisputeOptions.Default with { EarlyReferral = EarlyReferral.NotBeforeWindowEnds };
        var history = History(ToStageOne(), options);

        var rejection = history.Check(DisputeEvent.ReferredToChiefOfficer(London(2026, 3, 29)));
        Assert.Equal(DisputeRejectionKind.TooEarly, rejection!.Kind);
        Assert.Contains("20 day(s) into stage I", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(London(2026, 4, 9, 0, 0), Assert.Single(history.StatusAt(London(2026, 3, 29)).Value.AllowedNext, n => n.Event == DisputeEventKind.ReferredToChiefOfficer).NotBefore);

        Assert.True(history.Append(DisputeEvent.ReferredToChiefOfficer(London(2026, 4, 9, 0, 0))).IsSuccess);
    }

    [Fact]
    public void EarlyReferral_Permitted_ByDefault()
    {
        var history = History(ToStageOne());

        Assert.Null(history.Check(DisputeEvent.ReferredToChiefOfficer(London(2026, 3, 20))));
    }

    [Fact]
    public void WindowStart_DisputeRaised_CountsFromRaising()
    {
        var options = DisputeOptions.Default with { WindowStart = WindowStart.DisputeRaised };
        var history = History(ToStageOne(), options);

        var status = history.StatusAt(London(2026, 4, 2)).Value;

        Assert.Equal(London(2026, 4, 2, 0, 0), status.Window!.Ends);
        Assert.Single(status.Overdue);
    }

    [Fact]
    public void StatusAt_IgnoresLaterEvents_AndSaysHowManyWereLeftOut()
    {
        var history = History(ToCoordinationGroup());

        var explained = history.StatusAt(London(2026, 3, 9, 10));

        Assert.Equal(DisputeState.StageOneExecutive, explained.Value.State);
        Assert.Equal(3, explained.Value.EventsConsidered);
        Assert.Equal("2", explained.Why.Rules[0].Inputs["eventsLater"]);
    }

    [Fact]
    public void StatusAt_AnInjectedClock_AdvancedPastTheWindow_ShowsTheReferralOverdue()
    {
        var history = History(ToStageOne());
        var clock = new NodaTime.Testing.FakeClock(London(2026, 4, 8, 12));

        Assert.Empty(history.StatusAt(clock).Value.Overdue);
        clock.Advance(Duration.FromHours(12));
        Assert.Single(history.StatusAt(clock).Value.Overdue);
    }

    [Fact]
    public void From_StopsAtTheFirstRejection()
    {
        var result = DisputeHistory.From([Raised(London(2026, 3, 2)), DisputeEvent.CoordinationGroupInvolved(London(2026, 3, 3)), DisputeEvent.GoodFaithAttemptFailed(London(2026, 3, 4))]);

        Assert.False(result.IsSuccess);
        Assert.Equal("$.events[1]", Assert.Single(result.Issues).Location.ToString());
    }
}
