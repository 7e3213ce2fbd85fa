using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// POP-2: the Primary Care Home cube (001 l.201-207): the entire population managed through segmentation by stage of
/// life × holistic health and care needs. Every resident is placed in exactly one cell at the reference date; a
/// resident who cannot be aged (born after it) is an error. The seed announces "three dimensions" and names two: the
/// third is the library's optional axis (decision 0042); the age bands are the library's (decision 0041).
/// </summary>
public sealed class SegmentationCubeRule : PopulationHealthRule
{
    /// <summary>A resident is born after the reference date and cannot be placed.</summary>
    public static IssueDefinition BornAfterReferenceDate { get; } = new(IssueCode.Create("segmentation.born-after-reference-date"), IssueKind.Value, Modality.DocumentIntegrity,
        "A resident's birth date is after the reference date, so no age or stage of life can be given; the resident is not segmented.");

    /// <summary>No third axis is configured: the cube has the two dimensions the seed names.</summary>
    public static IssueDefinition TwoDimensionsOnly { get; } = new(IssueCode.Create("segmentation.two-dimensions-only"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The seed announces three dimensions but names two; no third axis is configured, so the population is segmented on the two named.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(PopulationHealthRuleIds.Segmentation, "Segmentation cube: stage of life × holistic needs",
        "The entire population is managed through segmentation on NAPC's Primary Care Home cube: stage of life (children and young "
        + "people, working age adults, older people) by holistic health and care needs (currently well, long-term conditions, complex "
        + "biopsychosocial needs — complex by CPX-1). Ages are completed years at the reference date; the bands and the optional third "
        + "axis are the library's (decisions 0041, 0042).",
        [
            Model.Quote(201, Modality.Must, "MANAGE the entire population through segmentation"),
            Model.Quote(203, Modality.May, "NAPC's Primary Care Home cube provides a simple, accessible model for looking at population health management in three dimensions:"),
            Model.Quote(205, Modality.May, "Stage of life: children & young people, working age adults and older people."),
            Model.Quote(207, Modality.May, "Holistic health and care needs: currently well, people with long-term conditions (LTCs), and those with complex biopsychosocial health needs."),
        ],
        [BornAfterReferenceDate, TwoDimensionsOnly],
        [
            new RuleOption("PopulationSegmentation.AgeBands", "", "0-17 / 18-64 / 65+", "The first ages of working age adults and older people (decision 0041)."),
            new RuleOption("PopulationSegmentation.LeapDayBirthdays", "", "FirstOfMarch", "When a 29 February birthday falls in a common year: 1 March or 28 February (decision 0044)."),
            new RuleOption("PopulationSegmentation.Risk", "", "none", "The optional third axis; ThresholdRiskAxis: high with moderate or severe frailty or 3+ long-term conditions (decision 0042)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CommunityPopulation document, PopulationContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var classifier = context.EffectiveClassifier;
        var date = context.ReferenceDate;
        var cells = new long[3, 3];
        long low = 0, high = 0;
        var unborn = new List<string>();
        foreach (var resident in document.Residents)
        {
            if (resident.BirthDate > date)
            {
                unborn.Add(resident.Id.Value);
                continue;
            }

            var c = classifier.Classify(in resident, date);
            cells[(int)c.StageOfLife, (int)c.HolisticNeed]++;
            low += c.Risk == RiskLevel.Low ? 1 : 0;
            high += c.Risk == RiskLevel.High ? 1 : 0;
        }

        if (unborn.Count > 0)
        {
            e.Raise(BornAfterReferenceDate, DocumentPath.Root.Property("residents"),
                string.Create(CultureInfo.InvariantCulture, $"{unborn.Count} resident(s) are born after the reference date {ModelText.Date(date)}: {Some(unborn)}; they are not segmented."),
                unborn[0]);
        }

        var axis = classifier.Segmentation.Risk;
        if (axis is null)
        {
            e.Raise(TwoDimensionsOnly, DocumentPath.Root,
                "The seed announces three dimensions but names two; no third axis is configured (decision 0042).");
        }
        else
        {
            e.Figure("riskLow", low);
            e.Figure("riskHigh", high);
        }

        foreach (var stage in Enum.GetValues<StageOfLife>())
        {
            foreach (var need in Enum.GetValues<HolisticNeed>())
            {
                e.Figure(Camel(SegmentNames.Name(stage), SegmentNames.Name(need)), cells[(int)stage, (int)need]);
            }
        }

        e.Figure("ageBands", classifier.Segmentation.AgeBands.ToString());
        e.Figure("referenceDate", ModelText.Date(date));
        var segmented = document.Residents.Length - unborn.Count;
        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"{segmented} of {document.Residents.Length} resident(s) segmented at {ModelText.Date(date)} by stage of life ({classifier.Segmentation.AgeBands}) × holistic need{(axis is null ? "" : " × " + axis.Name)}."));
    }
}
