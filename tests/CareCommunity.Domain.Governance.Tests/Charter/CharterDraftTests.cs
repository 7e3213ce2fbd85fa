using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.OperatingModel;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class CharterDraftTests
{
    [Fact]
    public void Members_AreThePartnersThatCouldBeRead_OnceEach_InIdOrder()
    {
        var draft = new CharterDraft { Partners = [Three[2], null, Three[0], Three[2], default(OrganisationId)] };
        Assert.Equal([Three[0], Three[2]], draft.Members.ToArray());
    }

    [Fact]
    public void PartnersOn_AddsThePartnersAdmittedByThatDay()
    {
        var ambulance = PartnerAdmission.Create("north-west-ambulance-service", Jun2021).Value;
        var draft = SmallDraft() with { Admissions = [ambulance, null] };
        Assert.Equal(3, draft.PartnersOn(Jun2021.PlusDays(-1)).Length);
        Assert.Contains(ambulance.Partner, draft.PartnersOn(Jun2021));
    }

    [Fact]
    public void EffectOn_IsMou9OnTheMembersSignatures()
    {
        var draft = SmallDraft();
        Assert.True(draft.EffectOn(Apr2021).InEffect);
        Assert.False(draft.EffectOn(Mar2021.PlusDays(-1)).InEffect);
        Assert.False((draft with { Signatures = [.. draft.Signatures.Skip(1)] }).EffectOn(Apr2021).InEffect);
    }

    [Fact]
    public void ADraftWithNothing_HasEmptyLists()
    {
        var draft = new CharterDraft();
        Assert.Empty(draft.Versions);
        Assert.Empty(draft.Members);
        Assert.Empty(draft.Variations);
        Assert.Empty(draft.Signatures);
        Assert.Empty(draft.Admissions);
        Assert.Empty(draft.NonMemberPartners);
        var reset = SmallDraft() with { Versions = default, Partners = default, Signatures = default };
        Assert.Empty(reset.Versions);
        Assert.Empty(reset.Partners);
        Assert.Empty(reset.Signatures);
        Assert.Equal(RuleStatus.NotEvaluated, CharterRules.SupportByAllPartners.Check(new CharterDraft(default, default, default, default, default, default), On(Apr2021)).Status);
    }

    [Fact]
    public void For_ThePartnerRegister_MembersAreTheSignatories_NonMembersAreNot()
    {
        var draft = CharterDraft.For(CheshireAndMerseyside.Partners);
        Assert.Equal(47, draft.Members.Length);
        Assert.Equal(CheshireAndMerseyside.Partners.NonMembers.Count(), draft.NonMemberPartners.Length);
        Assert.Contains(Org("all-pcns"), draft.Members);
        Assert.Contains(Org("healthwatch-wirral"), draft.Members);
        Assert.Contains(Org("nhse-nhsi"), draft.NonMemberPartners);
        Assert.Same(MemorandumVersion.November2020Draft, Assert.Single(draft.Versions));
    }

    [Fact]
    public void For_ThePartnerRegister_TheDraftHasEffectOnlyWhenAll47HaveSigned()
    {
        var draft = CharterDraft.For(CheshireAndMerseyside.Partners);
        var unsigned = CharterRules.SupportByAllPartners.Check(draft, On(Apr2021));
        Assert.Equal(47, unsigned.Issues.Count(i => i.Code == SupportByAllPartnersRule.PartnerHasNotSupported.Code));
        var signed = draft with { Signatures = AllSign(draft.Members, Mar2021) };
        var result = CharterRules.SupportByAllPartners.Check(signed, On(Apr2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("true", result.Figures["inEffect"]);
    }
}
