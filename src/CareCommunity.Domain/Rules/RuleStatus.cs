namespace CareCommunity.Domain.Rules;

/// <summary>What checking a rule on a document concluded.</summary>
public enum RuleStatus
{
    /// <summary>The rule is met: it raised no error and no warning (information may remain).</summary>
    Met = 0,

    /// <summary>The rule is not met: it raised at least one error or warning.</summary>
    NotMet = 1,

    /// <summary>
    /// The rule could not be evaluated: what it looks at could not be read (an issue elsewhere says why). It raised no
    /// error or warning of its own.
    /// </summary>
    NotEvaluated = 2,
}
