using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Accountability;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// The rules of dispute resolution and of the Board's rhythms, MOU-7, MOU-11 and MOU-12: one type each, in
/// <c>Disputes/</c> and <c>Accountability/</c>. <see cref="Set"/> joins an application's <see cref="RuleCatalogue"/>;
/// the governance registry lists the same rules beside MOU-1..MOU-6 and MOU-8..MOU-10.
/// </summary>
public static class DisputeRules
{
    /// <summary>MOU-7: dispute resolution.</summary>
    public static DisputeResolutionRule DisputeResolution { get; } = new();

    /// <summary>MOU-11: the forums' meeting cadence.</summary>
    public static MeetingCadenceRule MeetingCadence { get; } = new();

    /// <summary>MOU-12: mutual accountability.</summary>
    public static MutualAccountabilityRule MutualAccountability { get; } = new();

    /// <summary>The descriptors of every rule, in id order (MOU-7, MOU-11, MOU-12).</summary>
    public static ImmutableArray<Rule> All { get; } = [DisputeResolution.Descriptor, MeetingCadence.Descriptor, MutualAccountability.Descriptor];

    /// <summary>The rule set for the catalogue.</summary>
    public static RuleSet Set { get; } = new("Memorandum: dispute resolution, meeting cadence, mutual accountability", All);
}
