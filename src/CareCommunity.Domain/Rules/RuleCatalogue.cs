using System.Diagnostics.CodeAnalysis;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// The catalogue of rules an application knows: every rule with its id, title, text and sources. Issues and
/// explained results carry rule ids; the catalogue answers "which rule is that, and where does it come from?".
/// </summary>
/// <remarks>Immutable and thread-safe. Compose the sets of the packages you use with <see cref="Create"/>;
/// <see cref="OperatingModel"/> holds this package's own rules.</remarks>
public sealed class RuleCatalogue
{
    private readonly Dictionary<RuleId, Rule> _byId;

    private RuleCatalogue(IReadOnlyList<RuleSet> sets, Dictionary<RuleId, Rule> byId)
    {
        Sets = sets;
        _byId = byId;
        Rules = byId.Values.OrderBy(r => r.Id).ToArray();
    }

    /// <summary>A catalogue holding the care community operating model's rules (CC-1..CC-11).</summary>
    public static RuleCatalogue OperatingModel { get; } = Create(OperatingModelRules.Set);

    /// <summary>The sets the catalogue was composed from.</summary>
    public IReadOnlyList<RuleSet> Sets { get; }

    /// <summary>Every rule, in id order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Composes a catalogue from rule sets.</summary>
    /// <param name="sets">The sets; no id may appear in two of them.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentException">Two sets define the same rule id.</exception>
    public static RuleCatalogue Create(params IEnumerable<RuleSet> sets)
    {
        Guard.Against.Null(sets);
        var list = sets.ToArray();
        var byId = new Dictionary<RuleId, Rule>();
        foreach (var set in list)
        {
            foreach (var rule in set.Rules)
            {
                if (!byId.TryAdd(rule.Id, rule))
                {
                    throw new ArgumentException($"Rule {rule.Id} is defined by more than one rule set (second: '{set.Name}').", nameof(sets));
                }
            }
        }

        return new RuleCatalogue(list, byId);
    }

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="rule">The rule, when the catalogue holds it.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(RuleId id, [NotNullWhen(true)] out Rule? rule) => _byId.TryGetValue(id, out rule);

    /// <summary>The rule with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue holds no such rule.</exception>
    public Rule this[RuleId id] => _byId.TryGetValue(id, out var rule)
        ? rule
        : throw new KeyNotFoundException($"The rule catalogue holds no rule {id}.");

    /// <summary>True when the catalogue holds a rule with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when found.</returns>
    public bool Contains(RuleId id) => _byId.ContainsKey(id);
}
