using System.CommandLine;
using System.Globalization;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// The readings of population health the seeds leave open, as options of <c>classify</c>: what counts towards CPX-1 (a)
/// (<c>--frailty-as-ltc</c>, <c>--stroke-tia</c>), autism on its own (<c>--autism</c>), the stage-of-life age bands
/// (<c>--age-bands</c>), leap-day birthdays, the optional risk axis (<c>--risk</c>), how frailty scores are levelled
/// (<c>--efi-thresholds</c>, <c>--cfs-5</c>, <c>--cfs-9</c>) and extra care communities (<c>--care-community</c>).
/// </summary>
internal sealed class PopulationOptions
{
    private readonly Option<bool> _frailtyAsLtc = new("--frailty-as-ltc")
    {
        Description = "Count moderate-to-severe frailty as a long-term condition for CPX-1 (a) (default: it is not one).",
    };

    private readonly ChoiceOption<StrokeAndTiaCounting> _strokeTia = new("--stroke-tia", "Stroke and TIA together count as one long-term condition (the seed lists them as one) or two.",
        ("one", StrokeAndTiaCounting.OneCondition), ("two", StrokeAndTiaCounting.TwoConditions));

    private readonly ChoiceOption<AutismReading> _autism = new("--autism", "Whether autism on its own meets CPX-1 (b) (\"a learning disability and/or autism\") or only with a learning disability.",
        ("on-its-own", AutismReading.OnItsOwn), ("only-with-learning-disability", AutismReading.OnlyWithLearningDisability));

    private readonly Option<string?> _ageBands = new("--age-bands")
    {
        Description = "The ages working-age adults and older people start at, e.g. 18,65 (the default; the seed gives no boundaries).",
        HelpName = "adult,older",
    };

    private readonly ChoiceOption<LeapDayBirthdays> _leapDay = new("--leap-day", "When someone born on 29 February has a birthday in a common year.",
        ("march-1", LeapDayBirthdays.FirstOfMarch), ("february-28", LeapDayBirthdays.TwentyEighthOfFebruary));

    private readonly Option<bool> _risk = new("--risk")
    {
        Description = "Add the optional third axis, risk (low/high: high from moderate frailty or 3+ long-term conditions; the library's addition, not the seed's).",
    };

    private readonly ChoiceOption<EfiThresholdReading> _efi = new("--efi-thresholds", "Whether an eFI score exactly on 0.12, 0.24 or 0.36 falls in the band below (above-threshold, the published bands) or above (at-threshold).",
        ("above-threshold", EfiThresholdReading.AboveThreshold), ("at-threshold", EfiThresholdReading.AtThreshold));

    private readonly ChoiceOption<ClinicalFrailtyScaleFiveReading> _cfs5 = new("--cfs-5", "How Clinical Frailty Scale 5 is levelled.",
        ("mild", ClinicalFrailtyScaleFiveReading.Mild), ("moderate", ClinicalFrailtyScaleFiveReading.Moderate));

    private readonly ChoiceOption<ClinicalFrailtyScaleNineReading> _cfs9 = new("--cfs-9", "How Clinical Frailty Scale 9 (terminally ill) is levelled.",
        ("severe", ClinicalFrailtyScaleNineReading.Severe), ("not-graded", ClinicalFrailtyScaleNineReading.NotGraded));

    private readonly Option<string[]> _communities = new("--care-community")
    {
        Description = "Also accept residents of this care community id (a slug; repeatable). Cheshire East's eight are always accepted.",
        HelpName = "slug",
        DefaultValueFactory = _ => [],
    };

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [_frailtyAsLtc, _strokeTia.Option, _autism.Option, _ageBands, _leapDay.Option, _risk, _efi.Option, _cfs5.Option, _cfs9.Option, _communities];

    /// <summary>The classifier the options describe.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The classifier.</returns>
    public PopulationClassifier Classifier(ParseResult parse)
    {
        var definition = ComplexityDefinition.Proposed2024;
        definition = definition.With(definition.Options with
        {
            FrailtyIsLongTermCondition = parse.GetValue(_frailtyAsLtc),
            StrokeAndTia = _strokeTia.GetValue(parse),
            Autism = _autism.GetValue(parse),
        });
        var segmentation = PopulationSegmentation.Default with
        {
            AgeBands = AgeBands(parse.GetValue(_ageBands)),
            LeapDayBirthdays = _leapDay.GetValue(parse),
            Risk = parse.GetValue(_risk) ? ThresholdRiskAxis.Default : null,
        };
        var frailty = FrailtyOptions.Default with
        {
            EfiThresholds = _efi.GetValue(parse),
            ClinicalFrailtyScaleFive = _cfs5.GetValue(parse),
            ClinicalFrailtyScaleNine = _cfs9.GetValue(parse),
        };
        return new PopulationClassifier(definition, segmentation, frailty);
    }

    /// <summary>The care communities accepted: Cheshire East's and those added.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The ids.</returns>
    public System.Collections.Immutable.ImmutableArray<CareCommunityId> CareCommunities(ParseResult parse)
    {
        var ids = CheshireEast.CareCommunityIds.ToList();
        foreach (var slug in parse.GetValue(_communities) ?? [])
        {
            if (!CareCommunityId.TryCreate(slug, out var id))
            {
                throw new UsageException($"--care-community '{slug}' is not a care community id (a lower-case slug such as nantwich-and-rural).");
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static AgeBands AgeBands(string? text)
    {
        if (text is null)
        {
            return Domain.PopulationHealth.AgeBands.Default;
        }

        var parts = text.Split(',');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var adult)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var older)
            && adult is >= 1 and <= 149 && older > adult && older <= 150)
        {
            return Domain.PopulationHealth.AgeBands.Create(adult, older);
        }

        throw new UsageException($"--age-bands '{text}' is not two ages 'adult,older' with 1 <= adult < older <= 150 (e.g. 18,65).");
    }
}
