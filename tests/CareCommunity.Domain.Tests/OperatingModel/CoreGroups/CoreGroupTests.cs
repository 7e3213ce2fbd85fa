using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.OperatingModel.CoreGroups;

public sealed class CoreGroupTests
{
    private static readonly PersonId Patel = PersonId.Create("p-patel");
    private static readonly PersonId Hughes = PersonId.Create("p-hughes");
    private static readonly PersonId Shah = PersonId.Create("p-shah");
    private static readonly PersonId Outsider = PersonId.Create("p-outsider");

    private static CoreGroupMember[] AllEight() =>
        [.. Enum.GetValues<CoreRole>().Select(r => new CoreGroupMember(SamplePeople.HolderOf(r), r))];

    [Fact]
    public void Create_AllEightRolesHeldByEightPeople_IsCompleteWithNoVacancies()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        Assert.True(group.IsComplete);
        Assert.Empty(group.VacantRoles);
        Assert.Equal(8, group.Members.Length);
        Assert.Equal(SamplePeople.Healthwatch, group.Holder(CoreRole.Healthwatch)!.Person);
        Assert.True(group.IsMember(SamplePeople.Vcfse));
        Assert.Equal(CoreRole.CwpMentalHealth, group.MembershipOf(SamplePeople.MentalHealth)!.Role);
        Assert.Null(group.MembershipOf(Outsider));
    }

    [Fact]
    public void Create_RoleHeldTwice_IsCc2ErrorAtTheSecondRole()
    {
        var result = CoreGroup.Create([new(Patel, CoreRole.PcnClinicalDirector), new(Hughes, CoreRole.SocialCare), new(Shah, CoreRole.PcnClinicalDirector)]);
        var issue = Assert.Single(result.Issues);
        Assert.False(result.IsSuccess);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("CC-2", issue.Rule.ToString());
        Assert.Equal(OperatingModelIssueCodes.CoreRoleHeldTwice, issue.Code);
        Assert.Equal("$[2].role", issue.Location.ToString());
        Assert.Equal("pcnClinicalDirector", issue.OffendingValue);
        Assert.Contains("Primary Care Network Clinical Director", issue.Message, StringComparison.Ordinal);
        Assert.Contains("index 0", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PersonHoldingTwoRoles_IsCc3ErrorAtTheSecondPersonId()
    {
        var result = CoreGroup.Create([new(Patel, CoreRole.PcnClinicalDirector), new(Patel, CoreRole.CareCommunityClinicalLead)]);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("CC-3", issue.Rule.ToString());
        Assert.Equal(OperatingModelIssueCodes.PersonHoldsTwoCoreRoles, issue.Code);
        Assert.Equal("$[1].personId", issue.Location.ToString());
        Assert.Equal("p-patel", issue.OffendingValue);
        Assert.Contains("equal voice", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameMembershipListedTwice_BreaksBothCc2AndCc3()
    {
        var result = CoreGroup.Create([new(Patel, CoreRole.Vcfse), new(Patel, CoreRole.Vcfse)]);
        Assert.Equal(["CC-2", "CC-3"], result.Issues.Select(i => i.Rule.ToString()).Order());
    }

    [Fact]
    public void Create_NoMembers_IsAnEmptyGroupWithEveryRoleVacant()
    {
        var group = CoreGroup.Create([]).Value;
        Assert.False(group.IsComplete);
        Assert.Equal(Enum.GetValues<CoreRole>(), group.VacantRoles);
        Assert.Empty(CoreGroup.Empty.Members);
    }

    [Fact]
    public void VacantRoles_TwoMissing_ListsThemInRoleOrder()
    {
        var members = AllEight().Where(m => m.Role is not (CoreRole.Healthwatch or CoreRole.CoachOrServiceManager));
        var group = CoreGroup.Create(members).Value;
        Assert.Equal([CoreRole.CoachOrServiceManager, CoreRole.Healthwatch], group.VacantRoles);
        Assert.Null(group.Holder(CoreRole.Healthwatch));
        Assert.False(group.IsComplete);
    }

    [Fact]
    public void Members_KeepTheListedOrder()
    {
        var members = AllEight().Reverse().ToArray();
        Assert.Equal(members, CoreGroup.Create(members).Value.Members);
    }

    [Fact]
    public void CoreGroupMember_DefaultPersonOrUndefinedRole_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CoreGroupMember(default, CoreRole.Vcfse));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoreGroupMember(Patel, (CoreRole)8));
    }

    [Fact]
    public void CoreRoleProfile_ListsTheSeedsEightTitlesInOrder()
    {
        Assert.Equal(
            ["Primary Care Network Clinical Director", "Care Community Clinical Lead", "Coach / Service Manager", "Social Care", "Public Health", "CWP Mental Health", "Healthwatch", "VCFSE"],
            CoreRoleProfile.All.Select(p => p.Title));
        Assert.All(Enum.GetValues<CoreRole>(), r => Assert.Equal(r, CoreRoleProfile.For(r).Role));
        Assert.All(CoreRoleProfile.All, p => Assert.NotEmpty(p.ExpectedPartnerKinds));
    }

    // ---- Tally (CC-3: equal voice, equal value, equity)

    [Fact]
    public void Tally_EveryMemberOneVote_WhateverTheirRole()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        // The PCN clinical director and the clinical lead against; Healthwatch, VCFSE and public health in favour: 3 beats 2.
        var votes = new[]
        {
            new CoreGroupVote(SamplePeople.PcnClinicalDirector, VoteChoice.Against),
            new CoreGroupVote(SamplePeople.ClinicalLead, VoteChoice.Against),
            new CoreGroupVote(SamplePeople.Healthwatch, VoteChoice.InFavour),
            new CoreGroupVote(SamplePeople.Vcfse, VoteChoice.InFavour),
            new CoreGroupVote(SamplePeople.PublicHealth, VoteChoice.InFavour),
            new CoreGroupVote(SamplePeople.SocialCare, VoteChoice.Abstain),
        };
        var tally = group.Tally(votes);
        Assert.True(tally.Value.Agreed);
        Assert.Equal(3, tally.Value.InFavour);
        Assert.Equal(2, tally.Value.Against);
        Assert.Equal(1, tally.Value.Abstaining);
        Assert.Empty(tally.Value.NotCounted);
        Assert.Equal("The core group agreed.", tally.Why.Conclusion);
        var equalVoice = tally.Why.Rules[0];
        Assert.Equal("CC-3", equalVoice.Rule.ToString());
        Assert.True(equalVoice.Applied);
        Assert.Equal("8", equalVoice.Inputs["members"]);
        Assert.Equal("SimpleMajority", equalVoice.Inputs["decisionRule"]);
    }

    [Fact]
    public void Tally_NonMemberAndRepeatVotes_AreNotCounted()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        var outsider = new CoreGroupVote(Outsider, VoteChoice.InFavour);
        var repeat = new CoreGroupVote(SamplePeople.Healthwatch, VoteChoice.InFavour);
        var tally = group.Tally(
        [
            new CoreGroupVote(SamplePeople.Healthwatch, VoteChoice.Against), repeat, outsider, new CoreGroupVote(SamplePeople.Vcfse, VoteChoice.InFavour),
        ]);
        Assert.Equal(1, tally.Value.InFavour);
        Assert.Equal(1, tally.Value.Against);
        Assert.False(tally.Value.Agreed);
        Assert.Equal([repeat, outsider], tally.Value.NotCounted.ToArray());
        Assert.Equal("2", tally.Why.Rules[0].Inputs["notCounted"]);
        Assert.Equal("The core group did not agree.", tally.Why.Conclusion);
    }

    [Fact]
    public void Tally_SimpleMajority_TieIsNotAgreed()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        var tally = group.Tally([new(SamplePeople.Coach, VoteChoice.InFavour), new(SamplePeople.Vcfse, VoteChoice.Against)]);
        Assert.False(tally.Value.Agreed);
    }

    [Fact]
    public void Tally_Consensus_NeedsOneInFavourAndNoneAgainst()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        var sevenToOne = Enum.GetValues<CoreRole>()
            .Select(r => new CoreGroupVote(SamplePeople.HolderOf(r), r == CoreRole.Vcfse ? VoteChoice.Against : VoteChoice.InFavour)).ToArray();
        Assert.True(group.Tally(sevenToOne, CoreGroupDecisionRule.SimpleMajority).Value.Agreed);
        Assert.False(group.Tally(sevenToOne, CoreGroupDecisionRule.Consensus).Value.Agreed);

        var oneInFavourRestAbstain = Enum.GetValues<CoreRole>()
            .Select(r => new CoreGroupVote(SamplePeople.HolderOf(r), r == CoreRole.Healthwatch ? VoteChoice.InFavour : VoteChoice.Abstain)).ToArray();
        var consensus = group.Tally(oneInFavourRestAbstain, CoreGroupDecisionRule.Consensus);
        Assert.True(consensus.Value.Agreed);
        Assert.StartsWith("Consensus:", consensus.Why.Rules[1].Reason, StringComparison.Ordinal);
        Assert.False(group.Tally([], CoreGroupDecisionRule.Consensus).Value.Agreed);
    }

    [Fact]
    public void Tally_UndefinedDecisionRule_Throws()
    {
        var group = CoreGroup.Create(AllEight()).Value;
        Assert.Throws<ArgumentOutOfRangeException>(() => group.Tally([], (CoreGroupDecisionRule)7));
        Assert.Throws<ArgumentNullException>(() => group.Tally(null!));
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Tally_Property_CountsAtMostOneVotePerMemberAndRejectsTheRest() =>
        Prop.ForAll(Arb.Zip(DomainArb.CoreGroup, DomainArb.Votes), t =>
        {
            var (group, votes) = t;
            var decision = group.Tally(votes).Value;
            var counted = decision.InFavour + decision.Against + decision.Abstaining;
            var distinctMemberVoters = votes.Where(v => group.IsMember(v.Person)).Select(v => v.Person).Distinct().Count();
            Assert.Equal(distinctMemberVoters, counted);
            Assert.Equal(votes.Length, counted + decision.NotCounted.Length);
            Assert.True(counted <= group.Members.Length);
            Assert.Equal(decision.InFavour > decision.Against, decision.Agreed);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Create_Property_SucceedsIffNoRoleAndNoPersonRepeats() =>
        Prop.ForAll(DomainArb.AnyCoreGroupMembers, members =>
        {
            var result = CoreGroup.Create(members);
            var rolesRepeat = members.Select(m => m.Role).Distinct().Count() != members.Length;
            var peopleRepeat = members.Select(m => m.Person).Distinct().Count() != members.Length;
            Assert.Equal(!rolesRepeat && !peopleRepeat, result.IsSuccess);
            Assert.Equal(rolesRepeat, result.Issues.Any(i => i.Code == OperatingModelIssueCodes.CoreRoleHeldTwice));
            Assert.Equal(peopleRepeat, result.Issues.Any(i => i.Code == OperatingModelIssueCodes.PersonHoldsTwoCoreRoles));
        });
}
