using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// CPX-1: the seed's "Proposed definition of complexity" (001 l.275-280). A resident is complex when ANY of (a) two or
/// more long-term conditions, (b) a learning disability and or autism, (c) serious mental illness, (d) moderate to
/// severe frailty and one of fourteen listed conditions. A proposal, so its quotes are "may" and what it reports is
/// information (decision 0015); the readings it leaves open are decisions 0035-0040 and options of
/// <see cref="ComplexityOptions"/> and <see cref="FrailtyOptions"/>. The classification itself is
/// <see cref="PopulationClassifier"/>; this rule counts it and reports what could not be decided.
/// </summary>
public sealed class ComplexityRule : PopulationHealthRule
{
    /// <summary>A resident with a listed condition and no assessed frailty: (d) cannot be decided.</summary>
    public static IssueDefinition FrailtyNotAssessed { get; } = new(IssueCode.Create("complexity.frailty-not-assessed"), IssueKind.Required, Modality.LibraryReading,
        "A resident holds a condition listed by CPX-1 (d) but has no assessed frailty and meets no other criterion; the library counts them as not complex, though (d) could not be decided.");

    /// <summary>The reference date is before the definition's effective date.</summary>
    public static IssueDefinition NotYetEffective { get; } = new(IssueCode.Create("complexity.definition-not-yet-effective"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The reference date is before the date the definition of complexity takes effect; it is applied anyway.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(PopulationHealthRuleIds.Complexity, "Proposed definition of complexity",
        "A resident has complex biopsychosocial health needs when any of: (a) two or more long-term conditions; (b) a learning "
        + "disability and/or autism; (c) serious mental illness; (d) moderate to severe frailty and one of hypertension, depression, "
        + "asthma, diabetes, CHD, CKD, hypothyroidism, stroke or TIA, COPD, cancer, atrial fibrillation, heart failure, epilepsy, "
        + "dementia. The result names every criterion met. The seed calls this a proposed definition: it is versioned "
        + "(ComplexityDefinition.Proposed2024) so an agreed definition can replace it, and what it reports is information.",
        [
            Model.Quote(275, Modality.May, "Proposed definition of complexity:"),
            Model.Quote(277, Modality.May, "Residents living with two or more long term conditions"),
            Model.Quote(278, Modality.May, "A person with a Learning Disability and or autism"),
            Model.Quote(279, Modality.May, "Having Serious Mental Illness"),
            Model.Quote(280, Modality.May,
                "Moderate to severe frailty *and* one of the following: Hypertension, Depression, Asthma, Diabetes, CHD, CKD, Hypothyroidism, Stroke or Transient Ischaemic Attacks, COPD, Cancer, Atrial Fibrillation, Heart Failure, Epilepsy, Dementia."),
        ],
        [FrailtyNotAssessed, NotYetEffective],
        [
            new RuleOption("ComplexityOptions.FrailtyIsLongTermCondition", "", "false", "Count moderate or severe frailty as a long-term condition toward (a); (d) then adds nobody (decision 0035)."),
            new RuleOption("ComplexityOptions.LongTermConditionsCounted", "", "all 21 register conditions", "The conditions counted toward (a); e.g. only the fourteen of (d) (decision 0036)."),
            new RuleOption("ComplexityOptions.StrokeAndTia", "", "OneCondition", "Stroke and TIA as one condition toward (a), or two (decision 0037)."),
            new RuleOption("ComplexityOptions.Autism", "", "OnItsOwn", "Autism meets (b) on its own, or only with a learning disability (decision 0038)."),
            new RuleOption("FrailtyOptions.EfiThresholds", "", "AboveThreshold", "An eFI exactly on 0.12 / 0.24 / 0.36 stays in the lower band, or starts the higher one (decision 0039)."),
            new RuleOption("FrailtyOptions.ClinicalFrailtyScaleFive", "", "Mild", "CFS 5 is mild frailty, or moderate (decision 0040)."),
            new RuleOption("FrailtyOptions.ClinicalFrailtyScaleNine", "", "Severe", "CFS 9 (terminally ill) is severe frailty, or not graded (decision 0040)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CommunityPopulation document, PopulationContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var classifier = context.EffectiveClassifier;
        var definition = classifier.Definition;
        var date = context.ReferenceDate;
        var listed = definition.ListedConditions;
        long complex = 0, classified = 0;
        var byCriterion = new long[4];
        var undecided = new List<string>();
        foreach (var resident in document.Residents)
        {
            if (resident.BirthDate > date)
            {
                e.CouldNotEvaluate("some residents are born after the reference date (see POP-2).");
                continue;
            }

            var c = classifier.Classify(in resident, date);
            classified++;
            complex += c.IsComplex ? 1 : 0;
            for (var i = 0; i < 4; i++)
            {
                byCriterion[i] += ((int)c.Criteria & (1 << i)) != 0 ? 1 : 0;
            }

            if (!c.IsComplex && c.Frailty is null && !resident.Conditions.Intersect(listed).IsEmpty)
            {
                undecided.Add(resident.Id.Value);
            }
        }

        if (undecided.Count > 0)
        {
            e.Raise(FrailtyNotAssessed, DocumentPath.Root.Property("residents"),
                string.Create(CultureInfo.InvariantCulture, $"{undecided.Count} resident(s) hold a condition listed by (d) but have no assessed frailty and meet no other criterion: {Some(undecided)}; counted as not complex."),
                undecided[0]);
        }

        if (!definition.AppliesOn(date))
        {
            e.Raise(NotYetEffective, DocumentPath.Root,
                $"The reference date {ModelText.Date(date)} is before {ModelText.Date(definition.EffectiveFrom)}, when {definition.Version} takes effect; it is applied anyway.",
                ModelText.Date(date));
        }

        e.Figure("classified", classified);
        e.Figure("complex", complex);
        for (var i = 0; i < 4; i++)
        {
            e.Figure(Camel("criterion", ComplexityCriteriaNames.Name((ComplexityCriteria)(1 << i))), byCriterion[i]);
        }

        e.Figure("frailtyNotAssessedWithListedCondition", undecided.Count);
        e.Figure("definition", definition.Version);
        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"{complex} of {classified} resident(s) complex at {ModelText.Date(date)} under {definition.Title} ({definition.Version}): "
            + $"(a) {byCriterion[0]}, (b) {byCriterion[1]}, (c) {byCriterion[2]}, (d) {byCriterion[3]}."));
    }
}
