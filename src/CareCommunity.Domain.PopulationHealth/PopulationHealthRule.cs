using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A population as the POP and CPX rules read it: the residents of one care community, or of the whole Place when
/// <see cref="Community"/> is null. Lenient: nothing here is checked until the rules run, so every rule runs on every
/// population.
/// </summary>
public sealed record CommunityPopulation
{
    /// <summary>The care community; null for the whole Place.</summary>
    public CareCommunityId? Community { get; init; }

    /// <summary>The residents.</summary>
    public ImmutableArray<Resident> Residents { get; init; } = [];
}

/// <summary>What the POP and CPX rules need besides the population: the reference date, the classifier and the user's severity overrides.</summary>
/// <param name="ReferenceDate">The date at which residents are classified (never the system clock).</param>
/// <param name="Classifier">The classifier; <see cref="PopulationClassifier.Default"/> when null.</param>
/// <param name="SeverityOverrides">Severities the user chose for issue codes.</param>
public sealed record PopulationContext(LocalDate ReferenceDate, PopulationClassifier? Classifier = null, IReadOnlyDictionary<IssueCode, Severity>? SeverityOverrides = null)
{
    /// <summary>The classifier in force.</summary>
    public PopulationClassifier EffectiveClassifier => Classifier ?? PopulationClassifier.Default;
}

/// <summary>A rule of population health (POP-1, POP-2, CPX-1), checked on a <see cref="CommunityPopulation"/>.</summary>
public abstract class PopulationHealthRule : DocumentRule<CommunityPopulation, PopulationContext>
{
    /// <summary>The most residents an issue names; the count is always given in full.</summary>
    public const int NamedResidentsPerIssue = 5;

    private protected PopulationHealthRule()
    {
    }

    /// <summary>The rule's id.</summary>
    public RuleId Id => Descriptor.Id;

    /// <summary>The seed's own words on population health, 001 l.189-207 and l.275-280.</summary>
    private protected static SeedDocument Model => SeedDocument.CareCommunitiesOperatingModel;

    /// <summary>Starts an evaluation with the context's severity overrides.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The evaluation.</returns>
    private protected RuleEvaluation Begin(PopulationContext context) => new(Descriptor, context.SeverityOverrides);

    /// <summary>A figure's camelCase name from kebab-case parts: <c>("older-people", "complex")</c> → <c>olderPeopleComplex</c>.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The name.</returns>
    private protected static string Camel(params string[] parts)
    {
        var words = parts.SelectMany(p => p.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The first few ids of some residents, and how many there are, for messages.</summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The text.</returns>
    private protected static string Some(IReadOnlyCollection<string> ids) =>
        string.Join(", ", ids.Take(NamedResidentsPerIssue)) + (ids.Count > NamedResidentsPerIssue ? $" and {ids.Count - NamedResidentsPerIssue} more" : "");
}
