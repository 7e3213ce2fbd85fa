using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// POP-1: "To improve population health each Care community needs to: KNOW the population health needs, ENGAGE with
/// the population, MANAGE the entire population through segmentation" (001 l.197-201). Checked on the data: the
/// population is known (it has residents, each once, each of the community); ENGAGE is not in resident data and is
/// not checked here; MANAGE is POP-2.
/// </summary>
public sealed class KnowEngageManageRule : PopulationHealthRule
{
    /// <summary>The population holds no resident: its needs are not known.</summary>
    public static IssueDefinition PopulationNotKnown { get; } = new(IssueCode.Create("population.not-known"), IssueKind.Required, Modality.Must,
        "The care community's population holds no resident, so its population health needs are not known.");

    /// <summary>A resident is listed twice.</summary>
    public static IssueDefinition DuplicateResident { get; } = new(IssueCode.Create("population.duplicate-resident"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A resident id occurs more than once; the resident would be counted twice.");

    /// <summary>A resident belongs to another care community than the population's.</summary>
    public static IssueDefinition ResidentOfAnotherCommunity { get; } = new(IssueCode.Create("population.resident-of-another-community"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A resident of the population belongs to another care community.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(PopulationHealthRuleIds.KnowEngageManage, "Know, engage with and manage the population",
        "Each care community knows its population's health needs, engages with its population and manages the entire population "
        + "through segmentation. The library checks what resident data can show: the population is known (at least one resident, "
        + "each listed once and of this community). Engagement is not in resident data and is not checked; management through "
        + "segmentation is POP-2.",
        [
            Model.Quote(197, Modality.Must, "To improve population health each Care community needs to:"),
            Model.Quote(199, Modality.Must, "KNOW the population health needs"),
            Model.Quote(200, Modality.Must, "ENGAGE with the population"),
            Model.Quote(201, Modality.Must, "MANAGE the entire population through segmentation"),
        ],
        [PopulationNotKnown, DuplicateResident, ResidentOfAnotherCommunity]);

    /// <inheritdoc />
    public override RuleResult Check(CommunityPopulation document, PopulationContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        var residents = document.Residents;
        e.Figure("residents", residents.Length);
        if (residents.IsEmpty)
        {
            e.Raise(PopulationNotKnown, DocumentPath.Root.Property("residents"),
                $"{Name(document)} has no resident: its population health needs are not known (POP-1, KNOW).");
        }

        var duplicates = residents.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        if (duplicates.Count > 0)
        {
            e.Raise(DuplicateResident, DocumentPath.Root.Property("residents"),
                string.Create(CultureInfo.InvariantCulture, $"{duplicates.Count} resident id(s) occur more than once: {Some(duplicates)}; each resident is counted once."),
                duplicates[0]);
        }

        if (document.Community is { } community)
        {
            var others = residents.Where(r => r.CareCommunity != community).Select(r => r.Id.Value).ToList();
            if (others.Count > 0)
            {
                e.Raise(ResidentOfAnotherCommunity, DocumentPath.Root.Property("residents"),
                    string.Create(CultureInfo.InvariantCulture, $"{others.Count} resident(s) of the population of {community} belong to another care community: {Some(others)}."),
                    others[0]);
            }
        }

        e.Figure("careCommunities", residents.Select(r => r.CareCommunity).Distinct().Count());
        e.Figure("engage", "not in resident data");
        return e.Finish(string.Create(CultureInfo.InvariantCulture,
            $"{Name(document)}: {residents.Length} resident(s), {residents.Select(r => r.Id).Distinct().Count()} distinct."));
    }

    private static string Name(CommunityPopulation population) =>
        population.Community is { } c ? $"care community {c}" : "the Place";
}
