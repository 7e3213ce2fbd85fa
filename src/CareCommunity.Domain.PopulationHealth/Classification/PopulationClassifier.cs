using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using CareCommunity.Domain.Explanations;
using NodaTime;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// Classifies residents: CPX-1 complexity and the POP-2 segmentation cube, at an explicit reference date. Made once
/// from a definition, a segmentation and frailty readings, which it turns into bit masks, so that
/// <see cref="Classify"/> is a handful of bit operations and allocates nothing. Thread-safe (immutable).
/// </summary>
public sealed class PopulationClassifier
{
    private const uint StrokeAndTiaBits = (1u << (int)Condition.Stroke) | (1u << (int)Condition.TransientIschaemicAttack);

    private readonly uint _countedMask;
    private readonly uint _listedMask;
    private readonly bool _strokeAndTiaOne;
    private readonly bool _frailtyIsCondition;
    private readonly bool _autismOnItsOwn;
    private readonly int _minimumConditions;
    private readonly FrailtyLevel _frailtyFrom;
    private readonly AgeBands _bands;
    private readonly LeapDayBirthdays _leapDay;
    private readonly ISegmentAxis? _risk;

    /// <summary>Creates a classifier.</summary>
    /// <param name="definition">The definition of complexity; <see cref="ComplexityDefinition.Proposed2024"/> when null.</param>
    /// <param name="segmentation">The segmentation; <see cref="PopulationSegmentation.Default"/> when null.</param>
    /// <param name="frailty">The frailty readings; <see cref="FrailtyOptions.Default"/> when null.</param>
    public PopulationClassifier(ComplexityDefinition? definition = null, PopulationSegmentation? segmentation = null, FrailtyOptions? frailty = null)
    {
        Definition = definition ?? ComplexityDefinition.Proposed2024;
        Segmentation = segmentation ?? PopulationSegmentation.Default;
        FrailtyOptions = frailty ?? FrailtyOptions.Default;

        var options = Definition.Options;
        _countedMask = options.LongTermConditionsCounted.Bits;
        _listedMask = Definition.ListedConditions.Bits;
        _strokeAndTiaOne = options.StrokeAndTia == StrokeAndTiaCounting.OneCondition;
        _frailtyIsCondition = options.FrailtyIsLongTermCondition;
        _autismOnItsOwn = options.Autism == AutismReading.OnItsOwn;
        _minimumConditions = Definition.MinimumLongTermConditions;
        _frailtyFrom = Definition.FrailtyFrom;
        _bands = Segmentation.AgeBands;
        _leapDay = Segmentation.LeapDayBirthdays;
        _risk = Segmentation.Risk;
    }

    /// <summary>The classifier with every default: CPX-1 as proposed, bands 0-17 / 18-64 / 65+, no third axis.</summary>
    public static PopulationClassifier Default { get; } = new();

    /// <summary>The definition of complexity.</summary>
    public ComplexityDefinition Definition { get; }

    /// <summary>The segmentation.</summary>
    public PopulationSegmentation Segmentation { get; }

    /// <summary>The frailty readings.</summary>
    public FrailtyOptions FrailtyOptions { get; }

    /// <summary>
    /// Classifies a resident at a reference date. Allocates nothing (unless a plugged-in third axis does).
    /// </summary>
    /// <param name="resident">The resident.</param>
    /// <param name="referenceDate">The date at which age, stage of life and needs are evaluated; not before the birth date.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reference date is before the resident's birth date.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Classification Classify(in Resident resident, LocalDate referenceDate)
    {
        var age = Ages.InCompletedYears(resident.BirthDate, referenceDate, _leapDay);
        var frailty = resident.Frailty.Level(FrailtyOptions);
        var frail = frailty is { } level && level >= _frailtyFrom;
        var bits = resident.Conditions.Bits;

        var count = CountedConditions(bits, frail);
        var criteria = ComplexityCriteria.None;
        if (count >= _minimumConditions)
        {
            criteria |= ComplexityCriteria.TwoOrMoreLongTermConditions;
        }

        if (resident.LearningDisability || (_autismOnItsOwn && resident.Autism))
        {
            criteria |= ComplexityCriteria.LearningDisabilityOrAutism;
        }

        if (resident.SeriousMentalIllness)
        {
            criteria |= ComplexityCriteria.SeriousMentalIllness;
        }

        if (frail && (bits & _listedMask) != 0)
        {
            criteria |= ComplexityCriteria.FrailtyAndListedCondition;
        }

        var need = criteria != ComplexityCriteria.None ? HolisticNeed.Complex
            : count > 0 ? HolisticNeed.LongTermConditions
            : HolisticNeed.CurrentlyWell;
        var classification = new Classification(age, _bands.StageAt(age), need, criteria, count, frailty, resident.IsCore20, null);
        return _risk is null ? classification : classification with { Risk = _risk.Assess(in resident, in classification) };
    }

