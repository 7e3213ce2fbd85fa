using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-9: care communities work with the 80:20 principle, an 80% consistent offer for the population across the Place
/// and 20% local variation and innovation responsive to local need. Reading 20% as a ceiling, and measuring it by
/// spend, are the library's readings (docs/decisions/0008): both are options.
/// </summary>
public sealed class EightyTwentyRule : OperatingModelRule
{
    /// <summary>Local variation takes more than the allowed share of the offer.</summary>
    public static IssueDefinition LocalVariationOverShare { get; } = new(IssueCode.Create("offer.local-variation-over-share"), IssueKind.BusinessRule, Modality.Must,
        "Local variation takes more than the allowed share of the offer (OperatingModelOptions.MaximumLocalVariationShare, --max-local-share).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-9"), "The 80:20 principle",
        "Care communities work with the 80:20 principle: an 80% consistent offer for the population across the Place and 20% local "
        + "variation and innovation responsive to local need.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2035, Modality.Must,
                "Care communities may have other local priorities to work on and this will continue to be supported with the 80:20 principle, with 80% consistent offer for the population across the Place and 20% local variation and innovation responsive to local need."),
        ],
        [LocalVariationOverShare, DocumentIntegrity.NegativeAmount, DocumentIntegrity.AmountTooLarge],
        [
            new RuleOption("OperatingModelOptions.MaximumLocalVariationShare", "--max-local-share 0..1", "0.2",
                "The largest share local variation may take; reading the source's 20% as a ceiling is the library's reading."),
            new RuleOption("OperatingModelOptions.EightyTwentyBasis", "--eighty-twenty-basis spend|element-count", "spend",
                "Whether the share is measured by annual budget or by number of offer elements; the source does not say."),
        ]);

    /// <summary>The 80:20 balance of an offer under the given options, explained.</summary>
    /// <param name="offer">The offer's elements.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The balance and why.</returns>
    public static Explained<OfferBalance> Evaluate(IEnumerable<OfferElement> offer, OperatingModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(offer);
        options ??= OperatingModelOptions.Default;
        var elements = offer.ToArray();
        decimal Measure(OfferScope scope) => options.EightyTwentyBasis == EightyTwentyBasis.Spend
            ? elements.Where(e => e.Scope == scope).Sum(e => e.AnnualBudget.Pounds)
            : elements.Count(e => e.Scope == scope);
        var place = Measure(OfferScope.PlaceConsistent);
        var local = Measure(OfferScope.LocalVariation);
        var share = place + local == 0 ? 0m : local / (place + local);
        var within = share <= options.MaximumLocalVariationShare;
        var basis = ModelText.Of(options.EightyTwentyBasis);
        var text = $"Local variation is {ModelText.Percent(share)} of the offer by {basis}; "
            + $"the 80:20 principle allows at most {ModelText.Percent(options.MaximumLocalVariationShare)}.";
        return new Explained<OfferBalance>(new OfferBalance(options.EightyTwentyBasis, place, local, share, within), new Explanation(text,
        [
            RuleApplication.Of(OperatingModelRules.EightyTwenty.Id, within, text,
                new("placeConsistent", place.ToString(CultureInfo.InvariantCulture)),
                new("localVariation", local.ToString(CultureInfo.InvariantCulture)),
                new("basis", basis),
                new("maximumLocalShare", options.MaximumLocalVariationShare.ToString(CultureInfo.InvariantCulture))),
        ]));
    }

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var balance = Evaluate(document.Offer.Where(o => o is not null).Select(o => o!), context.Options);
        e.Figure("basis", ModelText.Of(balance.Value.Basis));
        e.Figure("placeConsistent", balance.Value.PlaceConsistent);
        e.Figure("localVariation", balance.Value.LocalVariation);
        e.Figure("localShare", balance.Value.LocalShare);
        e.Figure("maximumLocalShare", context.Options.MaximumLocalVariationShare);
        if (document.Offer.Any(o => o is null))
        {
            e.CouldNotEvaluate("some elements of the offer could not be read.");
        }
        else if (!balance.Value.WithinPrinciple)
        {
            e.Raise(LocalVariationOverShare, DocumentPath.Root.Property("offer"), balance.Why.Conclusion + " (CC-9)",
                balance.Value.LocalShare.ToString("0.####", CultureInfo.InvariantCulture));
        }

        return e.Finish(balance.Why.Conclusion);
    }
}
