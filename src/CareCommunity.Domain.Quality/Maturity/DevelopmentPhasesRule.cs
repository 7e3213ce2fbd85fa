using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Quality.Maturity;

/// <summary>
/// MAT-3: care communities are at varying stages of development; by April 2021 every community should name an
/// individual for several enabling themes, and the ICP aims to have all communities working towards phase 3 by April
/// 2022 (004 l.2305-2313). Both are "should" (the second an aim): warnings. The list of themes and the phase diagram
/// were images and are not in the text: the minimum number of themes and "working towards" (objectively at phase 2 or
/// above) are options (docs/decisions/0020).
/// </summary>
public sealed class DevelopmentPhasesRule : MaturityRule
{
    internal DevelopmentPhasesRule()
    {
    }

    /// <summary>Fewer enabling themes than the minimum have a named individual after the deadline.</summary>
    public static IssueDefinition NamedLeadsMissing { get; } = new(IssueCode.Create("maturity.named-leads-missing"), IssueKind.Required, Modality.Should,
        "After April 2021 the community names an individual for fewer enabling themes than MaturityOptions.MinimumNamedThemes.");

    /// <summary>After the target date the community is not objectively working towards phase 3.</summary>
    public static IssueDefinition NotWorkingTowardsPhase3 { get; } = new(IssueCode.Create("maturity.not-working-towards-phase-3"), IssueKind.BusinessRule,
        Modality.Should, "After April 2022 the community is not objectively at MaturityOptions.WorkingTowardsFrom or above (working towards phase 3).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MAT-3"), "Development phases",
        "Care communities are at varying stages of development; by April 2021 each should name an individual for several enabling "
        + "themes, and by April 2022 all should be working towards phase 3.",
        [
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2305, Modality.May,
                "All Care Communities are at varying stages of development and maturity."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2309, Modality.Should,
                "By April 2021 every Care Community should be able to identify a named individual responsible for their Care Community for several enabling themes listed below as a minimum:"),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(2313, Modality.Should,
                "The ICP will aim to have all Care Communities working towards phase 3 by April 2022."),
        ],
        [NamedLeadsMissing, NotWorkingTowardsPhase3],
        [
            new RuleOption("MaturityOptions.MinimumNamedThemes", "", "2", "How many enabling themes need a named individual: \"several\", the list was an image."),
            new RuleOption("MaturityOptions.NamedLeadsBy", "", "2021-04-01", "\"By April 2021\", read as by 1 April 2021."),
            new RuleOption("MaturityOptions.TargetBy", "", "2022-04-01", "\"by April 2022\", read as by 1 April 2022."),
            new RuleOption("MaturityOptions.WorkingTowardsFrom", "", "2", "\"Working towards phase 3\", read as objectively at phase 2 or above."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(MaturityRecord document, MaturityContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var on = context.EvaluatedOn;
        var options = context.EffectiveOptions;
        var themes = document.NamedLeads.Where(l => l.NamedOn <= on).Select(l => l.Theme.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        e.Figure("namedThemes", themes);
        e.Figure("minimumNamedThemes", options.MinimumNamedThemes);
        if (on >= options.NamedLeadsBy && themes < options.MinimumNamedThemes)
        {
            e.Raise(NamedLeadsMissing, DocumentPath.Root.Property("namedLeads"), string.Create(CultureInfo.InvariantCulture,
                $"'{document.CommunityId}' names an individual for {themes} enabling theme(s); by {options.NamedLeadsBy:MMMM uuuu} every Care Community should for at least {options.MinimumNamedThemes} (MAT-3)."),
                themes.ToString(CultureInfo.InvariantCulture));
        }

        var progress = document.ProgressToward(options.TargetPhase, options.TargetBy, on);
        var phase = progress.Standing?.Phase;
        e.Figure("objectivePhase", phase is { } p ? ((int)p).ToString(CultureInfo.InvariantCulture) : "none");
        e.Figure("progress", ModelText.Of(progress.Status));
        if (on >= options.TargetBy && (phase is null || phase < options.WorkingTowardsFrom))
        {
            e.Raise(NotWorkingTowardsPhase3, DocumentPath.Root.Property("assessments"), string.Create(CultureInfo.InvariantCulture,
                $"'{document.CommunityId}' is {(phase is { } q ? $"objectively at phase {(int)q}" : "not objectively assessed")}: the ICP aims to have all Care Communities working towards phase {(int)options.TargetPhase} by {options.TargetBy:MMMM uuuu} (MAT-3)."),
                phase is { } r ? ((int)r).ToString(CultureInfo.InvariantCulture) : null);
        }

        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"'{document.CommunityId}' names individuals for {themes} enabling theme(s) and is {(phase is { } x ? $"objectively at phase {(int)x}" : "not objectively assessed")}."));
    }
}
