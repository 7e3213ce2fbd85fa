using CareCommunity.Domain.Governance.Charter;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class CharterContextTests
{
    [Fact]
    public void Default_IsTheDecisionsDefaults()
    {
        var o = CharterOptions.Default;
        Assert.Equal(0, o.MinimumConsultationDays);
        Assert.False(o.RequireDeliveryDate);
        Assert.Equal(AdmissionThreshold.AllPartners, o.AdmissionThreshold);
        Assert.Equal(75, o.AdmissionSharePercent);
        Assert.Empty(o.SeverityOverrides);
        Assert.Same(CharterOptions.Default, On(Apr2021).EffectiveOptions);
    }

    [Fact]
    public void Options_OutOfRange_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CharterOptions { MinimumConsultationDays = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CharterOptions { AdmissionSharePercent = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CharterOptions { AdmissionSharePercent = 101 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CharterOptions { AdmissionThreshold = (AdmissionThreshold)7 });
        Assert.Equal(AdmissionThreshold.Share, new CharterOptions { AdmissionThreshold = AdmissionThreshold.Share }.AdmissionThreshold);
    }
}
