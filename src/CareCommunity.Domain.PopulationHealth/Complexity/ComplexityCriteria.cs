namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The criteria of the proposed definition of complexity (CPX-1, seed 001 l.275-282) a resident meets. A resident is
/// complex when they meet ANY of them; the flags say WHICH.
/// </summary>
[Flags]
public enum ComplexityCriteria : byte
{
    /// <summary>No criterion: not complex.</summary>
    None = 0,

    /// <summary>(a) "Residents living with two or more long term conditions" (<c>two-or-more-long-term-conditions</c>).</summary>
    TwoOrMoreLongTermConditions = 1,

    /// <summary>(b) "A person with a Learning Disability and or autism" (<c>learning-disability-or-autism</c>).</summary>
    LearningDisabilityOrAutism = 2,

    /// <summary>(c) "Having Serious Mental Illness" (<c>serious-mental-illness</c>).</summary>
    SeriousMentalIllness = 4,

    /// <summary>(d) "Moderate to severe frailty and one of the following: …" (<c>frailty-and-listed-condition</c>).</summary>
    FrailtyAndListedCondition = 8,
}

/// <summary>The wire names of the <see cref="ComplexityCriteria"/>, in their order (a) to (d).</summary>
public static class ComplexityCriteriaNames
{
    private static readonly (ComplexityCriteria Criterion, string Name)[] Names =
    [
        (ComplexityCriteria.TwoOrMoreLongTermConditions, "two-or-more-long-term-conditions"),
        (ComplexityCriteria.LearningDisabilityOrAutism, "learning-disability-or-autism"),
        (ComplexityCriteria.SeriousMentalIllness, "serious-mental-illness"),
        (ComplexityCriteria.FrailtyAndListedCondition, "frailty-and-listed-condition"),
    ];

    /// <summary>The four single criteria in order (a) to (d).</summary>
    public static IReadOnlyList<ComplexityCriteria> InOrder { get; } = [.. Names.Select(n => n.Criterion)];

    /// <summary>The name of one criterion, e.g. <c>serious-mental-illness</c>.</summary>
    /// <param name="criterion">A single criterion.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not exactly one criterion.</exception>
    public static string Name(ComplexityCriteria criterion)
    {
        foreach (var (c, name) in Names)
        {
            if (c == criterion)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a single complexity criterion.");
    }

    /// <summary>The names of the criteria in a set, in order (a) to (d).</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> NamesOf(ComplexityCriteria criteria) =>
        [.. Names.Where(n => (criteria & n.Criterion) != 0).Select(n => n.Name)];

    /// <summary>Parses one criterion's name.</summary>
    /// <param name="text">The name.</param>
    /// <param name="criterion">The criterion, when known.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ComplexityCriteria criterion)
    {
        foreach (var (c, name) in Names)
        {
            if (text.SequenceEqual(name))
            {
                criterion = c;
                return true;
            }
        }

        criterion = ComplexityCriteria.None;
        return false;
    }
}
