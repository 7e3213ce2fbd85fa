using CareCommunity.Domain.Governance.Charter;
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
    }
}
