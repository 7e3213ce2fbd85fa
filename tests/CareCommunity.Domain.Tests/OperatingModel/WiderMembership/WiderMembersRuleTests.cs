using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.WiderMembership;

public sealed class WiderMembersRuleTests
{
    private static readonly WiderMembersRule Rule = OperatingModelRules.WiderMembers;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("4", Figure(result, "widerMembers"));
        Assert.Equal("1", Figure(result, "alignedClinicalLeads"));
        Assert.Equal("1", Figure(result, "alignedFromSecondaryCare"));
    }

    [Fact]
    public void Check_NoWiderMembers_IsWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutWiderMembers());
        Single(Rule, result, WiderMembersRule.None, Severity.Warning, "$.widerMembers");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0", Figure(result, "widerMembers"));
    }

    [Fact]
    public void Check_NoAlignedClinicalLead_IsWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutAlignedClinicalLeads());
        Single(Rule, result, WiderMembersRule.NoAlignedClinicalLead, Severity.Warning, "$.alignedClinicalLeads");
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("0", Figure(result, "alignedFromSecondaryCare"));
    }

    [Fact]
    public void Check_AlignedLeadFromGeneralPractice_IsWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedClinicalLead(SamplePeople.PracticeNurse, "Frailty"));
        var issue = Single(Rule, result, WiderMembersRule.AlignedLeadNotSecondaryCare, Severity.Warning, "$.alignedClinicalLeads[1].personId");
        Assert.Equal("p-practice-nurse", issue.OffendingValue);
        Assert.Contains("generalPractice", issue.Message, StringComparison.Ordinal);
        Assert.Equal("1", Figure(result, "alignedFromSecondaryCare"));
    }

    [Fact]
    public void Check_SecondaryCareKinds_IncludingGeneralPractice_AcceptsThePracticeLead()
    {
        var options = new OperatingModelOptions { SecondaryCareKinds = [PartnerKind.AcuteTrust, PartnerKind.GeneralPractice] };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedClinicalLead(SamplePeople.PracticeNurse, "Frailty"), options);
        AssertMetCleanly(Rule, result);
        Assert.Equal("2", Figure(result, "alignedFromSecondaryCare"));
    }

    [Fact]
    public void Check_SecondaryCareKinds_WithoutAcuteTrusts_WarnsOfTheCardiologist()
    {
        var options = new OperatingModelOptions { SecondaryCareKinds = [PartnerKind.MentalHealthTrust] };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid(), options);
        var issue = Single(Rule, result, WiderMembersRule.AlignedLeadNotSecondaryCare, Severity.Warning, "$.alignedClinicalLeads[0].personId");
        Assert.Equal("p-cardiologist", issue.OffendingValue);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_UnlistedWiderMemberPerson_IsUnknownPersonError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithWiderMember(new WiderMember(WiderMemberKind.LocalCouncillor, PersonId.Create("p-ghost"), null)));
        var issue = Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.widerMembers[4].personId");
        Assert.Equal("p-ghost", issue.OffendingValue);
    }

    [Fact]
    public void Check_UnlistedWiderMemberOrganisation_IsUnknownOrganisationError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithWiderMember(new WiderMember(WiderMemberKind.Police, null, OrganisationId.Create("ghost-police"))));
        Single(Rule, result, DocumentIntegrity.UnknownOrganisation, Severity.Error, "$.widerMembers[4].organisationId");
    }

    [Fact]
    public void Check_UnlistedAlignedLead_IsUnknownPersonError_AndNoSecondaryCareWarning()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithAlignedClinicalLead(PersonId.Create("p-ghost"), "Cardiology"));
        Single(Rule, result, DocumentIntegrity.UnknownPerson, Severity.Error, "$.alignedClinicalLeads[1].personId");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Check_NoWiderMembers_RaisedToErrorByOverride()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutWiderMembers(), Raise(WiderMembersRule.None, Severity.Error));
        Single(Rule, result, WiderMembersRule.None, Severity.Error, "$.widerMembers");
    }

    [Fact]
    public void Check_OnlyAlignedLeadUnreadable_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { AlignedClinicalLeads = [null] };
        Assert.Equal(RuleStatus.NotEvaluated, Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf).Status);
    }

    [Fact]
    public void Descriptor_IsShouldWarnings()
    {
        Assert.All([WiderMembersRule.None, WiderMembersRule.NoAlignedClinicalLead, WiderMembersRule.AlignedLeadNotSecondaryCare],
            d => Assert.Equal((Modality.Should, Severity.Warning), (d.Modality, d.DefaultSeverity)));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
