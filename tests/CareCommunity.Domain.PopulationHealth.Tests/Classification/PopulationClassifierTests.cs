using NodaTime;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Classification;

public sealed class PopulationClassifierTests
{
    private static readonly PopulationClassifier Classifier = PopulationClassifier.Default;

    private static PopulationHealth.Classification Classify(Resident r) => Classifier.Classify(in r, ReferenceDate);

    [Fact]
    public void ResidentsLivingWithTwoOrMoreLongTermConditions_AreComplex_ByCriterionA()
    {
        var c = Classify(Resident(conditions: ConditionSet.Of(Condition.Hypertension, Condition.Osteoporosis)));

        Assert.Equal(ComplexityCriteria.TwoOrMoreLongTermConditions, c.Criteria);
        Assert.Equal(HolisticNeed.Complex, c.HolisticNeed);
        Assert.Equal(2, c.LongTermConditionCount);
    }

    [Fact]
    public void OneLongTermCondition_IsTheLongTermConditionsNeed_NotComplex()
    {
        var c = Classify(Resident(conditions: ConditionSet.Of(Condition.Asthma)));

        Assert.False(c.IsComplex);
        Assert.Equal(HolisticNeed.LongTermConditions, c.HolisticNeed);
    }

    [Fact]
    public void NoConditionNoFlag_IsCurrentlyWell()
    {
        var c = Classify(Resident());

        Assert.Equal(HolisticNeed.CurrentlyWell, c.HolisticNeed);
        Assert.Equal(ComplexityCriteria.None, c.Criteria);
        Assert.Null(c.Frailty);
        Assert.False(c.FrailtyAssessed);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void APersonWithALearningDisabilityAndOrAutism_IsComplex_ByCriterionB(bool ld, bool autism)
    {
        var c = Classify(Resident(learningDisability: ld, autism: autism));

        Assert.Equal(ComplexityCriteria.LearningDisabilityOrAutism, c.Criteria);
    }

    [Fact]
    public void AutismWithoutLearningDisability_IsNotComplex_WhenAutismCountsOnlyWithLearningDisability()
    {
        var classifier = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { Autism = AutismReading.OnlyWithLearningDisability }));
        var autistic = Resident(autism: true);
        var both = Resident(autism: true, learningDisability: true);

