using CareCommunity.Domain.Governance.Charter;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class PartnerAdmissionTests
{
    [Fact]
    public void Create_HoldsWhoAgreedWhenItJoinedAndItsCommitment()
    {
        var a = PartnerAdmission.Create("north-west-ambulance-service", Jun2021, Jun2021.PlusDays(14), ["wirral-council", "cheshire-east-council", "wirral-council"],
            new BoardAgreement(Jun2021, "PB/2021/06/3"), Jun2021.PlusDays(10), "  urgent care at scale  ").Value;
        Assert.Equal("north-west-ambulance-service", a.Partner.Value);
        Assert.Equal(Jun2021, a.AgreedOn);
        Assert.Equal(Jun2021.PlusDays(14), a.AdmittedOn);
        Assert.Equal(["cheshire-east-council", "wirral-council"], a.AgreedBy.Select(p => p.Value));
        Assert.Equal("urgent care at scale", a.Objective);
        Assert.Equal(Jun2021.PlusDays(10), a.CommittedOn);
        Assert.Equal("north-west-ambulance-service admitted 2021-06-29", a.ToString());
    }

    [Fact]
    public void Create_AdmittedOnDefaultsToTheAgreement_AndABlankObjectiveIsNone()
    {
        var a = PartnerAdmission.Create("north-west-ambulance-service", Jun2021, objective: " ").Value;
        Assert.Equal(Jun2021, a.AdmittedOn);
        Assert.Null(a.Objective);
        Assert.Empty(a.AgreedBy);
    }

    [Fact]
    public void Create_ReportsEveryProblem()
    {
        var result = PartnerAdmission.Create(null, Jun2021, Jun2021.PlusDays(-1), ["Not Valid", null], objective: new string('x', PartnerAdmission.MaxObjectiveLength + 1));
        Assert.Equal(
            ["charter.admission-partner-missing", "charter.admission-agreed-by-invalid", "charter.admission-agreed-by-invalid", "charter.admission-before-agreement", "charter.admission-objective-too-long"],
            result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal("$.agreedBy[1]", result.Issues[2].Location.ToString());
        Assert.Equal("charter.admission-partner-invalid", Assert.Single(PartnerAdmission.Create("Bad Id", Jun2021).Issues).Code.ToString());
    }
}
