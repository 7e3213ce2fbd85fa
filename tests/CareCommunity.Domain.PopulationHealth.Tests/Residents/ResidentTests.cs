using NodaTime;
using static CareCommunity.Domain.PopulationHealth.Tests.PopulationFixtures;

namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ResidentTests
{
    [Theory]
    [InlineData("2007-04-02", "2025-04-01", 17)]
    [InlineData("2007-04-01", "2025-04-01", 18)]
    [InlineData("1960-04-02", "2025-04-01", 64)]
    [InlineData("1960-04-01", "2025-04-01", 65)]
    [InlineData("2025-04-01", "2025-04-01", 0)]
    [InlineData("1950-12-31", "2025-01-01", 74)]
    public void AgeAt_IsCompletedYears_TheBirthdayCounts(string born, string on, int age)
    {
        var r = Resident(birthDate: LocalDate.FromDateTime(DateTime.Parse(born, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(age, r.AgeAt(LocalDate.FromDateTime(DateTime.Parse(on, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData(2026, 2, 28, LeapDayBirthdays.FirstOfMarch, 17)]
    [InlineData(2026, 3, 1, LeapDayBirthdays.FirstOfMarch, 18)]
    [InlineData(2026, 2, 28, LeapDayBirthdays.TwentyEighthOfFebruary, 18)]
    [InlineData(2026, 2, 27, LeapDayBirthdays.TwentyEighthOfFebruary, 17)]
    [InlineData(2024, 2, 28, LeapDayBirthdays.FirstOfMarch, 15)]
    [InlineData(2024, 2, 29, LeapDayBirthdays.FirstOfMarch, 16)]
    [InlineData(2024, 2, 29, LeapDayBirthdays.TwentyEighthOfFebruary, 16)]
    [InlineData(2024, 2, 28, LeapDayBirthdays.TwentyEighthOfFebruary, 15)]
    public void AgeAt_ALeapDayBirthday_FallsOn1MarchInACommonYear_Or28FebruaryByOption(int year, int month, int day, LeapDayBirthdays reading, int age)
    {
        var r = Resident(birthDate: new LocalDate(2008, 2, 29));

        Assert.Equal(age, r.AgeAt(new LocalDate(year, month, day), reading));
    }

    [Fact]
    public void ALeapDayBaby_BecomesAWorkingAgeAdult_On1March_ByDefault()
    {
        var r = Resident(birthDate: new LocalDate(2008, 2, 29));
        var byOption = new PopulationClassifier(segmentation: PopulationSegmentation.Default with { LeapDayBirthdays = LeapDayBirthdays.TwentyEighthOfFebruary });

        Assert.Equal(StageOfLife.ChildrenAndYoungPeople, PopulationClassifier.Default.Classify(in r, new LocalDate(2026, 2, 28)).StageOfLife);
        Assert.Equal(StageOfLife.WorkingAgeAdults, PopulationClassifier.Default.Classify(in r, new LocalDate(2026, 3, 1)).StageOfLife);
        Assert.Equal(StageOfLife.WorkingAgeAdults, byOption.Classify(in r, new LocalDate(2026, 2, 28)).StageOfLife);
    }

    [Fact]
    public void AgeAt_BeforeTheBirthDate_Throws()
    {
        var r = Resident(birthDate: new LocalDate(2000, 1, 2));

        Assert.Throws<ArgumentOutOfRangeException>(() => r.AgeAt(new LocalDate(2000, 1, 1)));
    }

    [Fact]
    public void Create_RefusesDefaultIds_AndBirthDatesBefore1900()
    {
        Assert.Throws<ArgumentException>(() => Resident.Create(default, new LocalDate(1950, 1, 1), Crewe));
        Assert.Throws<ArgumentException>(() => Resident.Create(ResidentId.Create("a"), new LocalDate(1950, 1, 1), default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resident.Create(ResidentId.Create("a"), new LocalDate(1899, 12, 31), Crewe));
        Assert.Throws<ArgumentException>(() => Resident.Create(ResidentId.Create("a"), new LocalDate(1950, 1, 1), Crewe, deprivation: default(ImdDecile)));
        Assert.Equal(Resident.EarliestBirthDate, Resident.Create(ResidentId.Create("a"), new LocalDate(1900, 1, 1), Crewe).BirthDate);
    }

    [Fact]
    public void With_CodedFindings_AddsConditionsAndSetsFlags_RemovingNothing()
    {
        var r = Resident(conditions: ConditionSet.Of(Condition.Asthma), seriousMentalIllness: true);
        var findings = CodedFindings.None.Add(CodedFinding.Of(Condition.Diabetes)).Add(CodedFinding.Autism);

        var coded = r.With(findings);

        Assert.Equal(ConditionSet.Of(Condition.Asthma, Condition.Diabetes), coded.Conditions);
        Assert.True(coded.Autism);
        Assert.True(coded.SeriousMentalIllness);
        Assert.False(coded.LearningDisability);
    }

    [Fact]
    public void IsCore20_IsFalse_WhenTheDecileIsUnknown()
    {
        Assert.False(Resident().IsCore20);
        Assert.True(Resident(imdDecile: 2).IsCore20);
    }
}