    /// <summary>
    /// Classifies a resident and says why: each CPX-1 criterion, met or not, with the inputs that decided it, then the
    /// stage of life, the holistic need and, when on, the third axis. Allocates (use <see cref="Classify"/> in bulk).
    /// </summary>
    /// <param name="resident">The resident.</param>
    /// <param name="referenceDate">The reference date.</param>
    /// <returns>The classification with its explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reference date is before the resident's birth date.</exception>
    public Explained<Classification> Explain(in Resident resident, LocalDate referenceDate)
    {
        var c = Classify(in resident, referenceDate);
        var counted = ConditionSet.FromBits(resident.Conditions.Bits & _countedMask);
        var frailtyCounted = _frailtyIsCondition && c.Frailty is { } level && level >= _frailtyFrom;
        var listed = resident.Conditions.Intersect(Definition.ListedConditions);
        var frailtyText = FrailtyLevels.Name(c.Frailty);
        var source = resident.Frailty.ToString();
        var rules = ImmutableArray.CreateBuilder<RuleApplication>();
        var cpx = PopulationHealthRuleIds.Complexity;
        var pop2 = PopulationHealthRuleIds.Segmentation;

        rules.Add(RuleApplication.Of(
            cpx,
            c.Meets(ComplexityCriteria.TwoOrMoreLongTermConditions),
            Invariant($"(a) two or more long term conditions: {c.LongTermConditionCount} counted{(frailtyCounted ? $" ({frailtyText} frailty among them)" : "")}, {Definition.MinimumLongTermConditions} needed"),
            Pair("conditions", resident.Conditions.ToString()),
            Pair("counted-conditions", counted.ToString()),
            Pair("frailty-counted", frailtyCounted ? "true" : "false"),
            Pair("long-term-condition-count", c.LongTermConditionCount.ToString(CultureInfo.InvariantCulture)),
            Pair("stroke-and-tia", Definition.Options.StrokeAndTia.ToString()),
            Pair("frailty-is-long-term-condition", Definition.Options.FrailtyIsLongTermCondition ? "true" : "false")));
        rules.Add(RuleApplication.Of(
            cpx,
            c.Meets(ComplexityCriteria.LearningDisabilityOrAutism),
            "(b) a learning disability and or autism" + (Definition.Options.Autism == AutismReading.OnlyWithLearningDisability ? " (autism counts only with a learning disability)" : ""),
            Pair("learning-disability", resident.LearningDisability ? "true" : "false"),
            Pair("autism", resident.Autism ? "true" : "false")));
        rules.Add(RuleApplication.Of(
            cpx,
            c.Meets(ComplexityCriteria.SeriousMentalIllness),
            "(c) serious mental illness",
            Pair("serious-mental-illness", resident.SeriousMentalIllness ? "true" : "false")));
        rules.Add(RuleApplication.Of(
            cpx,
            c.Meets(ComplexityCriteria.FrailtyAndListedCondition),
            Invariant($"(d) {FrailtyLevels.Name(Definition.FrailtyFrom)} to severe frailty and one of the listed conditions: frailty {frailtyText}, listed conditions held: {(listed.IsEmpty ? "none" : listed.ToString())}"),
            Pair("frailty", frailtyText),
            Pair("frailty-source", source),
            Pair("listed-conditions-held", listed.ToString())));
        rules.Add(RuleApplication.Of(
            pop2,
            true,
            Invariant($"stage of life {SegmentNames.Name(c.StageOfLife)}: age {c.Age} at {referenceDate:yyyy-MM-dd} in bands {Segmentation.AgeBands}"),
            Pair("birth-date", resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Pair("reference-date", referenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Pair("age", c.Age.ToString(CultureInfo.InvariantCulture))));
        rules.Add(RuleApplication.Of(
            pop2,
            true,
            $"holistic need {SegmentNames.Name(c.HolisticNeed)}: " + c.HolisticNeed switch
            {
                HolisticNeed.Complex => "meets " + string.Join(", ", ComplexityCriteriaNames.NamesOf(c.Criteria)),
                HolisticNeed.LongTermConditions => "at least one long-term condition and no complexity criterion",
                _ => "no counted long-term condition and no complexity criterion",
            },
            Pair("criteria", string.Join(';', ComplexityCriteriaNames.NamesOf(c.Criteria))),
            Pair("long-term-condition-count", c.LongTermConditionCount.ToString(CultureInfo.InvariantCulture))));
        if (_risk is not null && c.Risk is { } risk)
        {
            rules.Add(RuleApplication.Of(
                pop2,
                risk == RiskLevel.High,
                $"third axis {_risk.Name} {SegmentNames.Name(risk)}: {_risk.Description}",
                Pair("frailty", frailtyText),
                Pair("long-term-condition-count", c.LongTermConditionCount.ToString(CultureInfo.InvariantCulture))));
        }

        var conclusion = Invariant($"{resident.Id} at {referenceDate:yyyy-MM-dd}: {SegmentNames.Name(c.StageOfLife)}, {SegmentNames.Name(c.HolisticNeed)}")
            + (c.IsComplex ? " (" + string.Join(", ", ComplexityCriteriaNames.NamesOf(c.Criteria)) + ")" : "")
            + Invariant($" under {Definition}");
        return new Explained<Classification>(c, new Explanation(conclusion, rules.ToImmutable()));
    }

    private int CountedConditions(uint bits, bool frail)
    {
        var counted = bits & _countedMask;
        var count = System.Numerics.BitOperations.PopCount(counted);
        if (_strokeAndTiaOne && (counted & StrokeAndTiaBits) == StrokeAndTiaBits)
        {
            count--;
        }

        if (_frailtyIsCondition && frail)
        {
            count++;
        }

        return count;
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
