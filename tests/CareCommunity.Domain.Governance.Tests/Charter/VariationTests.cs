using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class VariationTests
{
    private static readonly LocalDate May1 = new(2021, 5, 1);
    private static readonly LocalDate May20 = new(2021, 5, 20);

    [Fact]
    public void Create_HoldsTheProposalConsultationsAgreementAndResult()
    {
        var v = Vary("annex-7", ConsultAll(Three, May1), new BoardAgreement(May20, " PB/2021/05/7 "), "mou-2021-06", new LocalDate(2021, 6, 1));
        Assert.Equal("annex-7", v.Id.Value);
        Assert.Equal("Add the terms of reference as Annex 7", v.Summary);
        Assert.Equal("cm-hcp-mou-2020-11-draft", v.Varies.Value);
        Assert.Equal(3, v.Consultations.Length);
        Assert.True(v.IsAgreed);
        Assert.Equal("PB/2021/05/7", v.Agreement!.DecisionReference);
        Assert.Equal("mou-2021-06", v.Produces!.Value.Value);
        Assert.Equal("annex-7 varies cm-hcp-mou-2020-11-draft (agreed 2021-05-20)", v.ToString());
    }

    [Fact]
    public void Create_ReportsEveryProblem()
    {
        var result = Variation.Create("Bad Id", "", null, [null], null, "cm-hcp-mou-2020-11-draft", null);
        Assert.Equal(
            ["charter.variation-id-invalid", "charter.variation-summary-missing", "charter.variation-varies-missing", "charter.consultation-missing", "charter.variation-effect-incomplete"],
            result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal("$.consultations[0]", result.Issues[3].Location.ToString());
    }

    [Fact]
    public void Create_AVariationProducesANewVersion_NotTheOneItVaries()
    {
        var result = Variation.Create("v", "x", "mou-a", [], null, "mou-a", Apr2021);
        Assert.Equal("charter.variation-produces-what-it-varies", Assert.Single(result.Issues).Code.ToString());
        Assert.Equal("charter.variation-effect-incomplete", Assert.Single(Variation.Create("v", "x", "mou-a", [], null, null, Apr2021).Issues).Code.ToString());
        Assert.Equal("charter.variation-summary-too-long", Assert.Single(Variation.Create("v", new string('x', Variation.MaxSummaryLength + 1), "mou-a", []).Issues).Code.ToString());
        Assert.Equal("charter.variation-produces-invalid", Assert.Single(Variation.Create("v", "x", "mou-a", [], null, "Not Valid", Apr2021).Issues).Code.ToString());
        Assert.Equal("charter.variation-varies-invalid", Assert.Single(Variation.Create("v", "x", "Not Valid", []).Issues).Code.ToString());
        Assert.Equal("charter.variation-id-missing", Assert.Single(Variation.Create(null, "x", "mou-a", []).Issues).Code.ToString());
    }

    [Fact]
    public void ConsultationGaps_AfterConsultationWithAllPartners_ThereAreNone()
    {
        var v = Vary("annex-7", ConsultAll(Three, May1), new BoardAgreement(May20, "PB/2021/05/7"));
        Assert.Empty(v.ConsultationGaps(Three));
    }

    [Fact]
    public void ConsultationGaps_NamesAPartnerNotConsulted_AndOneConsultedAfterTheBoardAgreed()
    {
        Consultation[] consultations = [new(Three[0], May1), new(Three[1], May20.PlusDays(3))];
        var v = Vary("annex-7", consultations, new BoardAgreement(May20, "PB/2021/05/7"));
        var gaps = v.ConsultationGaps(Three);
        Assert.Equal(
            [new ConsultationGap(Three[1], ConsultationGapKind.ConsultedTooLate, May20.PlusDays(3)), new ConsultationGap(Three[2], ConsultationGapKind.NotConsulted, null)],
            gaps.ToArray());
    }

    [Fact]
    public void ConsultationGaps_OnTheDayOfTheAgreementCounts_UnlessADayBeforeIsAsked()
    {
        var v = Vary("annex-7", ConsultAll(Three, May20), new BoardAgreement(May20, "PB/2021/05/7"));
        Assert.Empty(v.ConsultationGaps(Three, 0));
        Assert.All(v.ConsultationGaps(Three, 1), g => Assert.Equal(ConsultationGapKind.ConsultedTooLate, g.Kind));
        Assert.Throws<ArgumentOutOfRangeException>(() => v.ConsultationGaps(Three, -1));
    }

    [Fact]
    public void ConsultationGaps_WhilePending_OnlyThoseNeverConsulted()
    {
        var v = Vary("annex-7", [new Consultation(Three[0], May1)], null);
        Assert.Equal([Three[1], Three[2]], v.ConsultationGaps(Three).Select(g => g.Partner));
        Assert.All(v.ConsultationGaps(Three), g => Assert.Equal(ConsultationGapKind.NotConsulted, g.Kind));
    }

    [Fact]
    public void ConsultationAndBoardAgreement_RefuseWhatIdentifiesNothing()
    {
        Assert.Throws<ArgumentException>(() => new Consultation(default, May1));
        Assert.Throws<ArgumentException>(() => new BoardAgreement(May20, " "));
        Assert.Throws<ArgumentException>(() => new BoardAgreement(May20, new string('x', BoardAgreement.MaxReferenceLength + 1)));
        Assert.Equal("cheshire-east-council consulted 2021-05-01", new Consultation(CheshireEastCouncil, May1).ToString());
        Assert.Equal("agreed by the Board on 2021-05-20 (PB/2021/05/7)", new BoardAgreement(May20, "PB/2021/05/7").ToString());
        Assert.Equal(OrganisationId.Create("cheshire-east-council"), new Consultation(CheshireEastCouncil, May1).Partner);
    }
}
