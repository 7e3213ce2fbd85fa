using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class BoardMeetingEvaluatorTests
{
    // The Partnership Executive under NHS Providers (decision 0023's alternative): the Executive members become eligible on Financials.
    private static readonly GovernanceOptions ExecutiveAsProviders = new()
    {
        SeatMapping = SeatMapping.Default.With(BoardSeat.PartnershipExecutive, ApplicabilityColumn.NhsProviders),
    };

    [Fact]
    public void Evaluate_NoObjection_IsCarriedByConsensus()
    {
        // "The Partnership Board will aim to make decisions by consensus of those eligible Partnership Board members present at a quorate meeting." (l.1292)
        var evaluation = Evaluate(Meeting(GovernanceMatter(), AllSupportBut(("lay-1", Position.Abstain))));

        var carried = evaluation.Outcome.Match(c => c, _ => null!, _ => null!, _ => null!, _ => null!, _ => null!);
        Assert.Equal(12, carried.Supporting);
        Assert.Equal(1, carried.Abstaining);
        Assert.Equal(13, carried.EligiblePresent);
        Assert.True(evaluation.Consensus);
        Assert.True(evaluation.Quorum.IsQuorate);
        Assert.Equal("carried-by-consensus", evaluation.Outcome.Name);
    }

    [Fact]
    public void Evaluate_Unanimity_AnAbstentionPreventsConsensus()
    {
        var evaluation = Evaluate(Meeting(GovernanceMatter(), AllSupportBut(("lay-1", Position.Abstain))), new GovernanceOptions { Consensus = ConsensusDefinition.Unanimity });

        Assert.False(evaluation.Consensus);
        Assert.True(evaluation.Outcome.IsT2);
    }

    [Fact]
    public void Evaluate_AnObjectionOnAnOrdinaryMatter_IsNotCarried_AndAnyAffectedPartnerMayRefer()
    {
        // "If a consensus decision cannot be reached, then (save for decisions on allocation of capital investment and transformation
        // funding) it may be referred to the dispute resolution procedure on page 19 below and Annex 4 by any of the affected Partners" (l.1292)
        var evaluation = Evaluate(Meeting(GovernanceMatter("wirral-council", "nhs-wirral-ccg", "nhse-nhsi"), AllSupportBut(("ce-wirral", Position.Object))));

        Assert.True(evaluation.Outcome.TryPickT2(out var notCarried, out _));
        Assert.True(notCarried.ReferableToDisputeResolution);
        Assert.Equal(["wirral-council", "nhs-wirral-ccg"], notCarried.MayBeReferredBy.Select(p => p.Value));
        Assert.Equal([1292, 1602], notCarried.Clauses.Select(c => c.Citation.FirstLine!.Value));
        Assert.Null(notCarried.Test);
        Assert.Null(evaluation.SeventyFivePercent);
        Assert.Equal("not-carried-referable", evaluation.Outcome.Name);
    }

    [Fact]
    public void Evaluate_CapitalWithoutConsensus_SevenOfNineEligible_IsCarriedUnderThe75PercentRule()
    {
        // "… the Partnership Board may make a decision provided that it is supported by not less than 75% of the eligible Partnership
        // Board members." (l.1294) Eligible on Financials: the 2 CCG members, the 2 Executive members (as NHS Providers) and 5 more providers.
        var providers = Enumerable.Range(1, 5).Select(i => Member($"provider-{i}", BoardSeat.PartnershipExecutive)).ToArray();
        var board = new PartnershipBoard([.. Annex6Board.Members, .. providers]);
        var meeting = new BoardMeeting(MeetingDay, board, Capital(), [.. board.Members.Select(m => m.Id)],
        [
            new(P("ccg-chair"), Position.Support), new(P("ccg-ao"), Position.Support), new(P("exec-1"), Position.Support), new(P("exec-2"), Position.Object),
            new(P("provider-1"), Position.Support), new(P("provider-2"), Position.Support), new(P("provider-3"), Position.Support),
            new(P("provider-4"), Position.Support), new(P("provider-5"), Position.Object),
        ]);

        var evaluation = Evaluate(meeting, ExecutiveAsProviders);

        Assert.True(evaluation.Outcome.TryPickT1(out var carried, out _));
        Assert.Equal(7, carried.Test.Numerator);
        Assert.Equal(9, carried.Test.Denominator);
        Assert.Equal(7, carried.Test.VotesRequired);
        Assert.Equal(0, carried.Test.Margin);
        Assert.Equal(2, carried.Objecting);
    }

    [Fact]
    public void Evaluate_CapitalWithoutConsensus_BelowThreshold_IsNotCarried_AndNotReferable()
    {
        // One of the two eligible commissioning members objects: 1 of 2 is below 75%; capital is "save for" referral (l.1292).
        var evaluation = Evaluate(Meeting(Capital(), ("ccg-chair", Position.Support), ("ccg-ao", Position.Object)));

        Assert.True(evaluation.Outcome.TryPickT2(out var notCarried, out _));
        Assert.False(notCarried.ReferableToDisputeResolution);
        Assert.Empty(notCarried.MayBeReferredBy);
        Assert.Equal(1, notCarried.Test!.Support);
        Assert.Equal(2, notCarried.Test.VotesRequired);
        Assert.Equal(-1, notCarried.Test.Margin);
        Assert.Equal("not-carried", evaluation.Outcome.Name);
    }

    [Fact]
    public void Evaluate_The75PercentBase_AllEligibleCountsAbsences_PresentOnlyDoesNot()
    {
        // Four eligible (2 CCG, 2 Executive as providers); exec-2 absent; 2 support, 1 objects.
        var present = AllMembers.Where(p => p.Value != "exec-2");
        var meeting = Meeting(Capital(), present, ("ccg-chair", Position.Support), ("ccg-ao", Position.Support), ("exec-1", Position.Object));

        var all = Evaluate(meeting, ExecutiveAsProviders);
        var presentOnly = Evaluate(meeting, ExecutiveAsProviders with { SeventyFivePercentBase = SeventyFivePercentBase.EligibleMembersPresent });

        Assert.Equal((2, 4, 3, false), (all.SeventyFivePercent!.Support, all.SeventyFivePercent.Base, all.SeventyFivePercent.VotesRequired, all.Outcome.IsCarried));
        Assert.Equal((2, 3, 3, false), (presentOnly.SeventyFivePercent!.Support, presentOnly.SeventyFivePercent.Base, presentOnly.SeventyFivePercent.VotesRequired, presentOnly.Outcome.IsCarried));
    }

    [Fact]
    public void Evaluate_SixOfThirteenPresent_IsNotQuorate()
    {
        // "… consensus of those eligible Partnership Board members present at a quorate meeting." (l.1292); quorum by default is
        // more than half of the members (decision 0024): 7 of 13.
        var present = AllMembers.Take(6);

        var evaluation = Evaluate(Meeting(GovernanceMatter(), present, ("em-liverpool", Position.Support)));

        Assert.True(evaluation.Outcome.TryPickT3(out var notQuorate, out _));
        Assert.Equal((6, 13, 7), (notQuorate.Quorum.Present, notQuorate.Quorum.BoardSize, notQuorate.Quorum.Required));
        Assert.False(evaluation.Outcome.IsCarried);
    }

    [Fact]
    public void Evaluate_NoPartnerDelegatedPowers_IsOutsideTheBoardsPowers()
    {
        // "The Partnership Board will not act where it has no formal powers delegated by any Partner." (l.1290)
        var matter = Matter.WholePartnership("Oversight of trusts", MemorandumElement.NationalAndRegionalSupport, [CheshireAndMerseyside.NhsEnglandAndImprovement], []);

        var evaluation = Evaluate(Meeting(matter, AllSupportBut()));

        Assert.True(evaluation.Outcome.TryPickT4(out var outside, out _));
        Assert.Equal(["nhse-nhsi"], outside.NonMemberDelegations.Select(d => d.Value));
        Assert.Equal(MemorandumClauses.NoFormalPowers, outside.Clause);
    }

    [Fact]
    public void Evaluate_AForumsOrAnOrganisationsMatter_IsOutsideThisMemorandum()
    {
        // "Arrangements for resolving disputes in such cases are set out in the Memorandum of the relevant collaborative forum and not this Memorandum." (l.1285)
        var forum = Evaluate(Meeting(Matter.DelegatedToForum("Commissioning policy", MemorandumElement.Governance, "Joint Committee of CCGs"), AllSupportBut()));
        var own = Evaluate(Meeting(Matter.ForIndividualOrganisation("Trust budget", MemorandumElement.Financials, Org("cwp")), AllSupportBut()));

        Assert.True(forum.Outcome.TryPickT5(out var delegated, out _));
        Assert.Equal(("Joint Committee of CCGs", 1285), (delegated.Forum, delegated.Clause.Citation.FirstLine));
        Assert.True(own.Outcome.TryPickT5(out var individual, out _));
        Assert.Equal((DecisionLevel.IndividualOrganisation, "cwp", 1284), (individual.Level, individual.Organisation!.Value.Value, individual.Clause.Citation.FirstLine));
    }

    [Fact]
    public void Evaluate_Explains_WithTheRulesAndTheirFigures()
    {
        var explained = BoardMeetingEvaluator.Evaluate(Meeting(Capital(), ("ccg-chair", Position.Support), ("ccg-ao", Position.Object))).Value;

        Assert.Equal(["MOU-2", "MOU-3", "MOU-6", "MOU-4", "MOU-5"], explained.Why.Rules.Select(r => r.Rule.ToString()));
        var mou5 = explained.Why.Rules[^1];
        Assert.Equal(("1", "2", "2", "-1", "4", "6"), (mou5.Inputs["numerator"], mou5.Inputs["denominator"], mou5.Inputs["votesRequired"], mou5.Inputs["margin"],
            mou5.Inputs["fourTimesSupport"], mou5.Inputs["threeTimesBase"]));
        Assert.Contains("not carried", explained.Why.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AMeetingThatDoesNotHoldTogether_GivesLocatedIssues()
    {
        // Not a sentence of the Memorandum: the meeting must hold together for its clauses to be read (MeetingIntegrity).
        var meeting = Meeting(GovernanceMatter("nobody"), [P("em-liverpool"), P("em-liverpool"), P("stranger")], ("lay-1", Position.Support), ("em-liverpool", (Position)9));

        var result = BoardMeetingEvaluator.Evaluate(meeting);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["meeting.unknown-reference@$.matter.affectedPartners[0]", "meeting.duplicate@$.present[1]", "meeting.unknown-reference@$.present[2]",
                "meeting.position-of-absent-member@$.positions[0].member", "meeting.invalid-value@$.positions[1].position"],
            result.Issues.Select(i => $"{i.Code}@{i.Location}"));
    }

    [Fact]
    public void Evaluate_TakesTheMemorandumPassedIn()
    {
        var noFinancials = Memorandum.Draft2020 with
        {
            Version = "a variation",
            Applicability = ApplicabilityMatrix.Create(ApplicabilityMatrix.Annex1.Cells.Select(c => c.Element == MemorandumElement.Financials ? c with { Applies = false } : c)).Value,
        };

        var explained = BoardMeetingEvaluator.Evaluate(Meeting(Capital(), AllSupportBut()), noFinancials).Value;

        Assert.Empty(explained.Value.Eligible);
        Assert.False(explained.Value.Outcome.IsCarried);
        Assert.Contains("a variation", explained.Why.Conclusion, StringComparison.Ordinal);
    }
}
