using System.Text.RegularExpressions;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

/// <summary>The charter rule set, MOU-8 and MOU-9: ids, catalogue composition, quotes held verbatim to <c>docs/sources/</c>,
/// severities that follow the wording, and every rule running on every draft without throwing.</summary>
public sealed partial class CharterRulesTests
{
    public static TheoryData<string> RuleIds() => [.. CharterRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Fact]
    public void All_IsMou8AndMou9InOrder_AndTheSetComposesWithTheOperatingModel()
    {
        Assert.Equal(["MOU-8", "MOU-9"], CharterRules.All.Select(r => r.Descriptor.Id.ToString()));
        Assert.Equal(["MOU-8", "MOU-9"], CharterRules.Set.Rules.Select(r => r.Id.ToString()));
        var catalogue = RuleCatalogue.Create(OperatingModelRules.Set, CharterRules.Set);
        Assert.True(catalogue.Contains(RuleId.Parse("MOU-9")));
        Assert.Equal(OperatingModelRules.Set.Rules.Count + 2, catalogue.Rules.Count);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_EveryQuote_OccursVerbatimWithinItsCitedLines(string id)
    {
        var rule = RuleOf(id);
        Assert.NotEmpty(rule.Quotes);
        foreach (var quote in rule.Quotes)
        {
            var lines = File.ReadAllText(RepositoryFiles.PathOf($"docs/sources/{quote.Citation.Document.FileName}")).Split('\n');
            var cited = Normalise(string.Join("\n", lines[(quote.Citation.FirstLine!.Value - 1)..quote.Citation.LastLine!.Value]));
            Assert.Contains(Normalise(quote.Text), cited, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mou8_QuotesTheSeedWithItsModality()
    {
        var quote = CharterRules.Variations.Descriptor.Quotes[0];
        Assert.Equal("This Memorandum, including the Schedules, may only be varied by the agreement of the Board after consultation with all Partners.", quote.Text);
        Assert.Equal(Modality.Must, quote.Modality);
        Assert.Equal("004_0b226576d97cd4ce.txt l.1312", quote.Citation.ToString());
    }

    [Fact]
    public void Mou9_QuotesTheSeedWithItsModality()
    {
        var quotes = CharterRules.SupportByAllPartners.Descriptor.Quotes;
        var effect = Assert.Single(quotes, q => q.Text == "For the document to have effect all Partners must have supported it.");
        Assert.Equal(Modality.Must, effect.Modality);
        Assert.Equal(Modality.May, Assert.Single(quotes, q => q.Text.StartsWith("This Memorandum may be executed in any number of counterparts", StringComparison.Ordinal)).Modality);
        Assert.Equal(Modality.May, Assert.Single(quotes, q => q.Text.StartsWith("If appropriate to achieve the Objectives", StringComparison.Ordinal)).Modality);
        Assert.Equal(Modality.Must, CharterRules.SupportByAllPartners.Descriptor.Modality);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_SeverityFollowsTheWording_AndEveryOptionNamesADecision(string id)
    {
        var rule = RuleOf(id);
        Assert.All(rule.IssueDefinitions, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.All(rule.IssueDefinitions.Where(d => d.Modality == Modality.LibraryReading), d => Assert.Equal(Severity.Information, d.DefaultSeverity));
        Assert.All(rule.Options, o => Assert.Contains("docs/decisions/005", o.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void IssueCodes_AreDefinedOnce_ButTheSharedIntegrityOnes()
    {
        var shared = DocumentIntegrity.All.Concat(CharterIntegrity.All).Select(d => d.Code).ToHashSet();
        var codes = CharterRules.All.SelectMany(r => r.Descriptor.IssueDefinitions).Select(d => d.Code).Where(c => !shared.Contains(c)).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("charter.", c.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void CheckAll_GivesOneResultPerRule_AndEveryIssueNamesItsRule()
    {
        var draft = SmallDraft() with { Signatures = [.. SmallDraft().Signatures.Skip(1)], Variations = [Vary("annex-7", [], new BoardAgreement(Apr2021, "PB"))] };
        var results = CharterRules.CheckAll(draft, On(Jun2021));
        Assert.Equal(["MOU-8", "MOU-9"], results.Select(r => r.Rule.ToString()));
        Assert.All(results, r => Assert.All(r.Issues, i => Assert.Equal(r.Rule, i.Rule)));
        Assert.All(results, r => Assert.Equal(RuleStatus.NotMet, r.Status));
    }

    // An arbitrary draft: versions that may overlap or repeat, partners from a small pool (some unreadable), variations,
    // signatures and admissions with arbitrary dates and references.
    private static CharterDraft ArbitraryDraft(int[] numbers, string?[] texts)
    {
        int N(int i) => numbers.Length == 0 ? i : numbers[Math.Abs(i) % numbers.Length];
        LocalDate D(int i) => new LocalDate(2021, 1, 1).PlusDays(N(i) % 800);
        string Pool(int i) => (Math.Abs(N(i)) % 7) switch { 0 => "cheshire-east-council", 1 => "wirral-council", 2 => "halton-mbc", 3 => "public-health-england", 4 => "merseyside-police", 5 => "north-west-ambulance-service", _ => "nhs-wirral" };
        string? Text(int i) => texts.Length == 0 ? null : texts[Math.Abs(N(i)) % texts.Length];
        var count = Math.Min(numbers.Length, 6);
        var versions = Enumerable.Range(0, count).Select(i =>
            MemorandumVersion.Create(N(i) % 3 == 0 ? "v0" : $"v{i}", Text(i) ?? "t", (MemorandumStatus)(Math.Abs(N(i)) % 2), D(i).PlusDays(-40),
                N(i + 1) % 4 == 0 ? null : EffectivePeriod.Create(D(i), N(i + 2) % 2 == 0 ? null : D(i).PlusDays(Math.Abs(N(i + 3)) % 300)).ValueOrDefault,
                SeedDocument.HealthAndWellbeingBoard2021.Lines(862, 1670)).ValueOrDefault).ToArray();
        var variations = Enumerable.Range(0, count).Select(i => Variation.Create(Text(i + 5) ?? $"var-{i}", Text(i + 1) ?? "s", $"v{Math.Abs(N(i + 4)) % 4}",
            Enumerable.Range(0, Math.Abs(N(i + 6)) % 5).Select(j => (Consultation?)new Consultation(Org(Pool(i + j)), D(i + j))),
            N(i + 7) % 3 == 0 ? null : new BoardAgreement(D(i + 8), "PB"), N(i + 9) % 2 == 0 ? $"v{Math.Abs(N(i + 10)) % 5}" : null,
            N(i + 9) % 2 == 0 ? D(i + 11) : null).ValueOrDefault).ToArray();
        var signatures = Enumerable.Range(0, count * 2).Select(i => SignatureRecord.Create(Pool(i + 12), Text(i + 13) ?? $"c{i % 3}", D(i + 14),
            N(i + 15) % 3 == 0 ? null : D(i + 14).PlusDays(Math.Abs(N(i + 16)) % 10), (CounterpartForm)(Math.Abs(N(i + 17)) % 6)).ValueOrDefault).ToArray();
        var admissions = Enumerable.Range(0, count / 2).Select(i => PartnerAdmission.Create(Pool(i + 18), D(i + 19), N(i + 20) % 2 == 0 ? D(i + 19).PlusDays(3) : null,
            Enumerable.Range(0, Math.Abs(N(i + 21)) % 4).Select(j => (string?)Pool(i + j + 22)), N(i + 23) % 2 == 0 ? new BoardAgreement(D(i + 19), "PB") : null,
            N(i + 24) % 3 == 0 ? null : D(i + 25), Text(i + 26)).ValueOrDefault).ToArray();
        return new CharterDraft
        {
            Versions = [.. versions],
            Partners = [.. Enumerable.Range(0, count).Select(i => N(i + 27) % 5 == 0 ? null : (OrganisationId?)Org(Pool(i + 28)))],
            NonMemberPartners = [Org("public-health-england")],
            Variations = [.. variations],
            Signatures = [.. signatures],
            Admissions = [.. admissions],
        };
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public void CheckAll_ArbitraryDrafts_NeverThrow_AndEveryRuleAnswers(int[] numbers, string?[] texts, int day, bool strict, int threshold)
    {
        var draft = ArbitraryDraft(numbers, texts);
        var options = new CharterOptions
        {
            RequireDeliveryDate = strict,
            MinimumConsultationDays = Math.Abs(day % 3),
            AdmissionThreshold = (AdmissionThreshold)(Math.Abs(threshold) % 3),
            AdmissionSharePercent = Math.Abs(threshold % 100) + 1,
        };
        var results = CharterRules.CheckAll(draft, On(new LocalDate(2021, 1, 1).PlusDays(Math.Abs(day % 900)), options));
        Assert.Equal(2, results.Length);
        Assert.All(results, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Summary));
            Assert.Equal(r.Issues.Any(i => i.Severity != Severity.Information), r.Status == RuleStatus.NotMet);
        });
    }

    [Fact]
    public void CheckAll_TheFirstAndLastDaysNodaTimeKnows_NeverThrow()
    {
        var min = LocalDate.MinIsoValue;
        var max = LocalDate.MaxIsoValue;
        var version = MemorandumVersion.Create("v-min", "t", MemorandumStatus.Agreed, min, EffectivePeriod.Starting(min), SeedDocument.HealthAndWellbeingBoard2021.Lines(1312)).Value;
        var draft = new CharterDraft
        {
            Versions = [version, Version("v-max", max)],
            Partners = [CheshireEastCouncil],
            Variations = [Vary("v", [new Consultation(CheshireEastCouncil, max)], new BoardAgreement(min, "PB"), "v-max", max, "v-min")],
            Signatures = [Signed(CheshireEastCouncil, min)],
            Admissions = [PartnerAdmission.Create("wirral-council", min, min, ["cheshire-east-council"], committedOn: min).Value,
                PartnerAdmission.Create("wirral-council", min).Value],
        };
        foreach (var on in new[] { min, max })
        {
            foreach (var days in new[] { 0, 3650 })
            {
                var results = CharterRules.CheckAll(draft, On(on, new CharterOptions { MinimumConsultationDays = days }));
                Assert.Equal(2, results.Length);
            }
        }

        var register = MemorandumVersions.Create([version]).Value;
        Assert.False(register.Apply(Vary("w", [new Consultation(CheshireEastCouncil, min)], new BoardAgreement(min, "PB"), "v-next", min, "v-min"),
            MemorandumVersion.Create("v-next", "t", MemorandumStatus.Agreed, min, EffectivePeriod.Starting(min), version.Source).Value, [CheshireEastCouncil]).IsSuccess);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Mou9_MissingPlusSupported_IsEveryPartner_OnArbitraryDrafts(int[] numbers, string?[] texts, int day)
    {
        var draft = ArbitraryDraft(numbers, texts);
        var on = new LocalDate(2021, 1, 1).PlusDays(Math.Abs(day % 900));
        var effect = draft.EffectOn(on);
        Assert.Equal(draft.Members, effect.Supported.Concat(effect.Missing).Order());
        var result = CharterRules.SupportByAllPartners.Check(draft, On(on));
        Assert.Equal(effect.Missing.Length, result.Issues.Count(i => i.Code == SupportByAllPartnersRule.PartnerHasNotSupported.Code));
        Assert.Equal(effect.Supported.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Figures["partnersSupported"]);
    }

    private static Rule RuleOf(string id) => CharterRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;

    private static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
