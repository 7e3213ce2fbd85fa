using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Classification;

public sealed class PopulationClassifierPropertyTests
{
    private static readonly PopulationClassifier[] Classifiers =
    [
        PopulationClassifier.Default,
        new(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { FrailtyIsLongTermCondition = true, StrokeAndTia = StrokeAndTiaCounting.TwoConditions }), PopulationSegmentation.WithRisk),
        new(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { LongTermConditionsCounted = ComplexityDefinition.ListedConditionsOfSeed, Autism = AutismReading.OnlyWithLearningDisability }),
            null, new FrailtyOptions { EfiThresholds = EfiThresholdReading.AtThreshold, ClinicalFrailtyScaleFive = ClinicalFrailtyScaleFiveReading.Moderate, ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded }),
    ];

    private static Arbitrary<PopulationClassifier> AnyClassifier() => Arb.From(Gen.Elements(Classifiers));

    private static PopulationHealth.Classification Classify(PopulationClassifier classifier, Resident r) => classifier.Classify(in r, ReferenceDate);

    private static bool Includes(ComplexityCriteria larger, ComplexityCriteria smaller) => (larger & smaller) == smaller;

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property AddingACondition_NeverRemovesAComplexityCriterion() =>
        Prop.ForAll(AnyResidents(), Arb.From(Gen.Elements(Enum.GetValues<Condition>())), AnyClassifier(), (r, condition, classifier) =>
        {
            var before = Classify(classifier, r);
            var after = Classify(classifier, r with { Conditions = r.Conditions.With(condition) });
            Assert.True(Includes(after.Criteria, before.Criteria), $"{before.Criteria} -> {after.Criteria}");
            Assert.True(after.LongTermConditionCount >= before.LongTermConditionCount);
            Assert.True(after.HolisticNeed >= before.HolisticNeed);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property RaisingFrailty_NeverRemovesAComplexityCriterion() =>
        Prop.ForAll(AnyResidents(), Arb.From(Gen.Elements(Enum.GetValues<FrailtyLevel>())), AnyClassifier(), (r, level, classifier) =>
        {
            var before = Classify(classifier, r);
            if (before.Frailty is { } old && old > level)
            {
                return;
            }

            var after = Classify(classifier, r with { Frailty = FrailtyAssessment.Stated(level) });
            Assert.True(Includes(after.Criteria, before.Criteria), $"{before.Criteria} -> {after.Criteria}");
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property SettingAFlag_NeverRemovesAComplexityCriterion() =>
        Prop.ForAll(AnyResidents(), AnyClassifier(), (r, classifier) =>
        {
            var before = Classify(classifier, r).Criteria;
            Assert.True(Includes(Classify(classifier, r with { LearningDisability = true }).Criteria, before | ComplexityCriteria.LearningDisabilityOrAutism));
            Assert.True(Includes(Classify(classifier, r with { SeriousMentalIllness = true }).Criteria, before | ComplexityCriteria.SeriousMentalIllness));
            Assert.True(Includes(Classify(classifier, r with { Autism = true }).Criteria, before));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Classify_IsDeterministic_AndExplainGivesTheSameValue() =>
        Prop.ForAll(AnyResidents(), AnyClassifier(), (r, classifier) =>
        {
            var c = Classify(classifier, r);
            Assert.Equal(c, Classify(classifier, r));
            Assert.Equal(c, classifier.Explain(in r, ReferenceDate).Value);
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property HolisticNeed_IsComplexExactlyWhenACriterionIsMet_ElseByTheConditionCount() =>
        Prop.ForAll(AnyResidents(), AnyClassifier(), (r, classifier) =>
        {
            var c = Classify(classifier, r);
            var expected = c.IsComplex ? HolisticNeed.Complex : c.LongTermConditionCount > 0 ? HolisticNeed.LongTermConditions : HolisticNeed.CurrentlyWell;
            Assert.Equal(expected, c.HolisticNeed);
            Assert.Equal(r.IsCore20, c.IsCore20);
            Assert.Equal(classifier.Segmentation.AgeBands.StageAt(c.Age), c.StageOfLife);
            Assert.Equal(classifier.Segmentation.Risk is not null, c.Risk.HasValue);
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property FrailtyAsALongTermCondition_MakesCriterionDAddNobody() =>
        Prop.ForAll(AnyResidents(), r =>
        {
            var classifier = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { FrailtyIsLongTermCondition = true }));
            var c = Classify(classifier, r);
            if (c.Meets(ComplexityCriteria.FrailtyAndListedCondition))
            {
                Assert.True(c.Meets(ComplexityCriteria.TwoOrMoreLongTermConditions));
            }
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property StrokeAndTiaAsTwo_ChangesOnlyResidentsWithBoth_ByOneCondition() =>
        Prop.ForAll(AnyResidents(), r =>
        {
            var two = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { StrokeAndTia = StrokeAndTiaCounting.TwoConditions }));
            var a = Classify(PopulationClassifier.Default, r);
            var b = Classify(two, r);
            var both = r.Conditions.Contains(Condition.Stroke) && r.Conditions.Contains(Condition.TransientIschaemicAttack);
            Assert.Equal(both ? a.LongTermConditionCount + 1 : a.LongTermConditionCount, b.LongTermConditionCount);
            if (!both)
            {
                Assert.Equal(a, b);
            }
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property AutismOnlyWithLearningDisability_ChangesOnlyAutisticResidentsWithoutOne() =>
        Prop.ForAll(AnyResidents(), r =>
        {
            var strict = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { Autism = AutismReading.OnlyWithLearningDisability }));
            var a = Classify(PopulationClassifier.Default, r);
            var b = Classify(strict, r);
            if (r.Autism && !r.LearningDisability)
            {
                Assert.True(a.Meets(ComplexityCriteria.LearningDisabilityOrAutism));
                Assert.False(b.Meets(ComplexityCriteria.LearningDisabilityOrAutism));
                Assert.Equal(a.Criteria & ~ComplexityCriteria.LearningDisabilityOrAutism, b.Criteria);
            }
            else
            {
                Assert.Equal(a, b);
            }
        });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property FrailtyReadings_ChangeOnlyScoresOnAThreshold_OrCfs5And9() =>
        Prop.ForAll(AnyResidents(), r =>
        {
            var other = new PopulationClassifier(frailty: new FrailtyOptions { EfiThresholds = EfiThresholdReading.AtThreshold, ClinicalFrailtyScaleFive = ClinicalFrailtyScaleFiveReading.Moderate, ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded });
            var a = Classify(PopulationClassifier.Default, r);
            var b = Classify(other, r);
            var affected = r.Frailty.Source switch
            {
                FrailtySource.ElectronicFrailtyIndex => r.Frailty.AsElectronicFrailtyIndex.Score is ElectronicFrailtyIndex.MildThreshold or ElectronicFrailtyIndex.ModerateThreshold or ElectronicFrailtyIndex.SevereThreshold,
                FrailtySource.ClinicalFrailtyScale => r.Frailty.AsClinicalFrailtyScale.Score is 5 or 9,
                _ => false,
            };
            if (!affected)
            {
                Assert.Equal(a, b);
            }
            else
            {
                Assert.NotEqual(a.Frailty, b.Frailty);
            }
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property CountingOnlyTheListedConditions_NeverAddsComplexity() =>
        Prop.ForAll(AnyResidents(), r =>
        {
            var listedOnly = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { LongTermConditionsCounted = ComplexityDefinition.ListedConditionsOfSeed }));
            var a = Classify(PopulationClassifier.Default, r);
            var b = Classify(listedOnly, r);
            Assert.True(Includes(a.Criteria, b.Criteria));
            Assert.True(b.LongTermConditionCount <= a.LongTermConditionCount);
            if (r.Conditions.Except(ComplexityDefinition.ListedConditionsOfSeed).IsEmpty)
            {
                Assert.Equal(a, b);
            }
        });
}
