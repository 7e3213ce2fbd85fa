using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Summary;

public sealed class PopulationSummaryTests
{
    private static readonly PopulationClassifier Classifier = new(segmentation: PopulationSegmentation.WithRisk);

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property EveryResident_IsCountedExactlyOnceInEachBreakdown() =>
        Prop.ForAll(AnyPopulations(), residents =>
        {
            var summary = PopulationSummary.Of(Classifier, residents, ReferenceDate);
            var place = summary.Place;
            long n = residents.Length;
            Assert.Equal(n, place.Residents);
            Assert.Equal(n, summary.Residents);
            Assert.Equal(n, Enum.GetValues<StageOfLife>().Sum(s => Enum.GetValues<HolisticNeed>().Sum(h => place.Count(s, h))));
            Assert.Equal(n, Enumerable.Range(0, 16).Sum(c => place.WithExactly((ComplexityCriteria)c)));
            Assert.Equal(n, new FrailtyLevel?[] { null, FrailtyLevel.Fit, FrailtyLevel.Mild, FrailtyLevel.Moderate, FrailtyLevel.Severe }.Sum(place.WithFrailty));
            Assert.Equal(n, new RiskLevel?[] { null, RiskLevel.Low, RiskLevel.High }.Sum(place.WithRisk));
            Assert.Equal(n, Enumerable.Range(0, PopulationCounts.MaxLongTermConditionCount + 1).Sum(place.WithLongTermConditionCount));
            Assert.Equal(n, summary.CareCommunities.Sum(c => summary.For(c).Residents));
            Assert.Equal(residents.Sum(r => (long)r.Conditions.Count), Enum.GetValues<Condition>().Sum(place.WithCondition));
            Assert.Equal(place.Complex, residents.LongCount(r => Classifier.Classify(in r, ReferenceDate).IsComplex));
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property TheMergeOfParts_IsTheSummaryOfTheWhole() =>
        Prop.ForAll(AnyPopulations(), Arb.From(Gen.Choose(1, 4)), (residents, parts) =>
        {
            var whole = PopulationSummary.Of(Classifier, residents, ReferenceDate);
            var merged = new PopulationSummary(ReferenceDate);
            foreach (var part in residents.Select((r, i) => (r, i)).GroupBy(x => x.i % parts))
            {
                merged.Merge(PopulationSummary.Of(Classifier, part.Select(x => x.r), ReferenceDate));
            }

            Assert.Equal(whole.Place, merged.Place);
            Assert.Equal(whole.CareCommunities.ToArray(), merged.CareCommunities.ToArray());
            Assert.All(whole.CareCommunities, c => Assert.Equal(whole.For(c), merged.For(c)));
        });

    [Fact]
    public void Summary_IsPerCareCommunity_AndForThePlace()
    {
        var summary = PopulationSummary.Of(PopulationClassifier.Default,
            [Resident("a", community: Crewe, seriousMentalIllness: true), Resident("b", community: Knutsford), Resident("c", community: Crewe)],
            ReferenceDate);

        Assert.Equal(new[] { Crewe, Knutsford }, summary.CareCommunities.ToArray());
        Assert.Equal(2, summary.For(Crewe).Residents);
        Assert.Equal(new Rate(1, 2), summary.For(Crewe).ComplexRate);
        Assert.Equal(new Rate(0, 1), summary.For(Knutsford).ComplexRate);
        Assert.Equal(new Rate(1, 3), summary.Place.ComplexRate);
        Assert.Equal(PopulationCounts.Empty, summary.For(Domain.OperatingModel.CareCommunityId.Create("smash")));
    }

    [Fact]
    public void Merge_RefusesItselfAndAnotherReferenceDate()
    {
        var summary = new PopulationSummary(ReferenceDate);

        Assert.Throws<ArgumentException>(() => summary.Merge(summary));
        Assert.Throws<ArgumentException>(() => summary.Merge(new PopulationSummary(new LocalDate(2025, 4, 2))));
    }

    [Fact]
    public void Add_AfterTheFirstResidentOfACommunity_DoesNotAllocate()
    {
        var summary = new PopulationSummary(ReferenceDate);
        var r = Resident(conditions: ConditionSet.Of(Condition.Copd, Condition.Cancer), frailty: FrailtyAssessment.Efi(0.3), imdDecile: 2);
        var c = PopulationClassifier.Default.Classify(in r, ReferenceDate);
        summary.Add(in r, in c);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            summary.Add(in r, in c);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001, summary.Place.WithCondition(Condition.Cancer));
    }
}
