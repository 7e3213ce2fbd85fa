using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>MOU-8: "This Memorandum, including the Schedules, may only be varied by the agreement of the Board after
/// consultation with all Partners." (004 l.1312)</summary>
public sealed class VariationsRuleTests
{
    private static readonly LocalDate May1 = new(2021, 5, 1);
    private static readonly LocalDate May20 = new(2021, 5, 20);
    private static readonly LocalDate June1 = new(2021, 6, 1);
    private static readonly BoardAgreement Agreed = new(May20, "PB/2021/05/7");

    private static readonly VariationsRule Rule = CharterRules.Variations;

    // The adopted draft, varied from 1 June 2021 by a variation the Board agreed on 20 May.
    private static CharterDraft Varied(Variation variation, MemorandumVersion? produced = null) => SmallDraft() with
    {
        Versions = [Adopted.WithPeriod(EffectivePeriod.Between(Apr2021, June1.PlusDays(-1))).Value, produced ?? Version("mou-2021-06", June1)],
        Variations = [variation],
    };

    [Fact]
    public void Check_VariedByTheAgreementOfTheBoardAfterConsultationWithAllPartners_IsMet()
    {
        var result = Rule.Check(Varied(Vary("annex-7", ConsultAll(Three, May1), Agreed, "mou-2021-06", June1)), On(Jun2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("mou-2021-06", result.Figures["versionInForce"]);
        Assert.Equal("1", result.Figures["variationsAgreed"]);
        Assert.Equal("1 variation(s) of 2 version(s): 1 agreed by the Board, 0 pending; in force on 2021-06-15: mou-2021-06.", result.Summary);
    }

    [Fact]
    public void Check_APartnerNotConsulted_IsAnError()
    {
        var result = Rule.Check(Varied(Vary("annex-7", ConsultAll(Three.Take(2), May1), Agreed, "mou-2021-06", June1)), On(Jun2021));
        Assert.Equal(RuleStatus.NotMet, result.Status);
        var issue = Single(result, VariationsRule.PartnerNotConsulted, Severity.Error);
        Assert.Equal("wirral-council", issue.OffendingValue);
        Assert.Equal("$.variations[0].consultations", issue.Location.ToString());
        Assert.Contains("after consultation with all Partners", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_APartnerConsultedOnlyAfterTheBoardAgreed_IsAnError()
    {
        Consultation[] consultations = [.. ConsultAll(Three.Take(2), May1), new Consultation(Three[2], May20.PlusDays(1))];
        var result = Rule.Check(Varied(Vary("annex-7", consultations, Agreed, "mou-2021-06", June1)), On(Jun2021));
        Assert.Equal("wirral-council", Single(result, VariationsRule.ConsultedAfterAgreement, Severity.Error).OffendingValue);
        None(result, VariationsRule.PartnerNotConsulted);
    }

    [Fact]
    public void Check_ConsultationOnTheDayOfTheAgreement_CountsUnlessADayBeforeIsAsked()
    {
        var draft = Varied(Vary("annex-7", ConsultAll(Three, May20), Agreed, "mou-2021-06", June1));
        Assert.Equal(RuleStatus.Met, Rule.Check(draft, On(Jun2021)).Status);
        var strict = Rule.Check(draft, On(Jun2021, new CharterOptions { MinimumConsultationDays = 1 }));
        Assert.Equal(3, strict.Issues.Count(i => i.Code == VariationsRule.ConsultedAfterAgreement.Code));
        Assert.Equal("1", strict.Figures["minimumConsultationDays"]);
    }

    [Fact]
    public void Check_APartnerAdmittedBeforeTheAgreement_MustAlsoBeConsulted()
    {
        var ambulance = PartnerAdmission.Create("north-west-ambulance-service", May1, agreedBy: Three.Select(p => p.Value), committedOn: May1, objective: "urgent care").Value;
        var draft = Varied(Vary("annex-7", ConsultAll(Three, May1), Agreed, "mou-2021-06", June1)) with { Admissions = [ambulance] };
        Assert.Equal("north-west-ambulance-service", Single(Rule.Check(draft, On(Jun2021)), VariationsRule.PartnerNotConsulted, Severity.Error).OffendingValue);
    }

    [Fact]
    public void Check_AVersionInForceFromAVariationTheBoardHasNotAgreed_IsAnError()
    {
        var result = Rule.Check(Varied(Vary("annex-7", ConsultAll(Three, May1), null, "mou-2021-06", June1)), On(Jun2021));
        var issue = Single(result, VariationsRule.NotAgreed, Severity.Error);
        Assert.Contains("may only be varied by the agreement of the Board", issue.Message, StringComparison.Ordinal);
        Assert.Equal("$.variations[0].agreement", issue.Location.ToString());
    }

    [Fact]
    public void Check_APendingVariation_IsMet_AndCounted()
    {
        var draft = SmallDraft() with { Variations = [Vary("annex-7", ConsultAll(Three.Take(1), May1), null)] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("1", result.Figures["variationsPending"]);
    }

    [Fact]
    public void Check_AVariationTakingEffectBeforeTheBoardAgreed_IsAnError()
    {
        var from = May20.PlusDays(-5);
        var draft = SmallDraft() with
        {
            Versions = [Adopted.WithPeriod(EffectivePeriod.Between(Apr2021, from.PlusDays(-1))).Value, Version("mou-2021-05", from)],
            Variations = [Vary("annex-7", ConsultAll(Three, May1), Agreed, "mou-2021-05", from)],
        };
        Assert.Equal("2021-05-15", Single(Rule.Check(draft, On(Jun2021)), VariationsRule.VariedBeforeAgreement, Severity.Error).OffendingValue);
    }

    [Fact]
    public void Check_TheProducedVersionMissingOrStartingElsewhere_IsAnIntegrityError()
    {
        var missing = Rule.Check(SmallDraft() with { Variations = [Vary("annex-7", ConsultAll(Three, May1), Agreed, "mou-2021-06", June1)] }, On(Jun2021));
        Assert.Contains("is not listed in $.versions", Single(missing, VariationsRule.VersionMismatch, Severity.Error).Message, StringComparison.Ordinal);
        var elsewhere = Rule.Check(Varied(Vary("annex-7", ConsultAll(Three, May1), Agreed, "mou-2021-06", June1.PlusDays(1))), On(Jun2021));
        Assert.Contains("takes effect on 2021-06-01", Single(elsewhere, VariationsRule.VersionMismatch, Severity.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AgreedButNoVersionRecorded_IsInformation()
    {
        var result = Rule.Check(SmallDraft() with { Variations = [Vary("annex-7", ConsultAll(Three, May1), Agreed)] }, On(Jun2021));
        Single(result, VariationsRule.AgreedWithoutVersion, Severity.Information);
        Assert.Equal(RuleStatus.Met, result.Status);
    }

    [Fact]
    public void Check_ALaterVersionWithoutAVariation_IsInformation_TheRegisterIsUserExtensible()
    {
        // e.g. a new memorandum after the Health and Care Act 2022 abolished CCGs on 1 July 2022: the user's entry, not the seed's.
        var draft = SmallDraft() with
        {
            Versions = [Adopted.WithPeriod(EffectivePeriod.Between(Apr2021, new LocalDate(2022, 6, 30))).Value, Version("cm-ics-2022", new LocalDate(2022, 7, 1))],
        };
        var result = Rule.Check(draft, On(new LocalDate(2022, 7, 1)));
        Assert.Equal("cm-ics-2022", Single(result, VariationsRule.VersionWithoutVariation, Severity.Information).OffendingValue);
        Assert.Equal("cm-ics-2022", result.Figures["versionInForce"]);
        var raised = Rule.Check(draft, On(new LocalDate(2022, 7, 1), new CharterOptions
        {
            SeverityOverrides = new Dictionary<IssueCode, Severity> { [VariationsRule.VersionWithoutVariation.Code] = Severity.Warning }.ToImmutableDictionary(),
        }));
        Assert.Equal(RuleStatus.NotMet, raised.Status);
    }

    [Fact]
    public void Check_OverlappingAndRepeatedVersions_AreIntegrityErrors()
    {
        var draft = SmallDraft() with { Versions = [Adopted, Version("mou-2021-06", June1), Adopted] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal("$.versions[1].period", Single(result, CharterIntegrity.VersionsOverlap, Severity.Error).Location.ToString());
        Assert.Equal("$.versions[2].id", Single(result, DocumentIntegrity.DuplicateId, Severity.Error).Location.ToString());
        Assert.Equal("unknown", result.Figures["versionInForce"]);
    }

    [Fact]
    public void Check_UnknownVersionsAndPartners_AreIntegrityErrors_NonMembersMayBeConsulted()
    {
        Consultation[] consultations = [.. ConsultAll(Three, May1), new Consultation(NonMembers[0], May1), new Consultation(Org("merseyside-police"), May1)];
        var draft = SmallDraft() with { Variations = [Vary("annex-7", consultations, Agreed, varies: "mou-1999")] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal("mou-1999", Single(result, CharterIntegrity.UnknownVersion, Severity.Error).OffendingValue);
        var unknown = Single(result, CharterIntegrity.UnknownPartner, Severity.Error);
        Assert.Equal("merseyside-police", unknown.OffendingValue);
        Assert.Equal("$.variations[0].consultations[4].partnerId", unknown.Location.ToString());
    }

    [Fact]
    public void Check_DatesAfterTheEvaluationDate_AreReported()
    {
        var result = Rule.Check(SmallDraft() with { Variations = [Vary("annex-7", ConsultAll(Three, Jan2022), new BoardAgreement(Jan2022, "PB/2022/01"))] }, On(Jun2021));
        Assert.Equal(4, result.Issues.Count(i => i.Code == DocumentIntegrity.DateInFuture.Code));
    }

    [Fact]
    public void Check_AnUnreadableEntry_MakesTheRuleNotEvaluated_ButStillChecksTheRest()
    {
        var draft = SmallDraft() with { Versions = [Adopted, null], Variations = [null, Vary("annex-7", [], Agreed)] };
        var result = Rule.Check(draft, On(Jun2021));
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal(3, result.Issues.Count(i => i.Code == VariationsRule.PartnerNotConsulted.Code));
        var clean = Rule.Check(SmallDraft() with { Variations = [null] }, On(Jun2021));
        Assert.Equal(RuleStatus.NotEvaluated, clean.Status);
        Assert.Contains("could not be read", clean.Summary, StringComparison.Ordinal);
    }
}
