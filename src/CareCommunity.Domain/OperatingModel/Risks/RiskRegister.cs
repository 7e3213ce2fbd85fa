using System.Collections.Immutable;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>Whether a risk is still live.</summary>
public enum RiskStatus
{
    /// <summary>Open: still being managed.</summary>
    Open = 0,

    /// <summary>Closed.</summary>
    Closed = 1,
}

/// <summary>
/// A risk score on the NHS 5×5 matrix: likelihood and impact each 1 to 5; the score is their product (1 to 25).
/// The 5×5 matrix is not in the seeds: see docs/decisions/0007.
/// </summary>
public readonly record struct RiskRating
{
    private RiskRating(int likelihood, int impact)
    {
        Likelihood = likelihood;
        Impact = impact;
    }

    /// <summary>Likelihood, 1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; }

    /// <summary>Impact, 1 (negligible) to 5 (catastrophic).</summary>
    public int Impact { get; }

    /// <summary>Likelihood × impact, 1 to 25.</summary>
    public int Score => Likelihood * Impact;

    /// <summary>Creates a rating.</summary>
    /// <param name="likelihood">1 to 5.</param>
    /// <param name="impact">1 to 5.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="RuleViolationException">A value is outside 1 to 5.</exception>
    public static RiskRating Create(int likelihood, int impact)
    {
        Check(likelihood, nameof(likelihood));
        Check(impact, nameof(impact));
        return new RiskRating(likelihood, impact);
    }

    private static void Check(int value, string name)
    {
        if (value is < 1 or > 5)
        {
            throw new RuleViolationException(OperatingModelRules.RiskRegisterAndEscalation.Id, RiskRegisterAndEscalationRule.RatingOutOfRange.Code,
                $"A risk's {name} is rated 1 to 5 on the 5x5 matrix; got {value}.", name);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Likelihood}x{Impact}={Score}";
}

/// <summary>An escalation of a risk or issue to the 8 Care Communities Development &amp; Operational Groups (CC-7, 001 l.234).</summary>
/// <param name="On">When it was escalated.</param>
public sealed record Escalation(LocalDate On);

/// <summary>An entry in a care community's risk register (CC-7).</summary>
/// <param name="Id">The risk's id, unique within the register.</param>
/// <param name="Title">What the risk is.</param>
/// <param name="Rating">Its current rating.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="RaisedOn">When it was raised.</param>
/// <param name="Escalation">Its escalation, if escalated.</param>
public sealed record Risk(RiskId Id, string Title, RiskRating Rating, PersonId Owner, RiskStatus Status, LocalDate RaisedOn, Escalation? Escalation)
{
    /// <summary>What the risk is; never blank.</summary>
    public string Title { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Title)); } = Guard.Against.NullOrWhiteSpace(Title, nameof(Title));
}

/// <summary>A care community's risk register (CC-7). Risk ids are unique within it.</summary>
public sealed class RiskRegister
{
    private RiskRegister(ImmutableArray<Risk> risks) => Risks = risks;

    /// <summary>The risks, as listed.</summary>
    public ImmutableArray<Risk> Risks { get; }

    /// <summary>The open risks.</summary>
    public IEnumerable<Risk> Open => Risks.Where(r => r.Status == RiskStatus.Open);

    /// <summary>Creates the register of the risks listed; <see cref="RiskRegisterAndEscalationRule"/> (CC-7) checks it.</summary>
    /// <param name="risks">The risks.</param>
    /// <returns>The register.</returns>
    internal static RiskRegister Of(IEnumerable<Risk> risks) => new([.. risks]);
}
