using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain;

/// <summary>
/// Thrown by a value's factory when its argument breaks one of the model's rules, e.g. a registered population that
/// is not positive (CC-1). It is an <see cref="ArgumentException"/> that also names the rule and the issue code, so
/// an edge that builds values from untrusted data can turn it into a <see cref="ValidationIssue"/> with its location.
/// </summary>
public sealed class RuleViolationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken, or null for a plain format rule.</param>
    /// <param name="code">The issue code an edge reports.</param>
    /// <param name="message">What is wrong and why.</param>
    /// <param name="paramName">The argument at fault.</param>
    public RuleViolationException(RuleId? rule, IssueCode code, string message, string? paramName)
        : base(message, paramName)
    {
        Rule = rule;
        Code = code;
    }

    /// <summary>Creates the exception with a message only (required by convention; prefer the full constructor).</summary>
    public RuleViolationException()
        : this(null, IssueCode.Create("value.invalid"), "A value broke a rule of the model.", null)
    {
    }

    /// <summary>Creates the exception with a message only (required by convention; prefer the full constructor).</summary>
    /// <param name="message">The message.</param>
    public RuleViolationException(string message)
        : this(null, IssueCode.Create("value.invalid"), message, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (required by convention).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Code = IssueCode.Create("value.invalid");

    /// <summary>The rule broken, or null.</summary>
    public RuleId? Rule { get; }

    /// <summary>The issue code.</summary>
    public IssueCode Code { get; }
}
