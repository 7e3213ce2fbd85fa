using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Explanations;

/// <summary>
/// How one rule bore on an answer: whether it applied, why, and the inputs that made it so.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Applied">True when the rule's condition held (it matched, or it was met).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Inputs">The inputs the rule looked at, by name, as invariant text.</param>
public sealed record RuleApplication(RuleId Rule, bool Applied, string Reason, ImmutableSortedDictionary<string, string> Inputs)
{
    /// <summary>Creates an application with inputs given as pairs.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="applied">Whether it applied.</param>
    /// <param name="reason">Why.</param>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The application.</returns>
    public static RuleApplication Of(RuleId rule, bool applied, string reason, params IEnumerable<KeyValuePair<string, string>> inputs) =>
        new(rule, applied, reason, inputs.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rule} {(Applied ? "applied" : "did not apply")}: {Reason}{(Inputs.IsEmpty ? "" : " (" + string.Join(", ", Inputs.Select(p => $"{p.Key}={p.Value}")) + ")")}";
}

/// <summary>
/// Why an answer is what it is: the conclusion in words and every rule that bore on it.
/// </summary>
/// <param name="Conclusion">The answer, in words.</param>
/// <param name="Rules">The rules that bore on it, in the order they were considered.</param>
public sealed record Explanation(string Conclusion, ImmutableArray<RuleApplication> Rules)
{
    /// <summary>The rules that applied.</summary>
    public IEnumerable<RuleApplication> Applied => Rules.Where(r => r.Applied);

    /// <inheritdoc />
    public override string ToString() => Conclusion + Environment.NewLine + string.Join(Environment.NewLine, Rules.Select(r => "  - " + r));
}

/// <summary>
/// A value together with the <see cref="Explanation"/> of how it was reached: the answer to "why?".
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The answer.</param>
/// <param name="Why">How it was reached.</param>
public sealed record Explained<T>(T Value, Explanation Why);
