using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.OperatingModel.Leadership;

public sealed class LeadershipTeamTests
{
    private static CoreGroup SampleCoreGroup() =>
        CoreGroup.Create(Enum.GetValues<CoreRole>().Select(r => new CoreGroupMember(SamplePeople.HolderOf(r), r))).Value;

    private static LeadershipAssignment[] SampleAssignments() =>
        [.. Enum.GetValues<LeadershipRole>().Select(r => new LeadershipAssignment(r, SamplePeople.LeaderOf(r)))];

    [Fact]
    public void Create_FiveRolesDrawnFromTheCoreGroup_Succeeds()
    {
        var team = LeadershipTeam.Create(SampleCoreGroup(), SampleAssignments()).Value;
        Assert.Empty(team.VacantRoles);
        Assert.Equal(5, team.Assignments.Length);
        Assert.Equal(5, team.People.Count);
        Assert.Equal(SamplePeople.MentalHealth, team.Holder(LeadershipRole.NursingOrAhpLead));
    }

    [Fact]
    public void Create_NonMember_IsCc4NotCoreMemberAtPersonId()
    {
        var assignments = SampleAssignments();
        assignments[3] = new LeadershipAssignment(LeadershipRole.NursingOrAhpLead, SamplePeople.PracticeNurse);
        var result = LeadershipTeam.Create(SampleCoreGroup(), assignments);
        var issue = Assert.Single(result.Issues);
        Assert.False(result.IsSuccess);
        Assert.Equal("CC-4", issue.Rule.ToString());
        Assert.Equal("leadership.not-core-member", issue.Code.ToString());
        Assert.Equal("$[3].personId", issue.Location.ToString());
        Assert.Equal(IssueKind.Invariant, issue.Kind);
        Assert.Equal("p-practice-nurse", issue.OffendingValue);
        Assert.Contains("drawn from the core group membership", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Nursing or AHP lead", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RoleAssignedTwice_IsCc4RoleHeldTwiceAtRole()
    {
        var assignments = SampleAssignments().Append(new LeadershipAssignment(LeadershipRole.SocialCareLead, SamplePeople.PublicHealth)).ToArray();
        var issue = Assert.Single(LeadershipTeam.Create(SampleCoreGroup(), assignments).Issues);
        Assert.Equal(OperatingModelIssueCodes.LeadershipRoleHeldTwice, issue.Code);
        Assert.Equal("$[5].role", issue.Location.ToString());
        Assert.Equal("CC-4", issue.Rule.ToString());
    }

    [Fact]
    public void Create_UndefinedRole_IsCc4UnknownRole()
    {
        var issue = Assert.Single(LeadershipTeam.Create(SampleCoreGroup(), [new((LeadershipRole)42, SamplePeople.Coach)]).Issues);
        Assert.Equal(OperatingModelIssueCodes.UnknownLeadershipRole, issue.Code);
        Assert.Equal("$[0].role", issue.Location.ToString());
        Assert.Equal(IssueKind.Value, issue.Kind);
    }

    [Fact]
    public void Create_OnePersonTwoLeadershipRoles_IsAllowed()
    {
        var team = LeadershipTeam.Create(SampleCoreGroup(),
        [
            new(LeadershipRole.ClinicalOrPractitionerLead, SamplePeople.ClinicalLead), new(LeadershipRole.PcnClinicalDirector, SamplePeople.ClinicalLead),
        ]).Value;
        Assert.Equal([SamplePeople.ClinicalLead], team.People);
        Assert.Equal([LeadershipRole.CommunityManagerOrCoach, LeadershipRole.NursingOrAhpLead, LeadershipRole.SocialCareLead], team.VacantRoles);
        Assert.Null(team.Holder(LeadershipRole.SocialCareLead));
    }

    [Fact]
    public void Create_EmptyCoreGroup_RefusesEveryone()
    {
        var result = LeadershipTeam.Create(CoreGroup.Empty, SampleAssignments());
        Assert.Equal(5, result.Issues.Count(i => i.Code == OperatingModelIssueCodes.LeaderNotCoreMember));
    }

    [Fact]
    public void Responsibilities_AreTheSeedsSix() =>
        Assert.Equal(6, LeadershipTeam.Responsibilities.Count);

    [Fact]
    public void LeadershipRoleProfile_NursingOrAhpLead_ExpectsNoCoreRole()
    {
        Assert.Null(LeadershipRoleProfile.For(LeadershipRole.NursingOrAhpLead).ExpectedCoreRole);
        Assert.Equal(CoreRole.SocialCare, LeadershipRoleProfile.For(LeadershipRole.SocialCareLead).ExpectedCoreRole);
        Assert.Equal(
            ["Care Community Clinical/Practitioner Lead", "PCN Clinical Director", "Community Manager/Coach", "Nursing or AHP lead", "Social Care Lead"],
            LeadershipRoleProfile.All.Select(p => p.Title));
    }

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Create_Property_NeverHoldsANonMemberAndFailsIffANonMemberOrARepeatedRole() =>
        Prop.ForAll(Arb.Zip(DomainArb.CoreGroup, DomainArb.AnyLeadershipAssignments), t =>
        {
            var (group, assignments) = t;
            var result = LeadershipTeam.Create(group, assignments);
            var someNonMember = assignments.Any(a => !group.IsMember(a.Person));
            var someRoleRepeats = assignments.Select(a => a.Role).Distinct().Count() != assignments.Length;
            Assert.Equal(someNonMember || someRoleRepeats, !result.IsSuccess);
            if (result.TryGetValue(out var team))
            {
                Assert.All(team.Assignments, a => Assert.True(group.IsMember(a.Person)));
                Assert.All(team.People, p => Assert.True(group.IsMember(p)));
                Assert.Empty(result.Issues);
            }
            else
            {
                Assert.All(result.Issues, i => Assert.Equal("CC-4", i.Rule.ToString()));
                Assert.Equal(assignments.Count(a => !group.IsMember(a.Person)), result.Issues.Count(i => i.Code == OperatingModelIssueCodes.LeaderNotCoreMember));
            }
        });
}