        Assert.False(classifier.Classify(in autistic, ReferenceDate).IsComplex);
        Assert.True(classifier.Classify(in both, ReferenceDate).Meets(ComplexityCriteria.LearningDisabilityOrAutism));
    }

    [Fact]
    public void HavingSeriousMentalIllness_IsComplex_ByCriterionC()
    {
        Assert.Equal(ComplexityCriteria.SeriousMentalIllness, Classify(Resident(seriousMentalIllness: true)).Criteria);
    }

    [Theory]
    [InlineData(FrailtyLevel.Moderate, true)]
    [InlineData(FrailtyLevel.Severe, true)]
    [InlineData(FrailtyLevel.Mild, false)]
    [InlineData(FrailtyLevel.Fit, false)]
    public void ModerateToSevereFrailtyAndOneListedCondition_IsComplex_ByCriterionD(FrailtyLevel level, bool complex)
    {
        var c = Classify(Resident(conditions: ConditionSet.Of(Condition.Dementia), frailty: FrailtyAssessment.Stated(level)));

        Assert.Equal(complex ? ComplexityCriteria.FrailtyAndListedCondition : ComplexityCriteria.None, c.Criteria);
        Assert.Equal(level, c.Frailty);
    }

    [Theory]
    [InlineData(Condition.Hypertension)]
    [InlineData(Condition.Depression)]
    [InlineData(Condition.Asthma)]
    [InlineData(Condition.Diabetes)]
    [InlineData(Condition.CoronaryHeartDisease)]
    [InlineData(Condition.ChronicKidneyDisease)]
    [InlineData(Condition.Hypothyroidism)]
    [InlineData(Condition.Stroke)]
    [InlineData(Condition.TransientIschaemicAttack)]
    [InlineData(Condition.Copd)]
    [InlineData(Condition.Cancer)]
    [InlineData(Condition.AtrialFibrillation)]
    [InlineData(Condition.HeartFailure)]
    [InlineData(Condition.Epilepsy)]
    [InlineData(Condition.Dementia)]
    public void EachOfTheFollowing_WithModerateFrailty_MeetsCriterionD(Condition condition)
    {
        var c = Classify(Resident(conditions: ConditionSet.Of(condition), frailty: FrailtyAssessment.Stated(FrailtyLevel.Moderate)));

        Assert.True(c.Meets(ComplexityCriteria.FrailtyAndListedCondition));
    }

    [Theory]
    [InlineData(Condition.PeripheralArterialDisease)]
    [InlineData(Condition.RheumatoidArthritis)]
    [InlineData(Condition.Osteoporosis)]
    [InlineData(Condition.ParkinsonsDisease)]
    [InlineData(Condition.MultipleSclerosis)]
    [InlineData(Condition.ChronicLiverDisease)]
    public void AConditionNotListed_WithSevereFrailty_DoesNotMeetCriterionD(Condition condition)
    {
        var c = Classify(Resident(conditions: ConditionSet.Of(condition), frailty: FrailtyAssessment.Stated(FrailtyLevel.Severe)));

        Assert.False(c.IsComplex);
        Assert.Equal(HolisticNeed.LongTermConditions, c.HolisticNeed);
    }

    [Fact]
    public void StrokeAndTia_CountAsOneCondition_ByDefault_AndTwo_ByOption()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Stroke, Condition.TransientIschaemicAttack));
        var two = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { StrokeAndTia = StrokeAndTiaCounting.TwoConditions }));

        Assert.Equal(1, Classify(r).LongTermConditionCount);
        Assert.False(Classify(r).IsComplex);
        Assert.Equal(2, two.Classify(in r, ReferenceDate).LongTermConditionCount);
        Assert.Equal(ComplexityCriteria.TwoOrMoreLongTermConditions, two.Classify(in r, ReferenceDate).Criteria);
    }

    [Fact]
    public void FrailtyAsALongTermCondition_MakesCriterionDAddNobody_ForThisResident()
    {
        var frailWithOne = Resident(conditions: ConditionSet.Of(Condition.Asthma), frailty: FrailtyAssessment.Stated(FrailtyLevel.Moderate));
        var classifier = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { FrailtyIsLongTermCondition = true }));

        var c = classifier.Classify(in frailWithOne, ReferenceDate);

        Assert.Equal(2, c.LongTermConditionCount);
        Assert.Equal(ComplexityCriteria.TwoOrMoreLongTermConditions | ComplexityCriteria.FrailtyAndListedCondition, c.Criteria);
        Assert.Equal(1, Classify(frailWithOne).LongTermConditionCount);
    }

    [Fact]
    public void CountingOnlyTheListedConditions_LeavesTheOthersOutOfCriterionA()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Hypertension, Condition.Osteoporosis));
        var listedOnly = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { LongTermConditionsCounted = ComplexityDefinition.ListedConditionsOfSeed }));

        var c = listedOnly.Classify(in r, ReferenceDate);

        Assert.Equal(1, c.LongTermConditionCount);
        Assert.False(c.IsComplex);
    }

    [Fact]
    public void EveryCriterion_IsNamed_WhenSeveralMatch()
    {
        var r = Resident(
            conditions: ConditionSet.Of(Condition.Copd, Condition.HeartFailure),
            frailty: FrailtyAssessment.Efi(0.4),
            learningDisability: true,
            seriousMentalIllness: true);

        var c = Classify(r);

        Assert.Equal(
            ComplexityCriteria.TwoOrMoreLongTermConditions | ComplexityCriteria.LearningDisabilityOrAutism | ComplexityCriteria.SeriousMentalIllness | ComplexityCriteria.FrailtyAndListedCondition,
            c.Criteria);
        Assert.Equal(
            ["two-or-more-long-term-conditions", "learning-disability-or-autism", "serious-mental-illness", "frailty-and-listed-condition"],
            ComplexityCriteriaNames.NamesOf(c.Criteria));
    }

    [Theory]
    [InlineData(2007, 4, 2, 17, StageOfLife.ChildrenAndYoungPeople)]
    [InlineData(2007, 4, 1, 18, StageOfLife.WorkingAgeAdults)]
    [InlineData(1960, 4, 2, 64, StageOfLife.WorkingAgeAdults)]
    [InlineData(1960, 4, 1, 65, StageOfLife.OlderPeople)]
    [InlineData(2025, 4, 1, 0, StageOfLife.ChildrenAndYoungPeople)]
    public void StageOfLife_ChangesOnThe18thAnd65thBirthday_NotTheDayBefore(int year, int month, int day, int age, StageOfLife stage)
    {
        var c = Classify(Resident(birthDate: new LocalDate(year, month, day)));

        Assert.Equal(age, c.Age);
        Assert.Equal(stage, c.StageOfLife);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(null, false)]
    public void Core20_IsImdDeciles1And2(int? decile, bool core20)
    {
        Assert.Equal(core20, Classify(Resident(imdDecile: decile)).IsCore20);
    }

    [Fact]
    public void Risk_IsNull_WithoutAThirdAxis_AndSetWithIt()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Asthma), frailty: FrailtyAssessment.Cfs(6));
        var withRisk = new PopulationClassifier(segmentation: PopulationSegmentation.WithRisk);

        Assert.Null(Classify(r).Risk);
        Assert.Equal(RiskLevel.High, withRisk.Classify(in r, ReferenceDate).Risk);
    }

    [Fact]
    public void Classify_RefusesAReferenceDateBeforeTheBirthDate()
    {
        var r = Resident(birthDate: new LocalDate(2025, 4, 2));

        Assert.Throws<ArgumentOutOfRangeException>(() => Classifier.Classify(in r, ReferenceDate));
    }

    [Fact]
    public void Classify_AllocatesNothing()
    {
        var residents = new[]
        {
            Resident(conditions: ConditionSet.Of(Condition.Copd, Condition.Stroke, Condition.TransientIschaemicAttack), frailty: FrailtyAssessment.Efi(0.3), imdDecile: 1),
            Resident(frailty: FrailtyAssessment.Cfs(9), autism: true),
            Resident(birthDate: new LocalDate(2012, 2, 29), frailty: FrailtyAssessment.Stated(FrailtyLevel.Mild), seriousMentalIllness: true),
            Resident(),
        };
        var classifiers = new[]
        {
            PopulationClassifier.Default,
            new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { FrailtyIsLongTermCondition = true }), PopulationSegmentation.WithRisk, new FrailtyOptions { EfiThresholds = EfiThresholdReading.AtThreshold }),
        };
        long sink = 0;
        foreach (var classifier in classifiers)
        {
            foreach (var r in residents)
            {
                sink += classifier.Classify(in r, ReferenceDate).Age;
            }
        }

        // 80,000 classifications a round. An allocation per call would show as kilobytes in every round. The first round
        // can show a one-off allocation on this thread, not one per call (24 bytes seen, with 0 in the later rounds), so
        // the fewest bytes of three rounds must be 0.
        var fewest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                foreach (var classifier in classifiers)
                {
                    foreach (var r in residents)
                    {
                        var c = classifier.Classify(in r, ReferenceDate);
                        sink += c.Age + c.LongTermConditionCount + (int)c.Criteria;
                    }
                }
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
        Assert.True(sink > 0);
    }

    [Fact]
    public void Explain_NamesEachCriterionThatMatched_AndTheInputsThatMadeIt()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Diabetes), frailty: FrailtyAssessment.Efi(0.27), imdDecile: 3);

        var explained = Classifier.Explain(in r, ReferenceDate);

        Assert.Equal(Classify(r), explained.Value);
        var applied = explained.Why.Applied.Where(a => a.Rule == PopulationHealthRuleIds.Complexity).ToList();
        var d = Assert.Single(applied);
        Assert.StartsWith("(d)", d.Reason, StringComparison.Ordinal);
        Assert.Equal("moderate", d.Inputs["frailty"]);
        Assert.Equal("eFI 0.27", d.Inputs["frailty-source"]);
        Assert.Equal("diabetes", d.Inputs["listed-conditions-held"]);
        Assert.Contains("frailty-and-listed-condition", explained.Why.Conclusion, StringComparison.Ordinal);
        Assert.Contains(explained.Why.Rules, a => a.Rule == PopulationHealthRuleIds.Segmentation && a.Inputs["age"] == "74");
    }

    [Fact]
    public void Explain_SaysWhyCriterionAFailed_WithTheCount()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Stroke, Condition.TransientIschaemicAttack));

        var a = Classifier.Explain(in r, ReferenceDate).Why.Rules[0];

        Assert.False(a.Applied);
        Assert.Equal("1", a.Inputs["long-term-condition-count"]);
        Assert.Equal("stroke;transient-ischaemic-attack", a.Inputs["conditions"]);
    }

    [Theory]
    [InlineData(0.27, true, "2", "true")]
    [InlineData(0.14, true, "1", "false")]
    [InlineData(0.27, false, "1", "false")]
    public void Explain_CriterionA_SaysWhenFrailtyWasCountedAsALongTermCondition(double efi, bool frailtyIsCondition, string count, string frailtyCounted)
    {
        // Decision 0035: with frailty read as a long-term condition, moderate or severe frailty adds one to (a)'s count; the
        // explanation must show it, or the count would not match the conditions listed.
        var classifier = new PopulationClassifier(ComplexityDefinition.Proposed2024.With(new ComplexityOptions { FrailtyIsLongTermCondition = frailtyIsCondition }));
        var r = Resident(conditions: ConditionSet.Of(Condition.Osteoporosis), frailty: FrailtyAssessment.Efi(efi));

        var a = classifier.Explain(in r, ReferenceDate).Why.Rules[0];

        Assert.Equal(count, a.Inputs["long-term-condition-count"]);
        Assert.Equal("osteoporosis", a.Inputs["counted-conditions"]);
        Assert.Equal(frailtyCounted, a.Inputs["frailty-counted"]);
        Assert.Equal(frailtyCounted == "true", a.Reason.Contains("moderate frailty among them", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_WithTheRiskAxis_SaysWhyTheRiskIsHigh_AndNamesACfs9ReadAsNotGraded()
    {
        var classifier = new PopulationClassifier(null, PopulationSegmentation.WithRisk, new FrailtyOptions { ClinicalFrailtyScaleNine = ClinicalFrailtyScaleNineReading.NotGraded });
        var r = Resident(conditions: ConditionSet.Of(Condition.Asthma, Condition.Copd, Condition.Cancer), frailty: FrailtyAssessment.Cfs(9));

        var why = classifier.Explain(in r, ReferenceDate).Why;

        var risk = Assert.Single(why.Rules, a => a.Reason.StartsWith("third axis", StringComparison.Ordinal));
        Assert.True(risk.Applied);
        Assert.Contains("library's addition", risk.Reason, StringComparison.Ordinal);
        var d = why.Rules[3];
        Assert.False(d.Applied);
        Assert.Equal("not-assessed", d.Inputs["frailty"]);
        Assert.Equal("CFS 9", d.Inputs["frailty-source"]);
    }
}
