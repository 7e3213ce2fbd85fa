using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A resident of a care community as population health sees them: pseudonymous id, birth date, care community,
/// long-term conditions, frailty, learning disability, autism, serious mental illness and, when known, the IMD decile
/// of where they live. A plain value (a struct of values and two strings), so classifying it allocates nothing.
/// </summary>
/// <param name="Id">The pseudonymous identifier.</param>
/// <param name="BirthDate">The date of birth.</param>
/// <param name="CareCommunity">The care community the resident belongs to.</param>
/// <param name="Conditions">The long-term conditions.</param>
/// <param name="Frailty">The frailty; <see cref="FrailtyAssessment.None"/> when not assessed.</param>
/// <param name="LearningDisability">True when the resident has a learning disability.</param>
/// <param name="Autism">True when the resident is autistic.</param>
/// <param name="SeriousMentalIllness">True when the resident has a serious mental illness.</param>
/// <param name="Deprivation">The IMD decile of where the resident lives, when known.</param>
/// <remarks>
/// Nothing here depends on a date: age and stage of life are always evaluated at an explicit reference date
/// (<see cref="AgeAt"/>, <see cref="PopulationClassifier.Classify"/>). Coded diagnoses are mapped onto conditions and
/// flags before the resident is made (<see cref="Icd10Mapping"/>, <see cref="CodedFindings"/>).
/// </remarks>
public readonly record struct Resident(
    ResidentId Id,
    LocalDate BirthDate,
    CareCommunityId CareCommunity,
    ConditionSet Conditions,
    FrailtyAssessment Frailty,
    bool LearningDisability,
    bool Autism,
    bool SeriousMentalIllness,
    ImdDecile? Deprivation)
{
    /// <summary>The earliest birth date accepted.</summary>
    public static readonly LocalDate EarliestBirthDate = new(1900, 1, 1);

    /// <summary>Creates a resident, checking every value.</summary>
    /// <param name="id">The pseudonymous identifier.</param>
    /// <param name="birthDate">The date of birth, not before 1900-01-01.</param>
    /// <param name="careCommunity">The care community.</param>
    /// <param name="conditions">The long-term conditions.</param>
    /// <param name="frailty">The frailty; <see cref="FrailtyAssessment.None"/> when not assessed.</param>
    /// <param name="learningDisability">Learning disability.</param>
    /// <param name="autism">Autism.</param>
    /// <param name="seriousMentalIllness">Serious mental illness.</param>
    /// <param name="deprivation">The IMD decile, when known.</param>
    /// <returns>The resident.</returns>
    /// <exception cref="ArgumentException">The id or care community is the default value, or the birth date is before 1900-01-01 or not ISO.</exception>
    public static Resident Create(
        ResidentId id,
        LocalDate birthDate,
        CareCommunityId careCommunity,
        ConditionSet conditions = default,
        FrailtyAssessment frailty = default,
        bool learningDisability = false,
        bool autism = false,
        bool seriousMentalIllness = false,
        ImdDecile? deprivation = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A resident needs an id; the default value identifies nobody.", nameof(id));
        }

        if (careCommunity.IsDefault)
        {
            throw new ArgumentException("A resident needs a care community; the default value names none.", nameof(careCommunity));
        }

        if (birthDate.Calendar != CalendarSystem.Iso || birthDate < EarliestBirthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, $"A birth date is an ISO date not before {EarliestBirthDate:yyyy-MM-dd}.");
        }

        if (deprivation is { Value: 0 })
        {
            throw new ArgumentException("The IMD decile is the default value, which is not a decile; use null when unknown.", nameof(deprivation));
        }

        return new Resident(id, birthDate, careCommunity, conditions, frailty, learningDisability, autism, seriousMentalIllness, deprivation);
    }

    /// <summary>True when the resident lives in the most deprived 20% of neighbourhoods (IMD decile 1 or 2); false when unknown.</summary>
    public bool IsCore20 => Deprivation is { IsCore20: true };

    /// <summary>
    /// The resident's age in completed years on <paramref name="referenceDate"/>: the number of birthdays reached.
    /// Allocation-free.
    /// </summary>
    /// <param name="referenceDate">The date at which the age is wanted; not before the birth date.</param>
    /// <param name="leapDayBirthdays">When someone born on 29 February has their birthday in a common year (decision 0044).</param>
    /// <returns>The age.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reference date is before the birth date.</exception>
    public int AgeAt(LocalDate referenceDate, LeapDayBirthdays leapDayBirthdays = LeapDayBirthdays.FirstOfMarch) =>
        Ages.InCompletedYears(BirthDate, referenceDate, leapDayBirthdays);

    /// <summary>
    /// This resident with coded findings applied: their conditions added and their learning disability, autism and
    /// serious mental illness flags set. Nothing is removed.
    /// </summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The resident.</returns>
    public Resident With(CodedFindings findings) => this with
    {
        Conditions = Conditions.Union(findings.Conditions),
        LearningDisability = LearningDisability || findings.LearningDisability,
        Autism = Autism || findings.Autism,
        SeriousMentalIllness = SeriousMentalIllness || findings.SeriousMentalIllness,
    };
}

/// <summary>When someone born on 29 February reaches their birthday in a year without one (decision 0044).</summary>
public enum LeapDayBirthdays
{
    /// <summary>
    /// The default: on 1 March — the birthday falls when 28 February has passed, the reading of English law
    /// (the "anniversary" is not reached until the day after 28 February).
    /// </summary>
    FirstOfMarch = 0,

    /// <summary>On 28 February, the last day of the birth month (NodaTime's and many systems' truncation).</summary>
    TwentyEighthOfFebruary = 1,
}

/// <summary>Ages in completed years, without allocating.</summary>
public static class Ages
{
    /// <summary>The age in completed years on <paramref name="referenceDate"/> of someone born on <paramref name="birthDate"/>.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="referenceDate">The reference date; not before the birth date.</param>
    /// <param name="leapDayBirthdays">When a 29 February birthday falls in a common year.</param>
    /// <returns>The age.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reference date is before the birth date.</exception>
    public static int InCompletedYears(LocalDate birthDate, LocalDate referenceDate, LeapDayBirthdays leapDayBirthdays = LeapDayBirthdays.FirstOfMarch)
    {
        if (referenceDate < birthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceDate), referenceDate, "The reference date is before the birth date: no age yet.");
        }

        var age = referenceDate.Year - birthDate.Year;
        var birthMonth = birthDate.Month;
        var birthDay = birthDate.Day;
        if (birthMonth == 2 && birthDay == 29 && !CalendarSystem.Iso.IsLeapYear(referenceDate.Year) && leapDayBirthdays == LeapDayBirthdays.TwentyEighthOfFebruary)
        {
            birthDay = 28;
        }

        var month = referenceDate.Month;
        if (month < birthMonth || (month == birthMonth && referenceDate.Day < birthDay))
        {
            age--;
        }

        return age;
    }
}
