using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Tests.Kernel;

public sealed class ModelTextTests
{
    [Fact]
    public void Of_EnumValue_IsCamelCaseLikeTheJsonDocuments()
    {
        Assert.Equal("healthwatch", ModelText.Of(CoreRole.Healthwatch));
        Assert.Equal("pcnClinicalDirector", ModelText.Of(CoreRole.PcnClinicalDirector));
        Assert.Equal("nursingOrAhpLead", ModelText.Of(LeadershipRole.NursingOrAhpLead));
        Assert.Equal("placeOperationalReport", ModelText.Of(ReportingObligation.PlaceOperationalReport));
    }

    [Fact]
    public void Of_UndefinedValue_IsItsNumber() => Assert.Equal("42", ModelText.Of((CoreRole)42));

    [Fact]
    public void Of_EveryDefinedValue_RoundTripsIgnoringCase() =>
        Assert.All(Enum.GetValues<PartnerKind>(), k => Assert.Equal(k, Enum.Parse<PartnerKind>(ModelText.Of(k), ignoreCase: true)));
}
