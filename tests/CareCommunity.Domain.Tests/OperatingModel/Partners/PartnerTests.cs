using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Tests.OperatingModel.Partners;

public sealed class PartnerTests
{
    [Fact]
    public void RegisteredPopulation_Positive_FormatsInvariantly()
    {
        var population = RegisteredPopulation.Create(52_340);
        Assert.Equal(52_340, population.Count);
        Assert.Equal("52,340", population.ToString());
        Assert.True(RegisteredPopulation.Create(1).CompareTo(population) < 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RegisteredPopulation_NotPositive_Throws(int count) =>
        Assert.Throws<RuleViolationException>(() => RegisteredPopulation.Create(count));

    [Fact]
    public void Person_TrimsNameAndChecksIds()
    {
        var person = new Person(SamplePeople.Coach, "  Sam Whitfield ", SampleOrganisations.CommunityHealth);
        Assert.Equal("Sam Whitfield", person.Name);
        Assert.Equal(Profession.Unspecified, person.Profession);
        Assert.Throws<ArgumentException>(() => new Person(default, "X", SampleOrganisations.Pcn));
        Assert.Throws<ArgumentException>(() => new Person(SamplePeople.Coach, "X", default));
        Assert.Throws<ArgumentException>(() => new Person(SamplePeople.Coach, " ", SampleOrganisations.Pcn));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Person(SamplePeople.Coach, "X", SampleOrganisations.Pcn, (Profession)99));
    }

    [Fact]
    public void Organisation_TrimsNameAndChecksKind()
    {
        Assert.Equal("CWP", new Organisation(SampleOrganisations.Cwp, " CWP ", PartnerKind.MentalHealthTrust).Name);
        Assert.Throws<ArgumentException>(() => new Organisation(default, "CWP", PartnerKind.MentalHealthTrust));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Organisation(SampleOrganisations.Cwp, "CWP", (PartnerKind)99));
    }

    [Fact]
    public void WiderMember_NeedsAPersonOrAnOrganisation()
    {
        Assert.Throws<ArgumentException>(() => new WiderMember(WiderMemberKind.Police, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WiderMember((WiderMemberKind)99, null, SampleOrganisations.Police));
        var member = new WiderMember(WiderMemberKind.FireAndRescue, null, SampleOrganisations.FireAndRescue);
        Assert.Null(member.Person);
        Assert.Equal(SampleOrganisations.FireAndRescue, member.Organisation);
    }

    [Fact]
    public void OfferElement_ChecksScopeAndBudget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfferElement("X", OfferScope.LocalVariation, Money.FromPounds(-1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfferElement("X", (OfferScope)5, Money.Zero));
        Assert.Equal("X", new OfferElement(" X ", OfferScope.PlaceConsistent, Money.Zero).Name);
    }

    [Fact]
    public void RiskRegister_DuplicateId_IsCc7DuplicateId()
    {
        var risk = new Risk(RiskId.Create("r-1"), "R", RiskRating.Create(1, 1), SamplePeople.Coach, RiskStatus.Open, new NodaTime.LocalDate(2024, 1, 1), null);
        var builder = LocalCareCommunityBuilder.Valid().WithRisk(risk).WithRisk(risk);
        var draft = builder.BuildDraft();
        var issue = Assert.Single(new OperatingModelValidator().Validate(draft, builder.AsOfDate).Issues, i => i.Code == DocumentIntegrity.DuplicateId.Code);
        Assert.Equal($"$.riskRegister.risks[{draft.RiskRegister!.Value.Length - 1}].id", issue.Location.ToString());
        Assert.Equal("CC-7", issue.Rule.ToString());
        var register = LocalCareCommunityBuilder.Valid().WithRisk(risk).WithRisk(risk with { Id = RiskId.Create("r-2"), Status = RiskStatus.Closed }).Build().RiskRegister;
        Assert.Contains(risk, register.Open);
        Assert.DoesNotContain(register.Open, r => r.Id == RiskId.Create("r-2"));
    }
}
