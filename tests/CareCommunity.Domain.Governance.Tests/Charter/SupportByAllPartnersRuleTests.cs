using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>MOU-9: "For the document to have effect all Partners must have supported it." (004 l.1348); counterparts
/// (l.1348-1350); additional partners (l.1340-1344).</summary>
public sealed class SupportByAllPartnersRuleTests
{
    private static readonly SupportByAllPartnersRule Rule = CharterRules.SupportByAllPartners;

    private static PartnerAdmission Ambulance(IEnumerable<OrganisationId>? agreedBy = null, LocalDate? committedOn = null, string? objective = "urgent care at scale",
        BoardAgreement? board = null) =>
        PartnerAdmission.Create("north-west-ambulance-service", Jun2021, Jun2021, (agreedBy ?? Three).Select(p => p.Value), board, committedOn ?? Jun2021, objective).Value;

    [Fact]
    public void Check_AllPartnersHaveSupportedIt_TheDocumentHasEffect()
    {
        var result = Rule.Check(SmallDraft(), On(Jun2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("true", result.Figures["inEffect"]);
        Assert.Equal("2021-03-31", result.Figures["effectiveFrom"]);
        Assert.Equal("3", result.Figures["counterparts"]);
        Assert.Equal("All 3 Partners have supported the memorandum (in effect since 2021-03-31); 0 additional partner(s) admitted.", result.Summary);
    }

    [Fact]
    public void Check_AllAnnexAPartnersOnOneCounterpart_TheCounterpartsTogetherAreOneDocument()
    {
        var draft = new CharterDraft
        {
            Partners = [.. AnnexA.Select(p => (OrganisationId?)p)],
            Signatures = [.. AnnexA.Select((p, i) => (SignatureRecord?)Signed(p, Mar2021.PlusDays(-i), counterpart: i % 2 == 0 ? "even" : "odd"))],
        };
        var result = Rule.Check(draft, On(Apr2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("47", result.Figures["partners"]);
        Assert.Equal("2", result.Figures["counterparts"]);
    }

    [Fact]
    public void Check_APartnerHasNotSupportedIt_TheDocumentHasNoEffect()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Take(2)] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal(RuleStatus.NotMet, result.Status);
        var issue = Single(result, SupportByAllPartnersRule.PartnerHasNotSupported, Severity.Error);
        Assert.Equal("wirral-council", issue.OffendingValue);
        Assert.Equal("$.partners[2]", issue.Location.ToString());
        Assert.Contains("for the document to have effect all Partners must have supported it", issue.Message, StringComparison.Ordinal);
        Assert.Equal("false", result.Figures["inEffect"]);
    }

    [Fact]
    public void Check_AVersionInForceBeforeAllPartnersSupportedIt_IsAnError()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Take(2), Signed(Three[2], new LocalDate(2021, 4, 20))] };
        var issue = Single(Rule.Check(draft, On(Jun2021)), SupportByAllPartnersRule.InForceBeforeEffect, Severity.Error);
        Assert.Contains("had effect only from 2021-04-20", issue.Message, StringComparison.Ordinal);
        Assert.Equal("$.versions[0].period.from", issue.Location.ToString());
        var never = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Take(2)] };
        Assert.Contains("1 Partner(s) have not supported", Single(Rule.Check(never, On(Jun2021)), SupportByAllPartnersRule.InForceBeforeEffect, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ANonMemberSigns_ItIsNotASignatory_Information()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures, Signed(NonMembers[2], Mar2021)] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal("public-health-england", Single(result, SupportByAllPartnersRule.NonMemberSignature, Severity.Information).OffendingValue);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void Check_ASignatureByAnOrganisationNotListed_IsAnIntegrityError()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures, Signed(Org("merseyside-police"), Mar2021)] };
        Assert.Equal("$.signatures[3].partnerId", Single(Rule.Check(draft, On(Jun2021)), CharterIntegrity.UnknownPartner, Severity.Error).Location.ToString());
    }

    [Fact]
    public void Check_ACounterpartWhoseDeliveryIsNotRecorded_CountsFromSigning_UnlessDeliveryIsRequired()
    {
        var undelivered = SignatureRecord.Create(Three[2].Value, "wirral", Mar2021).Value;
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Take(2), undelivered] };
        var lenient = Rule.Check(draft, On(Jun2021));
        Assert.Equal(RuleStatus.Met, lenient.Status);
        Assert.Contains("counts from its signing on 2021-03-31", Single(lenient, SupportByAllPartnersRule.DeliveryNotRecorded, Severity.Information).Message, StringComparison.Ordinal);
        var strict = Rule.Check(draft, On(Jun2021, new CharterOptions { RequireDeliveryDate = true }));
        Assert.Equal("wirral-council", Single(strict, SupportByAllPartnersRule.PartnerHasNotSupported, Severity.Error).OffendingValue);
    }

    [Fact]
    public void Check_ASignatureAfterTheEvaluationDate_DoesNotCountYet()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Take(2), Signed(Three[2], Jan2022)], Versions = [] };
        var result = Rule.Check(draft, On(Jun2021));
        Single(result, DocumentIntegrity.DateInFuture, Severity.Error);
        Single(result, SupportByAllPartnersRule.PartnerHasNotSupported, Severity.Error);
    }

    [Fact]
    public void Check_APartnerListedTwice_OrAsMemberAndNonMember_IsAnIntegrityError()
    {
        var draft = SmallDraft() with { NonMemberPartners = [Three[0], null] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal("$.nonMemberPartners[0]", Single(result, DocumentIntegrity.DuplicateId, Severity.Error).Location.ToString());
    }

    [Fact]
    public void Check_NoPartnersListed_IsNotEvaluated()
    {
        var result = Rule.Check(new CharterDraft(), On(Jun2021));
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Contains("no Partner is listed", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheyAgreeToIncludeAnAdditionalPartner_WhichCommitsToThePrinciplesAndObjectives_IsMet()
    {
        var result = Rule.Check(SmallDraft() with { Admissions = [Ambulance()] }, On(Jun2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("1", result.Figures["admissions"]);
        Assert.Equal("allPartners", result.Figures["admissionThreshold"]);
    }

    [Fact]
    public void Check_AnAdditionalPartnerIncludedWithoutAgreement_IsAnError()
    {
        var result = Rule.Check(SmallDraft() with { Admissions = [Ambulance(agreedBy: [])] }, On(Jun2021));
        Assert.Contains("the Partners may agree to include additional partners",
            Single(result, SupportByAllPartnersRule.AdmissionNotAgreed, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheThreshold_IsTheLibrarysReading_InformationUnlessRaised()
    {
        var twoOfThree = SmallDraft() with { Admissions = [Ambulance(agreedBy: Three.Take(2))] };
        var all = Rule.Check(twoOfThree, On(Jun2021));
        Assert.Contains("2 of 3 Partners agreed, not all of them", Single(all, SupportByAllPartnersRule.AdmissionBelowThreshold, Severity.Information).Message, StringComparison.Ordinal);
        Assert.Equal(RuleStatus.Met, all.Status);

        var share = new CharterOptions { AdmissionThreshold = AdmissionThreshold.Share, AdmissionSharePercent = 66 };
        None(Rule.Check(twoOfThree, On(Jun2021, share)), SupportByAllPartnersRule.AdmissionBelowThreshold);
        Single(Rule.Check(twoOfThree, On(Jun2021, share with { AdmissionSharePercent = 67 })), SupportByAllPartnersRule.AdmissionBelowThreshold, Severity.Information);

        var board = new CharterOptions { AdmissionThreshold = AdmissionThreshold.PartnershipBoard };
        Single(Rule.Check(twoOfThree, On(Jun2021, board)), SupportByAllPartnersRule.AdmissionBelowThreshold, Severity.Information);
        var byBoard = SmallDraft() with { Admissions = [Ambulance(agreedBy: [], board: new BoardAgreement(Jun2021, "PB/2021/06/3"))] };
        Assert.Equal(RuleStatus.Met, Rule.Check(byBoard, On(Jun2021, board)).Status);

        var raised = board with { SeverityOverrides = board.SeverityOverrides.Add(SupportByAllPartnersRule.AdmissionBelowThreshold.Code, Severity.Error) };
        Assert.Equal(RuleStatus.NotMet, Rule.Check(twoOfThree, On(Jun2021, raised)).Status);
    }

    [Fact]
    public void Check_AnAdditionalPartnerThatHasNotCommitted_ByTheDayItJoined_IsAnError()
    {
        var none = PartnerAdmission.Create("north-west-ambulance-service", Jun2021, agreedBy: Three.Select(p => p.Value), objective: "urgent care").Value;
        Assert.Contains("shall commit", Single(Rule.Check(SmallDraft() with { Admissions = [none] }, On(Jun2021)), SupportByAllPartnersRule.AdmissionWithoutCommitment, Severity.Error).Message,
            StringComparison.Ordinal);
        var late = Ambulance(committedOn: Jun2021.PlusDays(1));
        Assert.Contains("after it became a Partner", Single(Rule.Check(SmallDraft() with { Admissions = [late] }, On(Jan2022)), SupportByAllPartnersRule.AdmissionWithoutCommitment, Severity.Error).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnAdmissionThatDoesNotSayWhyItIsAppropriateToAchieveTheObjectives_IsInformation()
    {
        Single(Rule.Check(SmallDraft() with { Admissions = [Ambulance(objective: null)] }, On(Jun2021)), SupportByAllPartnersRule.AdmissionObjectiveNotStated, Severity.Information);
    }

    [Fact]
    public void Check_AdmittingAPartnerTwice_OrAMember_IsAnIntegrityError()
    {
        var member = PartnerAdmission.Create(Three[0].Value, Jun2021, agreedBy: Three.Skip(1).Select(p => p.Value), committedOn: Jun2021, objective: "x").Value;
        Single(Rule.Check(SmallDraft() with { Admissions = [member] }, On(Jun2021)), SupportByAllPartnersRule.AlreadyAPartner, Severity.Error);
        var twice = Rule.Check(SmallDraft() with { Admissions = [Ambulance(), Ambulance()] }, On(Jun2021));
        Assert.Equal("$.admissions[1].partnerId", Single(twice, SupportByAllPartnersRule.AlreadyAPartner, Severity.Error).Location.ToString());
    }

    [Fact]
    public void Check_AnAgreementByAnOrganisationThatIsNotAPartner_IsAnIntegrityError()
    {
        var result = Rule.Check(SmallDraft() with { Admissions = [Ambulance(agreedBy: [.. Three, Org("merseyside-police")])] }, On(Jun2021));
        Assert.Equal("merseyside-police", Single(result, CharterIntegrity.UnknownPartner, Severity.Error).OffendingValue);
    }

    [Fact]
    public void Check_AnAdmissionDatedAfterTheEvaluationDate_IsReportedAndNotCounted()
    {
        var result = Rule.Check(SmallDraft() with { Admissions = [Ambulance(), null] }, On(Jun2021.PlusDays(-1)));
        Single(result, DocumentIntegrity.DateInFuture, Severity.Error);
        Assert.Equal("0", result.Figures["admissions"]);
    }
}
