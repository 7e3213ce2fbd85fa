using CareCommunity.Domain.Governance.Charter;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class SignatureRecordTests
{
    [Fact]
    public void CountsFrom_IsTheDeliveryWhenRecorded_ElseTheSigning()
    {
        var delivered = SignatureRecord.Create("cheshire-east-council", "counterpart-1", Mar2021.PlusDays(-3), Mar2021, CounterpartForm.ScannedPdf).Value;
        Assert.Equal(Mar2021, delivered.CountsFrom);
        Assert.Equal(CounterpartForm.ScannedPdf, delivered.Form);
        var undelivered = SignatureRecord.Create("cheshire-east-council", "counterpart-1", Mar2021.PlusDays(-3)).Value;
        Assert.Equal(Mar2021.PlusDays(-3), undelivered.CountsFrom);
        Assert.Equal(CounterpartForm.Original, undelivered.Form);
        Assert.Equal("cheshire-east-council signed counterpart-1 on 2021-03-28", undelivered.ToString());
    }

    [Theory]
    [InlineData(CounterpartForm.Fax)]
    [InlineData(CounterpartForm.ScannedJpeg)]
    [InlineData(CounterpartForm.OtherAgreedDigitalFormat)]
    public void Create_EveryFormOfCounterpartInTheSeed_IsAccepted(CounterpartForm form)
    {
        Assert.True(SignatureRecord.Create("wirral-council", "c", Mar2021, null, form).IsSuccess);
    }

    [Fact]
    public void Create_ReportsEveryProblem()
    {
        var result = SignatureRecord.Create(null, "Bad Id", Mar2021, Mar2021.PlusDays(-1), (CounterpartForm)42);
        Assert.Equal(
            ["charter.signature-partner-missing", "charter.signature-counterpart-invalid", "charter.signature-delivered-before-signed", "charter.signature-form-invalid"],
            result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal(["$.partnerId", "$.counterpartId", "$.deliveredOn", "$.form"], result.Issues.Select(i => i.Location.ToString()));
        Assert.Equal(["charter.signature-partner-invalid", "charter.signature-counterpart-missing"],
            SignatureRecord.Create("Not Valid", null, Mar2021).Issues.Select(i => i.Code.ToString()));
    }

    [Fact]
    public void SeveralPartners_MaySignOneCounterpart()
    {
        var a = SignatureRecord.Create("cheshire-east-council", "cheshire-counterpart", Mar2021).Value;
        var b = SignatureRecord.Create("cheshire-west-and-chester-council", "cheshire-counterpart", new LocalDate(2021, 3, 30)).Value;
        Assert.Equal(a.Counterpart, b.Counterpart);
    }
}
