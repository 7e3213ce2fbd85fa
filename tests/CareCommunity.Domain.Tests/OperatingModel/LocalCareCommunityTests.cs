using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;

namespace CareCommunity.Domain.Tests.OperatingModel;

public sealed class LocalCareCommunityTests
{
    private static ValidationIssue SingleError(LocalCareCommunityBuilder builder)
    {
        var result = builder.TryBuild();
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Issues);
    }

    [Fact]
    public void Create_ValidSample_Succeeds()
    {
        var result = LocalCareCommunityBuilder.Valid().TryBuild();
        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Empty(result.Issues);
        var community = result.Value;
        Assert.Equal("nantwich-and-rural", community.Id.Value);
        Assert.Equal("Nantwich & Rural", community.Name);
        Assert.True(community.CoreGroup.IsComplete);
        Assert.Empty(community.LeadershipTeam.VacantRoles);
        Assert.Equal(SampleOrganisations.All.Count, community.Organisations.Length);
        Assert.Equal("Dr Asha Patel", community.PersonById(SamplePeople.PcnClinicalDirector).Name);
        Assert.Equal(PartnerKind.MentalHealthTrust, community.OrganisationById(SampleOrganisations.Cwp).Kind);
        Assert.Equal(2, community.RiskRegister.Risks.Length);
        Assert.Equal(Money.FromPounds(45_000m + 11_500m + 38_000m + 9_800.50m + 26_500m + 6_250m), community.CostCentre.Total);
        Assert.Equal("£137,050.50", community.CostCentre.Total.ToString());
    }

    [Fact]
    public void Create_TrimsTheName() => Assert.Equal("Crewe", LocalCareCommunityBuilder.Valid().WithName("  Crewe ").Build().Name);

    [Fact]
    public void PersonById_Unknown_ThrowsKeyNotFound()
    {
        var community = LocalCareCommunityBuilder.BuildValid();
        Assert.Throws<KeyNotFoundException>(() => community.PersonById(PersonId.Create("p-nobody")));
        Assert.Throws<KeyNotFoundException>(() => community.OrganisationById(OrganisationId.Create("nobody")));
    }

    [Fact]
    public void Create_CoreMemberNotListedInPeople_IsUnknownPersonUnderCc2()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Healthwatch, PersonId.Create("p-unlisted")));
        Assert.Equal(DocumentIntegrity.UnknownPerson.Code, issue.Code);
        Assert.Equal("CC-2", issue.Rule.ToString());
        Assert.Equal("$.coreGroup[6].personId", issue.Location.ToString());
        Assert.Equal("p-unlisted", issue.OffendingValue);
    }

    [Fact]
    public void Create_PersonFromUnlistedOrganisation_IsUnknownOrganisationWithNoRule()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithoutOrganisation(SampleOrganisations.Healthwatch));
        Assert.Equal(DocumentIntegrity.UnknownOrganisation.Code, issue.Code);
        Assert.Null(issue.Rule);
        Assert.Equal("$.people[6].organisationId", issue.Location.ToString());
    }

    [Fact]
    public void Create_AlignedPcnNotListed_IsUnknownOrganisationUnderCc1()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithAlignedPcns(SampleOrganisations.Pcn, OrganisationId.Create("crewe-pcn")));
        Assert.Equal(DocumentIntegrity.UnknownOrganisation.Code, issue.Code);
        Assert.Equal("CC-1", issue.Rule.ToString());
        Assert.Equal("$.alignedPcns[1]", issue.Location.ToString());
    }

    [Fact]
    public void Create_DuplicatePersonId_IsDuplicateIdAtTheSecond()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().AddPerson(new Person(SamplePeople.Coach, "Someone Else", SampleOrganisations.Council)));
        Assert.Equal(DocumentIntegrity.DuplicateId.Code, issue.Code);
        Assert.Equal($"$.people[{SamplePeople.All.Count}].id", issue.Location.ToString());
        Assert.Null(issue.Rule);
        Assert.Contains("index 2", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateOrganisationId_IsDuplicateId()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().AddOrganisation(new Organisation(SampleOrganisations.Cwp, "CWP again", PartnerKind.MentalHealthTrust)));
        Assert.Equal(DocumentIntegrity.DuplicateId.Code, issue.Code);
        Assert.Equal($"$.organisations[{SampleOrganisations.All.Count}].id", issue.Location.ToString());
    }

    [Fact]
    public void Create_DuplicateInitiativeId_IsDuplicateIdUnderCc10()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithInitiative(LocalCareCommunityBuilder.SampleInitiative(InitiativeId.Create("frailty-mdt"))));
        Assert.Equal(DocumentIntegrity.DuplicateId.Code, issue.Code);
        Assert.Equal("CC-10", issue.Rule.ToString());
        Assert.Equal("$.initiatives[1].id", issue.Location.ToString());
    }

    [Fact]
    public void Create_NoRiskRegister_IsCc7RequiredError()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithoutRiskRegister());
        Assert.Equal(RiskRegisterAndEscalationRule.Missing.Code, issue.Code);
        Assert.Equal("CC-7", issue.Rule.ToString());
        Assert.Equal(IssueKind.Required, issue.Kind);
        Assert.Equal("$.riskRegister", issue.Location.ToString());
    }

    [Fact]
    public void Create_EmptyRiskRegister_IsAllowed() =>
        Assert.Empty(LocalCareCommunityBuilder.Valid().WithEmptyRiskRegister().Build().RiskRegister.Risks);

    [Fact]
    public void Create_DuplicateRiskIdOrUnknownOwner_AreCc7Errors()
    {
        var risk = new Risk(RiskId.Create("r-001"), "Again", RiskRating.Create(1, 1), PersonId.Create("p-unlisted"), RiskStatus.Open, new LocalDate(2024, 8, 1), null);
        var result = LocalCareCommunityBuilder.Valid().WithRisk(risk).TryBuild();
        Assert.Equal(
            [("$.riskRegister.risks[2].id", DocumentIntegrity.DuplicateId.Code), ("$.riskRegister.risks[2].ownerId", DocumentIntegrity.UnknownPerson.Code)],
            result.Issues.Select(i => (i.Location.ToString(), i.Code)).Order());
        Assert.All(result.Issues, i => Assert.Equal("CC-7", i.Rule.ToString()));
    }

    [Fact]
    public void Create_CoreRoleHeldTwice_BuildsAndTheRuleReportsItUnderCoreGroup()
    {
        var builder = LocalCareCommunityBuilder.Valid().AddCoreMember(SamplePeople.PracticeNurse, CoreRole.Healthwatch);
        Assert.True(builder.TryBuild().IsSuccess);
        var issue = Assert.Single(builder.Validate().Issues, i => i.Code == CoreGroupRolesRule.RoleHeldTwice.Code);
        Assert.Equal("$.coreGroup[8].role", issue.Location.ToString());
    }

    [Fact]
    public void Create_PersonHoldsTwoCoreRoles_BuildsAndCc3ReportsIt()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Vcfse, SamplePeople.Healthwatch);
        Assert.True(builder.TryBuild().IsSuccess);
        var issue = Assert.Single(builder.Validate().Issues, i => i.Rule?.ToString() == "CC-3");
        Assert.Equal(EqualVoiceRule.PersonHoldsTwoRoles.Code, issue.Code);
        Assert.Equal("CC-3", issue.Rule.ToString());
        Assert.Equal("$.coreGroup[7].personId", issue.Location.ToString());
    }

    [Fact]
    public void Create_LeaderNotInCoreGroup_IsCc4AnchoredUnderLeadershipTeam()
    {
        var issue = SingleError(LocalCareCommunityBuilder.Valid().WithLeader(LeadershipRole.NursingOrAhpLead, SamplePeople.PracticeNurse));
        Assert.Equal("leadership.not-core-member", issue.Code.ToString());
        Assert.Equal("CC-4", issue.Rule.ToString());
        Assert.Equal("$.leadershipTeam[3].personId", issue.Location.ToString());
    }

    [Fact]
    public void Create_WithoutACoreRoleThatBacksALeader_BreaksCc4Too()
    {
        var result = LocalCareCommunityBuilder.Valid().WithoutCoreRole(CoreRole.SocialCare).TryBuild();
        var issue = Assert.Single(result.Issues);
        Assert.Equal(LeadershipDrawnFromCoreGroupRule.NotCoreMember.Code, issue.Code);
        Assert.Equal("$.leadershipTeam[4].personId", issue.Location.ToString());
    }

    [Fact]
    public void Create_WiderMemberAlignedLeadOrPostReferencesUnknown_AreReportedUnderTheirRules()
    {
        var nobody = PersonId.Create("p-nobody");
        var nowhere = OrganisationId.Create("nowhere");
        var result = LocalCareCommunityBuilder.Valid()
            .WithWiderMember(new WiderMember(WiderMemberKind.Other, nobody, nowhere))
            .WithAlignedClinicalLead(nobody, "Respiratory")
            .WithPost(new AlignedPost("Physio", nowhere, Money.FromPounds(30_000m), Money.Zero, nobody))
            .TryBuild();
        Assert.Equal(
        [
            "$.alignedClinicalLeads[1].personId CC-5 model.unknown-person",
            "$.costCentre.posts[3].employerId CC-8 model.unknown-organisation",
            "$.costCentre.posts[3].personId CC-8 model.unknown-person",
            "$.widerMembers[4].organisationId CC-5 model.unknown-organisation",
            "$.widerMembers[4].personId CC-5 model.unknown-person",
        ], result.Issues.Select(i => $"{i.Location} {i.Rule} {i.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_SeveralProblems_ReportsEveryOne()
    {
        var result = LocalCareCommunityBuilder.Valid()
            .WithoutRiskRegister()
            .WithCoreMember(CoreRole.Vcfse, PersonId.Create("p-unlisted"))
            .WithAlignedPcns(OrganisationId.Create("missing-pcn"))
            .TryBuild();
        Assert.Equal(3, result.Issues.Length);
        Assert.Equal(["CC-1", "CC-2", "CC-7"], result.Issues.Select(i => i.Rule.ToString()).Order());
    }

    [Fact]
    public void Create_DefaultIdsOrBlankName_ThrowForProgrammerErrors()
    {
        Assert.Throws<ArgumentException>(() => LocalCareCommunityBuilder.Valid().WithId(default).TryBuild());
        Assert.Throws<ArgumentException>(() => LocalCareCommunityBuilder.Valid().WithPlace(default).TryBuild());
        Assert.Throws<ArgumentException>(() => LocalCareCommunityBuilder.Valid().WithName(" ").TryBuild());
    }

    [Fact]
    public void Create_DefaultRegisteredPopulation_IsACc1Error()
    {
        var result = LocalCareCommunityBuilder.Valid().WithRegisteredPopulation(default).TryBuild();
        var report = result.IsSuccess ? new OperatingModelValidator().Validate(result.Value, LocalCareCommunityBuilder.DefaultAsOf) : null;
        var issues = report?.Issues ?? result.Issues;
        Assert.Contains(issues, i => i.Code == FootprintRule.PopulationNotPositive.Code && i.Rule.ToString() == "CC-1");
    }
}
