namespace CareCommunity.Domain.Rules;

/// <summary>
/// The rules one package contributes to the <see cref="RuleCatalogue"/>, e.g. the operating model's CC-1..CC-11.
/// A package exposes its set; an application composes the sets it uses with <see cref="RuleCatalogue.Create"/>.
/// </summary>
public sealed class RuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="name">A name for the set, e.g. "Care community operating model".</param>
    /// <param name="rules">The rules; ids must be unique within the set.</param>
    /// <exception cref="ArgumentException">The name is blank or two rules share an id.</exception>
    public RuleSet(string name, IEnumerable<Rule> rules)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(rules);
        var list = rules.ToList();
        var duplicate = list.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule set '{name}' defines {duplicate.Key} more than once.", nameof(rules));
        }

        Name = name;
        Rules = list.OrderBy(r => r.Id).ToArray();
    }

    /// <summary>The set's name.</summary>
    public string Name { get; }

    /// <summary>The rules, in id order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Rules.Count} rules)";
}
