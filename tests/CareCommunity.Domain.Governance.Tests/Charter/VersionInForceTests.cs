using CareCommunity.Domain.Governance.Charter;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class VersionInForceTests
{
    [Fact]
    public void Match_MakesTheCallerHandleBothCases()
    {
        var register = MemorandumVersions.Create([Adopted]).Value;
        Assert.Equal("cm-hcp-mou-2020-11-draft", register.InForceOn(Jun2021).Match(v => v.Id.Value, n => n.Message));
        Assert.Equal("No version of the memorandum is in force on 2021-03-31: the first version, 'cm-hcp-mou-2020-11-draft', takes effect on 2021-04-01.",
            register.InForceOn(Mar2021).Match(v => v.Id.Value, n => n.Message));
        Assert.StartsWith("In force: cm-hcp-mou-2020-11-draft", register.InForceOn(Jun2021).ToString(), StringComparison.Ordinal);
        Assert.Null(register.InForceOn(Jun2021).None);
        Assert.Null(register.InForceOn(Mar2021).Version);
    }

    [Fact]
    public void NoVersionInForce_EveryReasonHasASentence()
    {
        Assert.Equal("No version of the memorandum is in force on 2021-04-01: the register holds no version.",
            new NoVersionInForce(Apr2021, NoVersionReason.RegisterEmpty, null, null).ToString());
        Assert.Equal("No version of the memorandum is in force on 2021-04-01: no version in the register has an effective period.",
            new NoVersionInForce(Apr2021, NoVersionReason.NoneInForce, null, null).Message);
        Assert.Equal("No version of the memorandum is in force on 2021-04-01: the last version, 'v', ended on 2021-03-31.",
            new NoVersionInForce(Apr2021, NoVersionReason.AfterLast, Version("v", Mar2021.PlusDays(-10), Mar2021), null).Message);
    }
}
